import ModulesTestSupport
import NeuralNetworks
import SeededRandom
import Tensors
import XCTest

@testable import Transformer

/// Transformer layers with PyTorch's weights set by name: `LayerNorm` against `nn.LayerNorm`, attention against
/// `F.scaled_dot_product_attention` with separate query/key/value weights, the feed-forward layer, a block and a
/// whole GPT (logits, loss, every gradient) against `Modules/Reference/pytorch_reference.py`; the fused training
/// engine reads the weights written by name. Tolerance 1e-11 relative (1e-12 for the single layers).
final class PyTorchLayerTests: XCTestCase {
    private var layers: ReferenceValue!

    override func setUpWithError() throws {
        layers = try XCTUnwrap(try ReferenceData("pytorch")["layers"])
    }

    /// Sets every parameter of the reference case on `layer`, runs `forward`, and compares the output and all gradients.
    private func check(
        _ name: String, _ layer: any NamedParameters & Layer, tolerance: Double = 1e-12,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let reference = try XCTUnwrap(layers[name], file: file, line: line)
        guard case .object(let parameters)? = reference["parameters"] else { return XCTFail("no parameters", file: file, line: line) }
        for (parameter, value) in parameters { try layer.setParameter(parameter, to: value.tensor()) }
        let x = try reference["input"]!.tensor(requiresGrad: true)
        let y = try layer.forward(x)
        ReferenceCheck.assertClose(y, reference["output"], tolerance: tolerance, "\(name) forward", file: file, line: line)
        for parameter in layer.parameters { parameter.zeroGrad() }
        try ReferenceCheck.weightedSum(y).backward()
        ReferenceCheck.assertClose(x.grad, reference["inputGrad"], tolerance: tolerance, "\(name) input gradient", file: file, line: line)
        for (parameter, _) in parameters {
            let gradient: Tensor?
            if let own = layer.namedParameters.first(where: { $0.name == parameter }) {
                gradient = own.tensor.grad
            } else {
                gradient = try derivedGradient(layer, parameter)
            }
            ReferenceCheck.assertClose(gradient, reference["parameterGrads"]?[parameter], tolerance: tolerance,
                                       "\(name) gradient of \(parameter)", file: file, line: line)
        }
    }

    /// The gradient of a derived name (`attention.keyWeight`): the matching columns of the fused projection's gradient.
    private func derivedGradient(_ layer: any NamedParameters, _ name: String) throws -> Tensor? {
        let parts = name.split(separator: ".").map(String.init)
        var owner: any NamedParameters = layer
        for part in parts.dropLast() {
            guard let child = owner.namedChildren.first(where: { $0.name == part }) else { return nil }
            owner = child.child
        }
        let last = try XCTUnwrap(parts.last)
        if let norm = owner as? LayerNorm { return last == "weight" ? norm.gamma.grad : norm.beta.grad }
        guard let attention = owner as? MultiHeadAttention else { return nil }
        let kinds = ["query", "key", "value"]
        guard let part = kinds.firstIndex(where: { last.hasPrefix($0) }) else {
            return last == "outputWeight" ? attention.outputProjection.weight.grad : attention.outputProjection.bias.grad
        }
        let fused = last.hasSuffix("Weight") ? attention.inputProjection.weight : attention.inputProjection.bias
        let columns = (part * attention.dimension)..<((part + 1) * attention.dimension)
        return try fused.grad.map { try $0.slice(columns, axis: $0.rank - 1) }
    }

    func testLayerNormWithTorchNamesWeightAndBias() throws {
        try check("layerNorm", try LayerNorm(dimension: 4))
    }

    func testAttentionWithSeparateQueryKeyValueWeights() throws {
        var random = Random(seed: 3)
        let attention = try MultiHeadAttention(dimension: 4, heads: 2, random: &random)
        try check("attention", attention)
        // A derived name reads back what was written.
        let query = try XCTUnwrap(layers["attention"]?["parameters"]?["queryWeight"]).tensor()
        XCTAssertEqual(try attention.parameter("queryWeight").scalars, query.scalars)
        XCTAssertEqual(attention.parameterNames, [
            "inputProjection.weight", "inputProjection.bias", "outputProjection.weight", "outputProjection.bias",
        ])
        XCTAssertThrowsError(try attention.setParameter("keyWeight", to: Tensor([1, 2, 3, 4])))
    }

    func testFeedForwardAndTransformerBlock() throws {
        var random = Random(seed: 4)
        try check("feedForward", try FeedForward(dimension: 4, hiddenSize: 8, random: &random))
        try check("block", try TransformerBlock(dimension: 4, heads: 2, random: &random))
    }

    /// The router's top-2 of 3 experts per token, softmax over the chosen scores only: output and every gradient.
    func testMixtureOfExpertsWithTorchWeightsByName() throws {
        var random = Random(seed: 6)
        try check("mixtureOfExperts", try MixtureOfExperts(dimension: 4, experts: 3, active: 2, hiddenSize: 5, random: &random))
    }

    /// A GPT loaded with PyTorch's weights by name: logits, loss and the gradient of every named parameter.
    private func loadedGPT() throws -> (GPT, ReferenceValue) {
        let reference = try XCTUnwrap(layers["gpt"])
        let configuration = GPTConfiguration(
            vocabularySize: 7, contextLength: 5, dimension: 4, heads: 2, layers: 1)
        let model = try GPT(configuration: configuration, seed: 11)
        guard case .object(let parameters)? = reference["parameters"] else { throw XCTSkip("no parameters") }
        for (name, value) in parameters { try model.setParameter(name, to: value.tensor()) }
        return (model, reference)
    }

    func testGPTWithTorchWeightsByName() throws {
        let (model, reference) = try loadedGPT()
        XCTAssertEqual(model.parameterNames.count, model.parameters.count)
        XCTAssertTrue(zip(model.namedParameters.map(\.tensor), model.parameters).allSatisfy { $0 === $1 })
        let inputs = reference["inputs"]!.items.map { $0.flattened.map { Int($0) } }
        let targets = reference["targets"]!.items.map { $0.flattened.map { Int($0) } }
        ReferenceCheck.assertClose(try model.forward(inputs), reference["logits"], tolerance: 1e-11, "GPT logits")
        let loss = try model.loss(inputs: inputs, targets: targets)
        XCTAssertEqual(try loss.item(), reference["loss"]!.flattened[0], accuracy: 1e-12)
        try loss.backward()
        guard case .object(let gradients)? = reference["parameterGrads"] else { return XCTFail("no gradients") }
        for (name, expected) in gradients {
            let tensor = model.namedParameters.first { $0.name == name }?.tensor
            let gradient = try tensor?.grad ?? derivedGradient(model, name)
            ReferenceCheck.assertClose(gradient, expected, tolerance: 1e-11, "GPT gradient of \(name)")
        }
    }

    func testFusedEngineTrainsTheWeightsWrittenByName() throws {
        let (model, reference) = try loadedGPT()
        let inputs = reference["inputs"]!.items.map { $0.flattened.map { Int($0) } }
        let targets = reference["targets"]!.items.map { $0.flattened.map { Int($0) } }
        let fused = try XCTUnwrap(FusedGPT<Double>(model: model))
        try fused.loadBatch(inputs: inputs, targets: targets)
        XCTAssertEqual(fused.computeGradients(), reference["loss"]!.flattened[0], accuracy: 1e-12)
        // Writing a weight by name after an engine was built: the next load sees it.
        try model.setParameter("head.bias", to: Tensor([0, 0, 0, 0, 0, 0, 0]))
        fused.load(from: model)
        let expected = try model.loss(inputs: inputs, targets: targets).item()
        XCTAssertEqual(fused.computeGradients(), expected, accuracy: 1e-12)
        XCTAssertNotEqual(expected, reference["loss"]!.flattened[0])
    }
}
