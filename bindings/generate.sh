#!/usr/bin/env bash
# Regenerates the committed Kotlin and Swift bindings from the current library. CI fails when
# they differ (bindings/uniffi-bindgen/tests/bindings.rs), so run this after changing the
# exported API, and commit the result. It reads the debug library on purpose: optimised builds
# leave out uniffi's binding metadata (bindings/build.rs), so a release library cannot be used.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p waymark-ffi -p uniffi-bindgen
target="${CARGO_TARGET_DIR:-target}/debug"
lib="$target/libwaymark_ffi.so"
[ -f "$lib" ] || lib="$target/libwaymark_ffi.dylib"
rm -rf android/waymark-jvm/src/generated/kotlin ios/WaymarkKit/Generated
"$target/uniffi-bindgen" generate "$lib" --language kotlin --no-format --out-dir android/waymark-jvm/src/generated/kotlin
"$target/uniffi-bindgen" generate "$lib" --language swift --no-format --out-dir ios/WaymarkKit/Generated
echo "bindings regenerated"
