//! The phones' library as it ships: under its size budget, and without what only the binding
//! generator reads.
//!
//! The budget test builds `cargo build --profile release-ffi -p waymark-ffi` (fat LTO, a few
//! minutes on a small machine), so it is `#[ignore]`d in the default run. Run it after changing
//! what the phones link: `cargo test -p uniffi-bindgen --test library_size -- --ignored`. The
//! crate-type check below is quick and always runs.

mod common;

use std::process::Command;

use common::{run, target_dir};

/// The phones' library's budget, in bytes: the stripped x86_64 `release-ffi` build of
/// `libwaymark_ffi.so` (the Android libraries are built the same way; BENCHMARKS.md records
/// every change in size).
pub const PHONE_LIBRARY_BUDGET_BYTES: u64 = 8_000_000;

/// An rlib among waymark-ffi's outputs makes rustc keep every Rust function through link-time
/// optimisation: the phones' library weighed 1.1 MB more (BENCHMARKS.md). Nothing links the
/// crate as a Rust library, so it is built as the two libraries the phones load and nothing else.
#[test]
fn waymark_ffi_is_built_only_as_the_libraries_the_phones_load() {
    let out = run(
        Command::new(env!("CARGO"))
            .args([
                "metadata",
                "--no-deps",
                "--format-version",
                "1",
                "--offline",
            ])
            .current_dir(common::repo()),
        "cargo metadata",
    );
    let json = out.lines().find(|l| l.starts_with('{')).unwrap();
    let meta: serde_json::Value = serde_json::from_str(json).unwrap();
    let ffi = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "waymark-ffi")
        .unwrap();
    let lib = ffi["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "waymark_ffi")
        .unwrap();
    let mut kinds: Vec<&str> = lib["crate_types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        ["cdylib", "staticlib"],
        "bindings/Cargo.toml crate-type"
    );
}

#[test]
#[ignore = "builds the release-ffi library (fat LTO, minutes); run with --ignored"]
fn the_phones_library_fits_its_budget_without_binding_metadata() {
    // This test runs from `<target>/debug/deps`; the release-ffi build goes next to it.
    let target = target_dir().parent().unwrap().to_path_buf();
    run(
        Command::new(env!("CARGO"))
            .args(["build", "--profile", "release-ffi", "-p", "waymark-ffi"])
            .env("CARGO_TARGET_DIR", &target),
        "cargo build --profile release-ffi -p waymark-ffi",
    );
    let lib = target.join("release-ffi/libwaymark_ffi.so");
    let bytes = std::fs::read(&lib).unwrap();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);

    // uniffi's `UNIFFI_META_*` statics describe the API for uniffi-bindgen only
    // (bindings/build.rs leaves them out of optimised builds; generate.sh reads a debug one).
    assert!(
        !has(b"UNIFFI_META_"),
        "{} still carries uniffi's binding metadata",
        lib.display()
    );
    // What the generated Kotlin and Swift call and check at load time is all still there.
    for symbol in [
        &b"uniffi_waymark_ffi_checksum_"[..],
        b"uniffi_waymark_ffi_fn_constructor_meetingdirectory_open",
        b"ffi_waymark_ffi_uniffi_contract_version",
        b"ffi_waymark_ffi_rustbuffer_free",
    ] {
        assert!(
            has(symbol),
            "{} lacks {}",
            lib.display(),
            String::from_utf8_lossy(symbol)
        );
    }
    let size = bytes.len() as u64;
    assert!(
        size <= PHONE_LIBRARY_BUDGET_BYTES,
        "{} is {size} bytes, over the {PHONE_LIBRARY_BUDGET_BYTES}-byte budget",
        lib.display()
    );
    eprintln!(
        "libwaymark_ffi.so (release-ffi, stripped): {size} bytes, {} under the budget",
        PHONE_LIBRARY_BUDGET_BYTES - size
    );
}
