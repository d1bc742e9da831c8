#!/usr/bin/env bash
# Builds WaymarkKit/WaymarkFFIBridge.xcframework on a Mac with Xcode: the static library for
# iOS devices and the simulator (arm64 + x86_64), with the generated C headers and one module
# map for every bridge module (FFI, core, rides). Then `swift build` / `swift test` (macOS slice) or Xcode work.
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin
set -euo pipefail
cd "$(dirname "$0")/.."
for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin; do
  cargo build --profile release-ffi -p waymark-ffi --target "$t"
done
out=ios/build
rm -rf "$out" ios/WaymarkKit/WaymarkFFIBridge.xcframework
mkdir -p "$out/headers" "$out/sim" "$out/device" "$out/macos"
cp ios/WaymarkKit/Generated/*.h "$out/headers/"
cat ios/WaymarkKit/Generated/*.modulemap > "$out/headers/module.modulemap"
cp target/aarch64-apple-ios/release-ffi/libwaymark_ffi.a "$out/device/"
lipo -create target/aarch64-apple-ios-sim/release-ffi/libwaymark_ffi.a \
     target/x86_64-apple-ios/release-ffi/libwaymark_ffi.a -output "$out/sim/libwaymark_ffi.a"
cp target/aarch64-apple-darwin/release-ffi/libwaymark_ffi.a "$out/macos/"
xcodebuild -create-xcframework \
  -library "$out/device/libwaymark_ffi.a" -headers "$out/headers" \
  -library "$out/sim/libwaymark_ffi.a" -headers "$out/headers" \
  -library "$out/macos/libwaymark_ffi.a" -headers "$out/headers" \
  -output ios/WaymarkKit/WaymarkFFIBridge.xcframework
echo "built ios/WaymarkKit/WaymarkFFIBridge.xcframework"
