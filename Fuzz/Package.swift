// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for nbrun's parsers, interpreter and converters (not built by CI).
///
/// Build and run them with `scripts/fuzz.sh [target] [seconds]`. Each target defines `LLVMFuzzerTestOneInput` and
/// a `@main` that starts libFuzzer's driver (`FuzzDriver.run`), because SwiftPM links Linux executables with
/// `main` aliased to `<Module>_main`; build with `-sanitize=fuzzer,address -parse-as-library`.
let package = Package(
    name: "nbrun-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "nbrun", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "NBRunCore", package: "nbrun")]),
        .executableTarget(name: "FuzzNotebook", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzCellOptions", dependencies: ["FuzzSupport"]),
        .executableTarget(
            name: "FuzzCellLanguage",
            dependencies: ["FuzzSupport", .product(name: "NBRunCellLanguage", package: "nbrun")]
        ),
        .executableTarget(name: "FuzzMathML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMermaid", dependencies: ["FuzzSupport"]),
        .executableTarget(
            name: "FuzzInlineMarkdown",
            dependencies: ["FuzzSupport", .product(name: "NBRunRenderer", package: "nbrun")]
        ),
        .executableTarget(
            name: "FuzzFootnotes",
            dependencies: ["FuzzSupport", .product(name: "NBRunRenderer", package: "nbrun")]
        ),
    ]
)
