// swift-tools-version:5.9
// Timings of the core from Swift (issue #18's figures from Swift on Linux): opening the
// directory and producing the first list, and one more character typed into search. Run by
// `cargo bench -p uniffi-bindgen --bench swift_query`, which makes the 20,000-meeting directory
// and runs this in the Swift root against the release library.
import PackageDescription

let package = Package(
    name: "WaymarkBench",
    dependencies: [.package(path: "../WaymarkKit")],
    targets: [
        .executableTarget(name: "WaymarkBench", dependencies: [.product(name: "WaymarkKit", package: "WaymarkKit")]),
    ]
)
