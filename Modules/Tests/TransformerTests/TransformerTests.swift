import ModulesTestSupport
import XCTest
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

final class TransformerTests: XCTestCase {
    private var reference: ReferenceData!

    override func setUpWithError() throws {
        reference = try ReferenceData("transformer")
    }

    private func tensor(_ key: String) throws -> Tensor {
        let value = try XCTUnwrap(reference[key], "missing reference \(key)")
        return try Tensor(shape: value.shape, scalars: value.flattened)
    }

    private func assertClose(
        _ actual: Tensor?, _ key: String, tolerance: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let actual = try XCTUnwrap(actual, file: file, line: line)
        let expected = try tensor(key)
        XCTAssertEqual(actual.shape, expected.shape, "shape of \(key)", file: file, line: line)
        for (a, e) in zip(actual.scalars, expected.scalars) {
            XCTAssertEqual(a, e, accuracy: tolerance, key, file: file, line: line)
        }
    }

    func testSinusoidalPositionalEncodingMatchesNumPy() throws {
        try assertClose(try PositionalEncoding.sinusoidal(length: 10, dimension: 16), "pe_10_16")
        try assertClose(try PositionalEncoding.sinusoidal(length: 5, dimension: 7), "pe_5_7")
    }

    func testCausalAttentionForwardAndBackwardMatchNumPy() throws {
        let q = try tensor("q"), k = try tensor("k"), v = try tensor("v")
        for t in [q, k, v] { t.requiresGrad = true }
        let (output, weights) = try Attention.scaledDotProduct(query: q, key: k, value: v, causal: true)
        try assertClose(output, "out")
        try assertClose(weights, "weights")
        try (output * tensor("upstream")).sum().backward()
        try assertClose(q.grad, "dq")
        try assertClose(k.grad, "dk")
        try assertClose(v.grad, "dv")
    }

    func testMultiHeadAttentionMatchesNumPy() throws {
        var random = Random(seed: 0)
        let attention = try MultiHeadAttention(dimension: 4, heads: 2, causal: true, random: &random)
        try attention.inputProjection.weight.assign(tensor("mha_w_in").scalars)
        try attention.inputProjection.bias.assign(tensor("mha_b_in").scalars)
        try attention.outputProjection.weight.assign(tensor("mha_w_out").scalars)
        try attention.outputProjection.bias.assign(tensor("mha_b_out").scalars)
        try assertClose(try attention.forward(tensor("mha_x")), "mha_out")
        try assertClose(attention.lastWeights, "mha_weights")
    }

    func testBlockGradientsMatchFiniteDifferences() throws {
        var random = Random(seed: 1)
        let block = try TransformerBlock(dimension: 8, heads: 2, random: &random)
        let x = try Tensor.randomNormal([2, 3, 8], using: &random)
        try GradientCheck.check([x] + block.parameters.prefix(4), tolerance: 1e-5) { inputs in
            try block.forward(inputs[0])
        }
        let norm = try LayerNorm(dimension: 8)
        try norm.gamma.assign((0..<8).map { 1 + 0.1 * Double($0) })
        try GradientCheck.check([x, norm.gamma, norm.beta], tolerance: 1e-5) { try norm.forward($0[0]) }
    }

    func testMixtureOfExpertsRoutesToTopKAndHasCorrectGradients() throws {
        var random = Random(seed: 2)
        let moe = try MixtureOfExperts(dimension: 6, experts: 8, active: 2, hiddenSize: 5, random: &random)
        let x = try Tensor.randomNormal([2, 3, 6], using: &random)
        let y = try moe.forward(x)
        XCTAssertEqual(y.shape, [2, 3, 6])
        XCTAssertEqual(moe.lastExpertIndices.count, 6)
        for (indices, weights) in zip(moe.lastExpertIndices, moe.lastExpertWeights) {
            XCTAssertEqual(indices.count, 2)
            XCTAssertEqual(Set(indices).count, 2)
            XCTAssertEqual(weights.reduce(0, +), 1, accuracy: 1e-12)
            XCTAssertGreaterThanOrEqual(weights[0], weights[1])
        }
        try GradientCheck.check([x, moe.router.weight, moe.experts[0].expand.weight], tolerance: 1e-5) {
            try moe.forward($0[0])
        }
    }

    func testGPTIsCausalAndStartsNearUniformLoss() throws {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: 11, contextLength: 8, dimension: 16, heads: 2, layers: 2), seed: 3)
        let a = try model.forward([[1, 2, 3, 4, 5]])
        let b = try model.forward([[1, 2, 3, 9, 0]])
        XCTAssertEqual(a.shape, [1, 5, 11])
        // Changing tokens 3 and 4 must not change the logits at positions 0...2.
        XCTAssertEqual(Array(a.scalars[0..<33]), Array(b.scalars[0..<33]))
        XCTAssertNotEqual(Array(a.scalars[33...]), Array(b.scalars[33...]))
        let loss = try model.loss(inputs: [[1, 2, 3], [4, 5, 6]], targets: [[2, 3, 4], [5, 6, 7]]).item()
        XCTAssertEqual(loss, log(11.0), accuracy: 0.3)
        XCTAssertThrowsError(try model.forward([[11]]))
        XCTAssertThrowsError(try model.forward([Array(repeating: 0, count: 9)]))
    }

    func testMixtureOfExpertsGPTTrainsAndExposesRouting() throws {
        let configuration = GPTConfiguration(
            vocabularySize: 7, contextLength: 8, dimension: 8, heads: 2, layers: 1, experts: 8, activeExperts: 2)
        let model = try GPT(configuration: configuration, seed: 5)
        let tokens = (0..<200).map { ($0 * 3 + $0 / 7) % 7 }
        let trainer = GPTTrainer(model: model, learningRate: 1e-2, seed: 1)
        let losses = try trainer.train(tokens: tokens, steps: 30, batchSize: 4)
        XCTAssertLessThan(losses.suffix(5).reduce(0, +), losses.prefix(5).reduce(0, +))
        let moe = try XCTUnwrap(model.blocks[0].feedForward as? MixtureOfExperts)
        _ = try model.forward([[1, 2, 3]])
        XCTAssertEqual(moe.lastExpertIndices.count, 3)
        XCTAssertTrue(moe.lastExpertIndices.allSatisfy { $0.count == 2 && $0.allSatisfy { (0..<8).contains($0) } })
    }

    func testGPTGradientsMatchFiniteDifferences() throws {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: 5, contextLength: 4, dimension: 4, heads: 2, layers: 1), seed: 4)
        let picked = [model.tokenEmbedding, model.positionEmbedding, model.blocks[0].attention.inputProjection.weight, model.head.bias]
        try GradientCheck.check(picked, tolerance: 1e-5) { _ in
            try model.loss(inputs: [[0, 3, 1, 2]], targets: [[3, 1, 2, 4]])
        }
    }

    func testTrainingLowersTheLossAndGenerationIsSeeded() throws {
        let text = String(repeating: "la rete neurale impara. ", count: 20)
        let vocabulary = CharacterVocabulary(text: text)
        let tokens = try vocabulary.encode(text)
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: vocabulary.size, contextLength: 16, dimension: 16, heads: 2, layers: 1), seed: 0)
        let trainer = GPTTrainer(model: model, learningRate: 1e-2, seed: 0)
        var steps: [Int] = []
        let losses = try trainer.train(tokens: tokens, steps: 60, batchSize: 8) { step, _ in steps.append(step); return true }
        XCTAssertEqual(steps, Array(1...60))
        XCTAssertLessThan(losses.suffix(5).reduce(0, +) / 5, losses.prefix(5).reduce(0, +) / 5 - 1)
        XCTAssertLessThan(try model.evaluate(tokens: tokens), 1.2)

        let prompt = try vocabulary.encode("la ")
        let greedy = try model.generate(prompt: prompt, count: 20)
        XCTAssertEqual(greedy.count, 23)
        XCTAssertEqual(try model.generate(prompt: prompt, count: 20, strategy: .topK(1)), greedy)
        XCTAssertEqual(try model.beamSearch(prompt: prompt, count: 20, beamWidth: 1).tokens, greedy)
        let beam = try model.beamSearch(prompt: prompt, count: 10, beamWidth: 3)
        XCTAssertEqual(beam.tokens.count, 13)
        XCTAssertLessThanOrEqual(beam.logProbability, 0)
        let sampled = try model.generate(prompt: prompt, count: 30, strategy: .temperature(0.8), seed: 7)
        XCTAssertEqual(try model.generate(prompt: prompt, count: 30, strategy: .temperature(0.8), seed: 7), sampled)
        let nucleus = try model.generate(prompt: prompt, count: 30, strategy: .topP(0.9), seed: 1)
        XCTAssertEqual(nucleus.count, 33)
        XCTAssertFalse(try vocabulary.decode(greedy).isEmpty)
        XCTAssertThrowsError(try model.generate(prompt: [], count: 3))
        XCTAssertThrowsError(try model.generate(prompt: prompt, count: 3, strategy: .temperature(0)))
    }

    func testSamplingArithmeticMatchesNumPy() throws {
        let logits = reference.doubles("sampling_logits")
        let probabilities = try Sampling.probabilities(logits: logits, temperature: 0.7)
        for (a, e) in zip(probabilities, reference.doubles("sampling_t07")) { XCTAssertEqual(a, e, accuracy: 1e-12) }
        for (a, e) in zip(try Sampling.topK(probabilities, k: 2), reference.doubles("sampling_topk2")) {
            XCTAssertEqual(a, e, accuracy: 1e-12)
        }
        for (a, e) in zip(try Sampling.topP(probabilities, p: 0.8), reference.doubles("sampling_topp08")) {
            XCTAssertEqual(a, e, accuracy: 1e-12)
        }
        XCTAssertThrowsError(try Sampling.probabilities(logits: logits, temperature: 0))
        XCTAssertThrowsError(try Sampling.topK(probabilities, k: 0))
        XCTAssertThrowsError(try Sampling.topP(probabilities, p: 1.5))
    }

    func testCharacterVocabularyAndBigramBaseline() throws {
        let vocabulary = CharacterVocabulary(text: "ciao così")
        XCTAssertEqual(vocabulary.size, 7)
        let tokens = try vocabulary.encode("così ciao")
        XCTAssertEqual(try vocabulary.decode(tokens), "così ciao")
        XCTAssertThrowsError(try vocabulary.encode("z"))
        let bigram = try BigramModel(tokens: tokens, vocabularySize: vocabulary.size)
        XCTAssertEqual(bigram.probabilities(after: tokens[0]).reduce(0, +), 1, accuracy: 1e-12)
        let uniform = log(Double(vocabulary.size))
        XCTAssertLessThan(try bigram.crossEntropy(tokens), uniform)
    }
}
