import ModulesTestSupport
import NeuralNetworks
import SeededRandom
import Tensors
import XCTest

@testable import Transformer

/// The fused training engine against the autograd tape (Double, to rounding), against finite differences, and
/// in Float against Double and the NumPy references.
final class FusedGPTTests: XCTestCase {
    private let small = GPTConfiguration(vocabularySize: 13, contextLength: 8, dimension: 16, heads: 4, layers: 2)

    /// A deterministic batch of `batch` windows of `time` tokens and their next tokens.
    private func batch(_ configuration: GPTConfiguration, batch: Int, time: Int, seed: UInt32 = 9) throws
        -> (inputs: [[Int]], targets: [[Int]])
    {
        var random = Random(seed: seed)
        var inputs: [[Int]] = [], targets: [[Int]] = []
        for _ in 0..<batch {
            let sequence = try (0...time).map { _ in try random.integer(in: 0..<configuration.vocabularySize) }
            inputs.append(Array(sequence.dropLast()))
            targets.append(Array(sequence.dropFirst()))
        }
        return (inputs, targets)
    }

    /// The autograd loss and parameter gradients of `model` on a batch.
    private func autogradGradients(_ model: GPT, inputs: [[Int]], targets: [[Int]]) throws -> (Double, [[Double]]) {
        for parameter in model.parameters { parameter.zeroGrad() }
        let loss = try model.loss(inputs: inputs, targets: targets)
        try loss.backward()
        return (try loss.item(), try model.parameters.map { try XCTUnwrap($0.grad).scalars })
    }

    // MARK: Double against autograd

    func testDoubleStepMatchesAutogradLossAndEveryGradient() throws {
        let model = try GPT(configuration: small, seed: 1)
        let (inputs, targets) = try batch(small, batch: 5, time: 8)
        let (expectedLoss, expectedGradients) = try autogradGradients(model, inputs: inputs, targets: targets)
        let fused = try XCTUnwrap(FusedGPT<Double>(model: model))
        try fused.loadBatch(inputs: inputs, targets: targets)
        let loss = fused.computeGradients()
        // Absolute tolerance 1e-9 on the loss (about 2.6) and on every gradient element.
        XCTAssertEqual(loss, expectedLoss, accuracy: 1e-9)
        let gradients = fused.parameterGradients()
        XCTAssertEqual(gradients.count, expectedGradients.count)
        var worst = 0.0
        for (tensor, (actual, expected)) in zip(gradients, expectedGradients).enumerated() {
            XCTAssertEqual(actual.count, expected.count, "tensor \(tensor)")
            for (a, e) in zip(actual, expected) {
                worst = Swift.max(worst, Swift.abs(a - e))
                XCTAssertEqual(a, e, accuracy: 1e-9, "tensor \(tensor)")
            }
        }
        XCTAssertLessThan(worst, 1e-12, "largest gradient difference \(worst)")
        XCTAssertEqual(fused.loss(), expectedLoss, accuracy: 1e-9)
        print("fused vs autograd (Double): loss difference \(Swift.abs(loss - expectedLoss)), largest gradient difference \(worst)")
    }

    func testShortSequencesAndSingleSequenceBatchesMatchAutograd() throws {
        let model = try GPT(configuration: small, seed: 2)
        for (size, time) in [(1, 8), (3, 5), (2, 1)] {
            let (inputs, targets) = try batch(small, batch: size, time: time, seed: UInt32(size * 10 + time))
            let (expectedLoss, expectedGradients) = try autogradGradients(model, inputs: inputs, targets: targets)
            let fused = try XCTUnwrap(FusedGPT<Double>(model: model))
            try fused.loadBatch(inputs: inputs, targets: targets)
            XCTAssertEqual(fused.computeGradients(), expectedLoss, accuracy: 1e-9)
            for (actual, expected) in zip(fused.parameterGradients(), expectedGradients) {
                for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: 1e-9, "B \(size) T \(time)") }
            }
        }
    }

    func testFusedTrainingMatchesAutogradTrainingAcrossCalls() throws {
        let text = String(repeating: "il gatto dorme sul divano. ", count: 12)
        let vocabulary = CharacterVocabulary(text: text)
        let tokens = try vocabulary.encode(text)
        let configuration = GPTConfiguration(
            vocabularySize: vocabulary.size, contextLength: 12, dimension: 16, heads: 2, layers: 2)
        let reference = try GPT(configuration: configuration, seed: 3)
        let model = try GPT(configuration: configuration, seed: 3)
        let autograd = GPTTrainer(model: reference, learningRate: 1e-2, seed: 4, engine: .autograd)
        let fused = GPTTrainer(model: model, learningRate: 1e-2, seed: 4)
        XCTAssertEqual(autograd.engine, .autograd)
        XCTAssertEqual(fused.engine, .fused)
        // Two calls, with a learning-rate change between them: Adam's state and the sampler carry over.
        var expected = try autograd.train(tokens: tokens, steps: 4, batchSize: 3)
        var actual = try fused.train(tokens: tokens, steps: 4, batchSize: 3)
        autograd.optimizer.learningRate = 5e-3
        fused.optimizer.learningRate = 5e-3
        expected += try autograd.train(tokens: tokens, steps: 3, batchSize: 3)
        actual += try fused.train(tokens: tokens, steps: 3, batchSize: 3)
        XCTAssertEqual(fused.step, 7)
        for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: 1e-9) }
        var worst = 0.0
        for (a, e) in zip(model.parameters, reference.parameters) {
            for (x, y) in zip(a.scalars, e.scalars) { worst = Swift.max(worst, Swift.abs(x - y)) }
        }
        XCTAssertLessThan(worst, 1e-9, "largest weight difference after 7 steps: \(worst)")
        print("fused vs autograd training (Double): largest weight difference after 7 steps \(worst)")
        // The written-back weights drive evaluate and generate as usual.
        XCTAssertEqual(try model.evaluate(tokens: tokens), try reference.evaluate(tokens: tokens), accuracy: 1e-9)
    }

    func testCallbackSeesCurrentWeightsAndCanStop() throws {
        let tokens = (0..<200).map { ($0 * 5 + $0 / 3) % 13 }
        let model = try GPT(configuration: small, seed: 5)
        let trainer = GPTTrainer(model: model, learningRate: 1e-2, seed: 1)
        var evaluations: [Double] = []
        let losses = try trainer.train(tokens: tokens, steps: 10, batchSize: 4) { step, _ in
            evaluations.append((try? model.evaluate(tokens: tokens)) ?? .nan)
            return step < 3
        }
        XCTAssertEqual(losses.count, 3)
        XCTAssertEqual(trainer.step, 3)
        XCTAssertNotEqual(evaluations[0], evaluations[1])
        XCTAssertThrowsError(try trainer.train(tokens: [Int](repeating: 40, count: 100), steps: 1, batchSize: 4))
        XCTAssertEqual(trainer.step, 3)
    }

    func testMixtureOfExpertsModelsKeepTheAutogradEngine() throws {
        let configuration = GPTConfiguration(
            vocabularySize: 7, contextLength: 8, dimension: 8, heads: 2, layers: 1, experts: 4, activeExperts: 2)
        let trainer = GPTTrainer(model: try GPT(configuration: configuration, seed: 5), precision: .float)
        XCTAssertEqual(trainer.engine, .autograd)
        XCTAssertNil(FusedGPT<Double>(model: trainer.model))
    }

    // MARK: Finite differences

    func testGradientsMatchFiniteDifferences() throws {
        let configuration = GPTConfiguration(vocabularySize: 5, contextLength: 4, dimension: 4, heads: 2, layers: 1)
        let model = try GPT(configuration: configuration, seed: 4)
        let fused = try XCTUnwrap(FusedGPT<Double>(model: model))
        try fused.loadBatch(inputs: [[0, 3, 1, 2], [4, 4, 0, 1]], targets: [[3, 1, 2, 4], [4, 0, 1, 3]])
        _ = fused.computeGradients()
        let analytic = Array(fused.gradients.buffer)
        let parameters = fused.parameters.pointer
        // The embeddings start at ±0.02, where the layer norms make the loss steep (third derivatives near 1e5):
        // a step of 1e-6 keeps the central difference's truncation error near 1e-9.
        let step = 1e-6
        var worst = 0.0
        for index in 0..<fused.layout.count {
            let original = parameters[index]
            parameters[index] = original + step
            let plus = fused.loss()
            parameters[index] = original - step
            let minus = fused.loss()
            parameters[index] = original
            let numeric = (plus - minus) / (2 * step)
            worst = Swift.max(worst, Swift.abs(analytic[index] - numeric) / (1 + Swift.abs(numeric)))
            XCTAssertEqual(analytic[index], numeric, accuracy: 1e-8 * (1 + Swift.abs(numeric)), "parameter \(index)")
        }
        print("fused GPT finite differences: \(fused.layout.count) parameters, largest relative difference \(worst)")
    }

    // MARK: Float

    func testFloatStepMatchesDoubleStep() throws {
        let model = try GPT(configuration: small, seed: 6)
        let (inputs, targets) = try batch(small, batch: 4, time: 8)
        let double = try XCTUnwrap(FusedGPT<Double>(model: model))
        let float = try XCTUnwrap(FusedGPT<Float>(model: model))
        // Compare on the same (Float-representable) weights.
        float.store(into: model)
        double.load(from: model)
        try double.loadBatch(inputs: inputs, targets: targets)
        try float.loadBatch(inputs: inputs, targets: targets)
        let expectedLoss = double.computeGradients()
        let loss = float.computeGradients()
        XCTAssertEqual(loss, expectedLoss, accuracy: 1e-6 * expectedLoss)
        // Per tensor: the largest difference within 1e-5 of the tensor's largest gradient (measured: 4e-7).
        var worst = 0.0
        for (tensor, (actual, expected)) in zip(float.parameterGradients(), double.parameterGradients()).enumerated() {
            let scale = expected.map(Swift.abs).max() ?? 0
            let difference = zip(actual, expected).map { Swift.abs($0 - $1) }.max() ?? 0
            worst = Swift.max(worst, difference / scale)
            XCTAssertLessThanOrEqual(difference, 1e-5 * scale, "tensor \(tensor)")
        }
        print("fused Float vs Double: relative loss difference \(Swift.abs(loss - expectedLoss) / expectedLoss), "
              + "largest gradient difference relative to its tensor's largest gradient \(worst)")
    }

    func testFloatTrainingFollowsDoubleTraining() throws {
        let tokens = (0..<300).map { ($0 * 7 + $0 / 5) % 13 }
        let doubleModel = try GPT(configuration: small, seed: 7)
        let floatModel = try GPT(configuration: small, seed: 7)
        let doubles = try GPTTrainer(model: doubleModel, learningRate: 1e-2, seed: 2)
            .train(tokens: tokens, steps: 20, batchSize: 4)
        let floats = try GPTTrainer(model: floatModel, learningRate: 1e-2, seed: 2, precision: .float)
            .train(tokens: tokens, steps: 20, batchSize: 4)
        for (f, d) in zip(floats, doubles) { XCTAssertEqual(f, d, accuracy: 1e-3 * d) }
        XCTAssertLessThan(floats.suffix(3).reduce(0, +), floats.prefix(3).reduce(0, +))
        for weight in floatModel.parameters.flatMap(\.scalars) { XCTAssertEqual(Double(Float(weight)), weight) }
    }

    // MARK: Kernels against NumPy

    func testLayerNormKernelMatchesNumPy() throws {
        try checkLayerNorm(Float.self, tolerance: 1e-5)
        try checkLayerNorm(Double.self, tolerance: 1e-12)
    }

    private func checkLayerNorm<S: FusedScalar>(_: S.Type, tolerance: Double) throws {
        let reference = try ReferenceData("tensors")
        let x = reference.doubles("ln_x").map { S($0) }
        let gamma = reference.doubles("ln_gamma").map { S($0) }, beta = reference.doubles("ln_beta").map { S($0) }
        let upstream = reference.doubles("ln_upstream").map { S($0) }
        let (rows, channels) = (4, 6)
        var output = [S](repeating: 0, count: rows * channels), mean = [S](repeating: 0, count: rows)
        var reciprocal = mean
        FusedLayerNorm.forward(
            output: &output, mean: &mean, reciprocalDeviation: &reciprocal, input: x, gamma: gamma, beta: beta,
            rows: rows, channels: channels, epsilon: S(1e-5))
        assertClose(output, reference.doubles("ln_out"), tolerance)
        var dx = [S](repeating: 0, count: rows * channels), dGamma = [S](repeating: 0, count: channels)
        var dBeta = dGamma
        FusedLayerNorm.backward(
            inputGradient: &dx, gammaGradient: &dGamma, betaGradient: &dBeta, outputGradient: upstream, input: x,
            mean: mean, reciprocalDeviation: reciprocal, gamma: gamma, rows: rows, channels: channels)
        assertClose(dx, reference.doubles("ln_dx"), tolerance)
        assertClose(dGamma, reference.doubles("ln_dgamma"), tolerance)
        assertClose(dBeta, reference.doubles("ln_dbeta"), tolerance)
    }

    func testSoftmaxCrossEntropyKernelMatchesNumPy() throws {
        try checkCrossEntropy(Float.self, tolerance: 1e-5)
        try checkCrossEntropy(Double.self, tolerance: 1e-12)
    }

    private func checkCrossEntropy<S: FusedScalar>(_: S.Type, tolerance: Double) throws {
        let reference = try ReferenceData("tensors")
        var values = reference.doubles("x").map { S($0) }
        let targets = reference.ints("ce_targets").map { Int32($0) }
        let loss = FusedCrossEntropy.forward(values: &values, targets: targets, rows: 3, classes: 5)
        assertClose(values, reference.doubles("softmax_last"), tolerance)
        XCTAssertEqual(loss / 3, reference.double("ce_loss"), accuracy: tolerance)
        FusedCrossEntropy.backward(values: &values, targets: targets, rows: 3, classes: 5, scale: S(1.0 / 3))
        assertClose(values, reference.doubles("ce_grad"), tolerance)
    }

    func testAttentionKernelMatchesNumPy() throws {
        try checkAttention(Float.self, tolerance: 1e-5)
        try checkAttention(Double.self, tolerance: 1e-12)
    }

    /// The causal attention reference: q, k, v (1, 2 heads, 5, 4) packed into qkv (1, 5, 3·8).
    private func checkAttention<S: FusedScalar>(_: S.Type, tolerance: Double) throws {
        let reference = try ReferenceData("transformer")
        let (heads, time, size) = (2, 5, 4)
        let channels = heads * size
        func pack(_ keys: [String]) -> [S] {  // (H, T, hs) per part → (T, parts·C)
            let parts = keys.map { reference.doubles($0) }
            var packed = [S](repeating: 0, count: time * parts.count * channels)
            for (part, values) in parts.enumerated() {
                for h in 0..<heads {
                    for t in 0..<time {
                        for i in 0..<size {
                            packed[t * parts.count * channels + part * channels + h * size + i] =
                                S(values[(h * time + t) * size + i])
                        }
                    }
                }
            }
            return packed
        }
        let qkv = pack(["q", "k", "v"])
        var output = [S](repeating: 0, count: time * channels)
        var probabilities = [S](repeating: 0, count: heads * time * time)
        FusedAttention.forward(
            output: &output, probabilities: &probabilities, qkv: qkv, batch: 1, time: time, channels: channels,
            heads: heads)
        assertClose(output, pack(["out"]).map { $0.doubleValue }, tolerance)
        assertClose(probabilities, reference.doubles("weights"), tolerance)
        var dqkv = [S](repeating: .nan, count: qkv.count), scratch = [S](repeating: 0, count: time * time)
        FusedAttention.backward(
            qkvGradient: &dqkv, scratch: &scratch, outputGradient: pack(["upstream"]), qkv: qkv,
            probabilities: probabilities, batch: 1, time: time, channels: channels, heads: heads)
        assertClose(dqkv, pack(["dq", "dk", "dv"]).map { $0.doubleValue }, tolerance)
    }

    func testMultiHeadAttentionPathMatchesNumPy() throws {
        // QKV projection, attention and output projection of the fused engine on the `mha_*` reference.
        let reference = try ReferenceData("transformer")
        let (batch, time, channels, heads) = (2, 3, 4, 2)
        let x = reference.doubles("mha_x").map { Float($0) }
        let wIn = reference.doubles("mha_w_in").map { Float($0) }, bIn = reference.doubles("mha_b_in").map { Float($0) }
        let wOut = reference.doubles("mha_w_out").map { Float($0) }
        let bOut = reference.doubles("mha_b_out").map { Float($0) }
        let rows = batch * time
        var qkv = [Float](repeating: 0, count: rows * 3 * channels)
        FusedMatmul.forward(output: &qkv, input: x, weight: wIn, bias: bIn, rows: rows, inputs: channels, outputs: 3 * channels)
        var attention = [Float](repeating: 0, count: rows * channels)
        var probabilities = [Float](repeating: 0, count: batch * heads * time * time)
        FusedAttention.forward(
            output: &attention, probabilities: &probabilities, qkv: qkv, batch: batch, time: time, channels: channels,
            heads: heads)
        var output = [Float](repeating: 0, count: rows * channels)
        FusedMatmul.forward(output: &output, input: attention, weight: wOut, bias: bOut, rows: rows, inputs: channels, outputs: channels)
        assertClose(output, reference.doubles("mha_out"), 1e-5)
        assertClose(probabilities, reference.doubles("mha_weights"), 1e-5)
    }

    // MARK: Element-wise math

    func testExponentialAndGaussianTailAreAccurate() {
        var worstDouble = 0.0, worstFloat = 0.0
        for step in -4000...4000 {
            let x = Double(step) / 100  // −40 … 40
            worstDouble = Swift.max(worstDouble, Swift.abs(Double.exponential(x) / exp(x) - 1))
            let xf = Float(x)
            worstFloat = Swift.max(worstFloat, Swift.abs(Double(Float.exponential(xf)) / exp(Double(xf)) - 1))
        }
        XCTAssertLessThan(worstDouble, 5e-16)
        XCTAssertLessThan(worstFloat, 3e-7)
        var worstErfDouble = 0.0, worstErfFloat = 0.0, worstGaussian = 0.0
        for step in 0...1200 {
            let z = Double(step) / 100  // 0 … 12
            let (complement, gaussian) = Double.gaussianTail(z)
            worstErfDouble = Swift.max(worstErfDouble, Swift.abs((1 - complement) - erf(z)))
            if z < 6 { worstErfDouble = Swift.max(worstErfDouble, Swift.abs(complement / erfc(z) - 1) * 1e-2) }
            worstGaussian = Swift.max(worstGaussian, Swift.abs(gaussian - exp(-z * z)) / Swift.max(exp(-z * z), 1e-300))
            let (complementFloat, _) = Float.gaussianTail(Float(z))
            worstErfFloat = Swift.max(worstErfFloat, Swift.abs(Double(1 - complementFloat) - erf(Double(Float(z)))))
        }
        XCTAssertLessThan(worstErfDouble, 1e-15)
        XCTAssertLessThan(worstGaussian, 1e-14)
        XCTAssertLessThan(worstErfFloat, 5e-7)
        print("fused math: exp relative error Double \(worstDouble), Float \(worstFloat); erf absolute error "
              + "Double \(worstErfDouble), Float \(worstErfFloat); Gaussian factor relative error \(worstGaussian)")
    }

    func testGELUKernelMatchesTheTensorGELU() throws {
        let x = Tensor.testValues([64], seed: 3).scalars.map { $0 * 3 }
        let input = Tensor(x, requiresGrad: true)
        let y = input.gelu()
        try y.sum().backward()
        var values = x, output = [Double](repeating: 0, count: x.count)
        FusedGELU.forward(output: &output, values: &values, count: x.count)
        assertClose(output, y.scalars, 1e-15)
        assertClose(values, try XCTUnwrap(input.grad).scalars, 1e-15)
    }

    private func assertClose<S: FusedScalar>(
        _ actual: [S], _ expected: [Double], _ tolerance: Double, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(actual.count, expected.count, "count", file: file, line: line)
        for (index, (a, e)) in zip(actual, expected).enumerated() {
            XCTAssertEqual(a.doubleValue, e, accuracy: tolerance * Swift.max(1, Swift.abs(e)), "element \(index)",
                           file: file, line: line)
        }
    }
}
