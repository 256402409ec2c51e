// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "LexCyr",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LexCyr", targets: ["LexCyr"]),
        .executable(name: "lexcyr", targets: ["lexcyr"]),
        // The fuzz targets' code, for tools/fuzzers (libFuzzer) and the regression tests.
        .library(name: "LexCyrFuzzTargets", targets: ["LexCyrFuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: C facades and system libraries
        .target(
            name: "CICU",
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell",
                       providers: [.apt(["libhunspell-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // MARK: Library modules, one per stage
        .target(name: "LexCyrCore"),
        .target(name: "LexCyrUnicode", dependencies: ["CICU", "LexCyrCore"]),
        .target(name: "LexCyrIngest", dependencies: ["LexCyrCore", "LexCyrUnicode", "CLibXML2", "CHunspell", "CCrypto"]),
        .target(name: "LexCyrExtract", dependencies: ["LexCyrCore", "LexCyrUnicode", "CStemmer"]),
        .target(name: "LexCyrLint", dependencies: ["LexCyrCore", "LexCyrExtract"]),
        .target(name: "LexCyrEmit", dependencies: ["LexCyrCore", "CLibXML2"]),
        .target(name: "LexCyr", dependencies: ["LexCyrCore", "LexCyrUnicode", "LexCyrIngest", "LexCyrExtract", "LexCyrLint", "LexCyrEmit"]),
        .target(name: "LexCyrEval", dependencies: ["LexCyrCore"]),
        .target(name: "LexCyrFuzzTargets", dependencies: ["LexCyr", "LexCyrUnicode"]),

        // MARK: Command-line tool
        .executableTarget(name: "lexcyr", dependencies: [
            "LexCyr",
            "LexCyrEval",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: Benchmarks (plain timing executable; see tools/bench.py)
        .executableTarget(name: "lexcyr-bench", dependencies: ["LexCyr", "LexCyrUnicode"]),

        // MARK: Tests
        .testTarget(name: "LexCyrTests", dependencies: ["LexCyr", "LexCyrEval", "LexCyrUnicode", "LexCyrFuzzTargets"]),
    ],
    swiftLanguageModes: [.v6]
)
