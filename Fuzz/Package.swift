// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for nbrun's parsers, interpreter and converters (not built by CI).
///
/// Build and run them with `scripts/fuzz.sh [target] [seconds]`; each target is an executable whose only entry
/// point is `LLVMFuzzerTestOneInput`, so it must be built with `-sanitize=fuzzer` and `-parse-as-library`.
let package = Package(
    name: "nbrun-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "nbrun", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "NBRunCore", package: "nbrun")]),
        .executableTarget(name: "FuzzNotebook", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzCellOptions", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzCellLanguage", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMathML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMermaid", dependencies: ["FuzzSupport"]),
    ]
)
