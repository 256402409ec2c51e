// swift-tools-version: 6.0
// libFuzzer targets for LexCyr. Built only by tools/fuzz.sh (with -sanitize=fuzzer,address),
// never by the main package's `swift build`, because libFuzzer supplies `main`.
import PackageDescription

let package = Package(
    name: "LexCyrFuzz",
    dependencies: [.package(name: "LexCyr", path: "../..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzCleaner", dependencies: ["FuzzSupport", .product(name: "LexCyr", package: "LexCyr")]),
        .executableTarget(name: "FuzzExtractors", dependencies: ["FuzzSupport", .product(name: "LexCyr", package: "LexCyr")]),
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport", .product(name: "LexCyr", package: "LexCyr")]),
    ]
)
