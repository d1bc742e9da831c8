//! Packs the phones' library's relocations and leaves binding metadata out of it.
//!
//! About a tenth of the library was relocation records: every pointer in constant data
//! (vtables, time-zone tables, panic locations) needs one, 24 bytes each in the classic format.
//! Packed, the same relocations take a few kilobytes. Only the cdylib is affected.
//!
//! - Linux (the host build the JVM tests and the size figure use): `-z pack-relative-relocs`
//!   (DT_RELR). GNU ld applies it only when the C library supports it (glibc 2.36+), so the
//!   library still loads where it does not.
//! - Android: `--pack-dyn-relocs=android`, which every Android since 6.0 (API 23) reads; the app's
//!   minSdk is 26.
//!
//! It also leaves uniffi's binding metadata out of optimised builds (the phones' `release-ffi`,
//! and `release`). uniffi puts a description of every exported item into the library as a
//! `UNIFFI_META_*` static (about 55 KB in all) for `uniffi-bindgen` to read in library mode;
//! nothing reads them at run time (the scaffolding checks its checksums through functions,
//! which stay). The linker script `drop-binding-metadata.ld` discards their sections. Debug
//! builds keep them: `bindings/generate.sh` and the bindings tests generate from the debug
//! library, so generate from a debug build, never from a release one.

fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    let optimised = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let gnu_style_linker = target.contains("android") || target.contains("linux-gnu");
    if target.contains("android") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android");
    } else if target.contains("linux-gnu") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
    if optimised && gnu_style_linker {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
        println!("cargo:rustc-cdylib-link-arg=-Wl,-T,{dir}/drop-binding-metadata.ld");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=drop-binding-metadata.ld");
}
