//! `cargo run -p uniffi-bindgen -- generate --library target/debug/libwaymark_ffi.so
//! --language kotlin --out-dir OUT`: the generator, pinned to the runtime's uniffi version.

fn main() {
    uniffi::uniffi_bindgen_main()
}
