// swift-tools-version: 6.1
import PackageDescription

/// nbrun: Markdown lessons with Swift cells in, one self-contained HTML page out.
///
/// Layers, bottom to top: Diagnostics → NotebookFormat (the only cmark user) → CellLanguage
/// (SwiftParser → AST → resolver → closure compiler) → Bindings (ML modules exposed to cells)
/// → Runner (runs a notebook's cells) → Renderer (HTML, never evaluates) → Publishing (read, run, render,
/// write pages safely) → nbrun (CLI: arguments and exit codes only).
/// The ML modules are a separate package in `Modules/`, usable and testable without the
/// interpreter.
let package = Package(
    name: "nbrun",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
        /// The parsers and converters, for the fuzz targets in `Fuzz/`.
        .library(name: "NBRunCore", targets: ["Diagnostics", "NotebookFormat", "MathML", "Diagrams"]),
        /// The cell interpreter, for the fuzz targets in `Fuzz/`.
        .library(name: "NBRunCellLanguage", targets: ["CellLanguage"]),
        /// The page renderer, for the inline Markdown and footnote fuzz targets in `Fuzz/`.
        .library(name: "NBRunRenderer", targets: ["Renderer"]),
    ],
    dependencies: [
        .package(path: "Modules"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "Diagnostics"),
        /// One parse per cell, shared by the interpreter, the parameter scanner and the highlighter.
        .target(
            name: "CellSyntax",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        .target(name: "Diagrams", dependencies: ["CGraphviz"]),
        .target(name: "MathML"),
        .target(
            name: "NotebookFormat",
            dependencies: ["CCmark", "Diagnostics", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CellLanguage",
            dependencies: [
                "Diagnostics", "CellSyntax",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            ],
            // Functions start on 64-byte boundaries in release builds: the interpreter's hot closures are the same
            // machine code from one build to the next, but their placement moved the `lang` bench cases by up to 10 %
            // (fib 0.42 -> 0.46 of CPython with identical closures); aligned, they no longer depend on what code
            // happens to precede them (bench/README.md, "Code layout").
            swiftSettings: [.unsafeFlags(["-Xllvm", "-align-all-functions=6"], .when(configuration: .release))]
        ),
        .target(
            name: "Bindings",
            dependencies: [
                "CellLanguage",
                "Parameters",
                .product(name: "Plots", package: "Modules"),
                .product(name: "SeededRandom", package: "Modules"),
                .product(name: "Tensors", package: "Modules"),
                .product(name: "Regression", package: "Modules"),
                .product(name: "NeuralNetworks", package: "Modules"),
                .product(name: "TextModels", package: "Modules"),
                .product(name: "Transformer", package: "Modules"),
            ]
        ),
        .target(
            name: "Runner",
            dependencies: ["NotebookFormat", "CellLanguage", "Bindings", "Parameters", "Diagnostics"]
        ),
        .target(
            name: "Parameters",
            dependencies: [
                "NotebookFormat", "Diagnostics", "CellSyntax",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Publishing",
            dependencies: ["NotebookFormat", "Runner", "Renderer", "Parameters", "Diagnostics"]
        ),
        .target(
            name: "Renderer",
            dependencies: [
                "NotebookFormat",
                "Diagnostics",
                "MathML",
                "Diagrams",
                "CellSyntax",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ]
        ),
        /// `nbrun preview`: a local web server that re-renders on save and reloads the page.
        .target(
            name: "Preview",
            dependencies: ["Publishing", "Runner", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "nbrun",
            dependencies: [
                "Publishing", "Runner", "Parameters", "Preview", "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Tensors", package: "Modules"),
            ]
        ),
        /// CPU-time measurement for the tests' guards against runaway work (not speed targets: those are in bench/), and the
        /// docs' fenced code blocks for the tests that run them.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MathMLTests", dependencies: ["MathML", "TestSupport"]),
        .testTarget(name: "NotebookFormatTests", dependencies: ["NotebookFormat", "Diagnostics"]),
        .testTarget(
            name: "CellLanguageTests",
            dependencies: ["CellLanguage", "TestSupport"],
            exclude: ["KnownFailures"],
            resources: [.copy("Golden"), .copy("Positions"), .copy("Conformance")]
        ),
        .testTarget(name: "RendererTests", dependencies: ["Renderer", "NotebookFormat", "Diagnostics"], exclude: ["Golden"]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Runner", "NotebookFormat", "Parameters", "Diagnostics", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["nbrun", "TestSupport"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "NotebookFormat", "Diagnostics", "Parameters"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "TestSupport"]),
        .testTarget(
            name: "BindingsTests",
            dependencies: [
                "Bindings", "CellLanguage", "MathML", "Diagrams", "TestSupport",
                .product(name: "SeededRandom", package: "Modules"),
                .product(name: "Tensors", package: "Modules"),
                .product(name: "NeuralNetworks", package: "Modules"),
                .product(name: "TextModels", package: "Modules"),
            ],
            exclude: ["Scripts"]
        ),
    ]
)
