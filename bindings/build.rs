//! Packs the phones' library's relocations.
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

fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("android") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android");
    } else if target.contains("linux-gnu") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
