// swift-tools-version: 6.0
// libFuzzer executables for LexCyr's fuzz targets (Sources/LexCyrFuzzTargets). Built only by
// tools/fuzz.sh (with -sanitize=fuzzer,address), never by the main package's `swift build`,
// because libFuzzer drives them. FuzzSeeds (a plain program) writes their seed corpora.
import PackageDescription

let targets = ["Cleaner", "Dates", "Acts", "Powers", "Lint", "PdfXML", "HTML", "Pipeline"]
let harness = Target.Dependency.product(name: "LexCyrFuzzTargets", package: "LexCyr")

let package = Package(
    name: "LexCyrFuzz",
    dependencies: [.package(name: "LexCyr", path: "../..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [harness]),
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport", .product(name: "LexCyr", package: "LexCyr"), harness]),
    ] + targets.map { .executableTarget(name: "Fuzz\($0)", dependencies: ["FuzzSupport", harness]) }
)
