// swift-tools-version: 6.1
import PackageDescription

/// The machine-learning modules behind nbrun's cells: plain Swift libraries that know nothing
/// of the interpreter, each usable and tested on its own (`swift test` in this folder).
let package = Package(
    name: "Modules",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SeededRandom", targets: ["SeededRandom"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Regression", targets: ["Regression"]),
        .library(name: "NeuralNetworks", targets: ["NeuralNetworks"]),
        .library(name: "TextModels", targets: ["TextModels"]),
        .library(name: "Transformer", targets: ["Transformer"]),
        .library(name: "Plots", targets: ["Plots"]),
    ],
    targets: [
        // OpenBLAS, opened on first use (see include/COpenBLAS.h); not linked, so programs that never multiply a
        // matrix never start its threads.
        .target(name: "COpenBLAS", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]),
        // The fused GPT engine's element-wise kernels, compiled per vector width and chosen at load time.
        .target(name: "CFusedKernels"),
        .target(name: "SeededRandom"),
        .target(name: "Tensors", dependencies: ["COpenBLAS", "SeededRandom"]),
        .target(name: "Regression", dependencies: ["Tensors"]),
        .target(name: "NeuralNetworks", dependencies: ["Tensors", "SeededRandom"]),
        .target(name: "TextModels", dependencies: ["SeededRandom", "COpenBLAS"]),
        .target(name: "Transformer", dependencies: ["Tensors", "SeededRandom", "NeuralNetworks", "CFusedKernels"]),
        .executableTarget(name: "ModulesBench", dependencies: ["Tensors", "NeuralNetworks", "Transformer"]),
        .target(name: "Plots"),
        // Shared by the module tests: NumPy reference values and the finite-difference gradient check.
        .target(name: "ModulesTestSupport", dependencies: ["Tensors"], path: "Tests/ModulesTestSupport"),
        .testTarget(name: "SeededRandomTests", dependencies: ["SeededRandom", "ModulesTestSupport"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors", "SeededRandom", "ModulesTestSupport", "COpenBLAS"]),
        .testTarget(name: "RegressionTests", dependencies: ["Regression", "ModulesTestSupport"]),
        .testTarget(name: "NeuralNetworksTests", dependencies: ["NeuralNetworks", "Tensors", "SeededRandom", "ModulesTestSupport"]),
        .testTarget(name: "TextModelsTests", dependencies: ["TextModels"]),
        .testTarget(name: "TransformerTests", dependencies: ["Transformer", "NeuralNetworks", "Tensors", "SeededRandom", "ModulesTestSupport"]),
        .testTarget(name: "PlotsTests", dependencies: ["Plots"], exclude: ["Scripts"], resources: [.copy("Golden")]),
    ]
)
