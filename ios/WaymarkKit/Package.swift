// swift-tools-version:5.9
// WaymarkKit: the Rust core for iOS. `Generated/` holds the uniffi Swift bindings (checked in
// CI to match the library); `WaymarkFFIBridge.xcframework` is built by ../build-xcframework.sh
// (static libwaymark_ffi for device and simulator, with the C headers and module map).
import PackageDescription

let package = Package(
    name: "WaymarkKit",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "WaymarkKit", targets: ["WaymarkKit"]),
    ],
    targets: [
        .binaryTarget(name: "WaymarkFFIBridge", path: "WaymarkFFIBridge.xcframework"),
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
