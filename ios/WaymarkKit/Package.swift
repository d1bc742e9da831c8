// swift-tools-version:5.9
// WaymarkKit: the Rust core for iOS. `Generated/` holds the uniffi Swift bindings (checked in
// CI to match the library); `WaymarkFFIBridge.xcframework` is built by ../build-xcframework.sh
// (static libwaymark_ffi for device and simulator, with the C headers and module map).
// On Linux the same bridge modules come from `Linux/WaymarkFFIBridge/module.modulemap` over the
// host's libwaymark_ffi.so, so `swift test` runs the suite against the real library there
// (pass `-Xlinker -L<dir of the .so>`; the Rust test `swift_suite_passes_against_the_real_library`
// does it all).
import PackageDescription

#if os(Linux)
let bridge: Target = .systemLibrary(name: "WaymarkFFIBridge", path: "Linux/WaymarkFFIBridge")
#else
let bridge: Target = .binaryTarget(name: "WaymarkFFIBridge", path: "WaymarkFFIBridge.xcframework")
#endif

let package = Package(
    name: "WaymarkKit",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "WaymarkKit", targets: ["WaymarkKit"]),
    ],
    targets: [
        bridge,
        .target(
            name: "WaymarkFFI",
            dependencies: ["WaymarkFFIBridge"],
            path: "Generated",
            exclude: [
                "WaymarkFFIBridge.h", "WaymarkFFIBridge.modulemap",
                "WaymarkCoreBridge.h", "WaymarkCoreBridge.modulemap",
                "WaymarkRidesBridge.h", "WaymarkRidesBridge.modulemap",
            ]
        ),
        .target(name: "WaymarkKit", dependencies: ["WaymarkFFI"]),
        .testTarget(name: "WaymarkKitTests", dependencies: ["WaymarkKit"]),
    ]
)
