import ModulesTestSupport
import SeededRandom
import Tensors
import NeuralNetworks
import XCTest

/// `Adam` and `SGD` over tensors of your own, step for step against `torch.optim` (5 steps of a least-squares
/// fit, `Modules/Reference/pytorch_reference.py`), and `Linear`/`Embedding` parameters by name against
/// `nn.Linear`/`nn.Embedding`. Tolerance 1e-12 relative: the same float64 formulas, evaluated in another order.
final class PyTorchOptimizerTests: XCTestCase {
    private var reference: ReferenceData!

    override func setUpWithError() throws {
        reference = try ReferenceData("pytorch")
    }

    /// Runs the reference's five steps with `make([w, b])` and compares loss, w and b after each.
    private func run(_ name: String, file: StaticString = #filePath, line: UInt = #line,
                     _ make: ([Tensor]) -> any Optimizer) throws {
        let run = try XCTUnwrap(reference["optimizers"]?[name], file: file, line: line)
        let x = try run["x"]!.tensor(), y = try run["y"]!.tensor()
        let w = try run["w"]!.tensor(requiresGrad: true), b = try run["b"]!.tensor(requiresGrad: true)
        let optimizer = make([w, b])
        for (step, expected) in run["steps"]!.items.enumerated() {
            optimizer.zeroGrad()
            let loss = try (x.matmul(w) + b - y).squared().mean()
            try loss.backward()
            optimizer.step()
            ReferenceCheck.assertClose(loss, expected["loss"], tolerance: 1e-12, "\(name) loss \(step)", file: file, line: line)
            ReferenceCheck.assertClose(w, expected["w"], tolerance: 1e-12, "\(name) w after step \(step + 1)", file: file, line: line)
            ReferenceCheck.assertClose(b, expected["b"], tolerance: 1e-12, "\(name) b after step \(step + 1)", file: file, line: line)
        }
    }

    func testAdamMatchesTorchOptimAdamStepForStep() throws {
        try run("adam") { Adam(parameters: $0, learningRate: 0.1) }
        try run("adamBetas") { Adam(parameters: $0, learningRate: 0.05, beta1: 0.8, beta2: 0.95, epsilon: 1e-6) }
    }

    func testSGDMatchesTorchOptimSGDStepForStep() throws {
        try run("sgd") { SGD(parameters: $0, learningRate: 0.1) }
        try run("sgdMomentum") { SGD(parameters: $0, learningRate: 0.05, momentum: 0.9) }
    }

    func testLinearWithTorchWeightsByName() throws {
        let layer = try XCTUnwrap(reference["layers"]?["linear"])
        var random = Random(seed: 0)
        let linear = try Linear(inputSize: 3, outputSize: 4, random: &random)
        XCTAssertEqual(linear.parameterNames, ["weight", "bias"])
        for name in linear.parameterNames { try linear.setParameter(name, to: try layer["parameters"]![name]!.tensor()) }
        XCTAssertTrue(try linear.parameter("weight") === linear.weight, "the tensor itself, not a copy")
        let x = try layer["input"]!.tensor(requiresGrad: true)
        let y = try linear.forward(x)
        ReferenceCheck.assertClose(y, layer["output"], tolerance: 1e-12, "Linear forward")
        try ReferenceCheck.weightedSum(y).backward()
        ReferenceCheck.assertClose(x.grad, layer["inputGrad"], tolerance: 1e-12, "Linear input gradient")
        for name in linear.parameterNames {
            ReferenceCheck.assertClose(try linear.parameter(name).grad, layer["parameterGrads"]?[name], tolerance: 1e-12, name)
        }
        XCTAssertThrowsError(try linear.setParameter("weight", to: Tensor([1, 2]))) { error in
            XCTAssertTrue("\(error)".contains("(3, 4)"), "\(error)")
        }
        XCTAssertThrowsError(try linear.parameter("weights")) { error in
            XCTAssertTrue("\(error)".contains("weight, bias"), "\(error)")
        }
    }

    func testEmbeddingWithTorchWeights() throws {
        let layer = try XCTUnwrap(reference["layers"]?["embedding"])
        var random = Random(seed: 0)
        let embedding = try Embedding(vocabularySize: 5, dimension: 3, random: &random)
        try embedding.setParameter("weight", to: try layer["parameters"]!["weight"]!.tensor())
        let ids = try layer["ids"]!.tensor()
        let y = try embedding.forward(ids)
        ReferenceCheck.assertClose(y, layer["output"], tolerance: 0, "Embedding forward")
        try ReferenceCheck.weightedSum(y).backward()
        ReferenceCheck.assertClose(embedding.weight.grad, layer["parameterGrads"]?["weight"], tolerance: 1e-12, "Embedding gradient")
        XCTAssertThrowsError(try embedding.forward(Tensor([0, 5])))
        XCTAssertThrowsError(try embedding.forward(Tensor([0.5])))
    }

    func testSequentialNamesFollowPyTorch() throws {
        let model = try Sequential(sizes: [2, 3, 1])
        XCTAssertEqual(model.parameterNames, ["0.weight", "0.bias", "1.weight", "1.bias"])
        XCTAssertTrue(zip(model.namedParameters.map(\.tensor), model.parameters).allSatisfy { $0 === $1 })
        try model.setParameter("1.bias", to: Tensor([0.25]))
        XCTAssertEqual(model.parameters[3].scalars, [0.25])
    }
}
