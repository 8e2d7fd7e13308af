import ModulesTestSupport
import XCTest
import SeededRandom
import Tensors
import NeuralNetworks

final class NeuralNetworkTests: XCTestCase {
    private var reference: ReferenceData!

    override func setUpWithError() throws {
        reference = try ReferenceData("networks")
    }

    /// The 2-3-1 tanh/sigmoid network of the reference script, loaded with its starting weights.
    private func referenceNetwork() throws -> Sequential {
        var random = Random(seed: 0)
        let model = Sequential([
            try Dense(inputSize: 2, outputSize: 3, activation: .tanh, random: &random),
            try Dense(inputSize: 3, outputSize: 1, activation: .sigmoid, random: &random),
        ])
        guard case let .array(start)? = reference["start"] else { throw XCTSkip("missing start weights") }
        for (parameter, values) in zip(model.parameters, start) { try parameter.assign(values.flattened) }
        return model
    }

    private func inputs() throws -> (Tensor, Tensor) {
        (try Tensor(shape: [5, 2], scalars: reference.doubles("x")),
         try Tensor(shape: [5, 1], scalars: reference.doubles("t")))
    }

    private func assertParameters(_ model: Sequential, _ key: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case let .array(expected)? = reference[key] else { return XCTFail("missing \(key)", file: file, line: line) }
        XCTAssertEqual(expected.count, model.parameters.count, file: file, line: line)
        for (parameter, values) in zip(model.parameters, expected) {
            for (a, e) in zip(parameter.scalars, values.flattened) {
                XCTAssertEqual(a, e, accuracy: 1e-9, key, file: file, line: line)
            }
        }
    }

    func testForwardLossAndGradientsMatchNumPy() throws {
        let model = try referenceNetwork()
        let (x, t) = try inputs()
        let loss = try Loss.binaryCrossEntropy(model(x), t)
        XCTAssertEqual(try loss.item(), reference.double("loss0"), accuracy: 1e-12)
        try loss.backward()
        guard case let .array(expected)? = reference["grads0"] else { return XCTFail("missing grads0") }
        for (parameter, values) in zip(model.parameters, expected) {
            let gradient = try XCTUnwrap(parameter.grad).scalars
            for (a, e) in zip(gradient, values.flattened) { XCTAssertEqual(a, e, accuracy: 1e-12) }
        }
    }

    func testTwoSGDMomentumStepsMatchNumPy() throws {
        let model = try referenceNetwork()
        let (x, t) = try inputs()
        let optimizer = SGD(parameters: model.parameters, learningRate: 0.5, momentum: 0.9)
        for _ in 0..<2 {
            optimizer.zeroGrad()
            try Loss.binaryCrossEntropy(model(x), t).backward()
            optimizer.step()
        }
        assertParameters(model, "sgd_momentum_after2")
    }

    func testTwoAdamStepsMatchNumPy() throws {
        let model = try referenceNetwork()
        let (x, t) = try inputs()
        let optimizer = Adam(parameters: model.parameters, learningRate: 0.1)
        for _ in 0..<2 {
            optimizer.zeroGrad()
            try Loss.binaryCrossEntropy(model(x), t).backward()
            optimizer.step()
        }
        assertParameters(model, "adam_after2")
    }

    func testMLPReachesNinetySevenPercentOnTwoMoons() throws {
        let data = try ToyDatasets.twoMoons(count: 400, noise: 0.2, seed: 0)
        let model = try Sequential(sizes: [2, 16, 16, 1], hiddenActivation: .tanh, outputActivation: .sigmoid, seed: 1)
        let optimizer = Adam(parameters: model.parameters, learningRate: 0.01)
        var reported: [Int] = []
        let history = try model.fit(
            data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 150, batchSize: 32, seed: 2
        ) { reported.append($0.epoch); return true }
        XCTAssertEqual(reported, Array(1...150))
        XCTAssertEqual(history.losses.count, 150)
        XCTAssertLessThan(history.losses.last!, history.losses.first! / 3)
        XCTAssertGreaterThanOrEqual(history.accuracies.last!, 0.97)
        XCTAssertEqual(try model.accuracy(on: data), history.accuracies.last!)
    }

    func testTrainingStopsWhenTheCallbackSaysSo() throws {
        let data = try ToyDatasets.twoMoons(count: 100, noise: 0.2, seed: 0)
        let model = try Sequential(sizes: [2, 8, 1], hiddenActivation: .tanh, outputActivation: .sigmoid, seed: 1)
        let optimizer = Adam(parameters: model.parameters, learningRate: 0.01)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 50) { $0.epoch < 7 }
        XCTAssertEqual(history.losses.count, 7)
    }

    func testSoftmaxClassifierLearnsSpiralsWithCategoricalCrossEntropy() throws {
        let data = try ToyDatasets.spirals(count: 300, classes: 3, noise: 0.2, seed: 0)
        let model = try Sequential(sizes: [2, 32, 3], hiddenActivation: .relu, seed: 0)
        let optimizer = Adam(parameters: model.parameters, learningRate: 0.02)
        let history = try model.fit(data, loss: .categoricalCrossEntropy, optimizer: optimizer, epochs: 200)
        XCTAssertGreaterThan(history.accuracies.last!, 0.9)
    }

    func testXorNeedsAHiddenLayerAndSGDLearnsIt() throws {
        let data = try ToyDatasets.xor(count: 200, noise: 0.2, seed: 4)
        let model = try Sequential(sizes: [2, 8, 1], hiddenActivation: .tanh, outputActivation: .sigmoid, seed: 3)
        let optimizer = SGD(parameters: model.parameters, learningRate: 0.1, momentum: 0.9)
        let history = try model.fit(data, loss: .meanSquaredError, optimizer: optimizer, epochs: 60, batchSize: 16)
        XCTAssertGreaterThan(history.accuracies.last!, 0.95)
    }

    func testDatasetsAreSeededAndShaped() throws {
        let a = try ToyDatasets.twoMoons(count: 101, noise: 0.1, seed: 5)
        let b = try ToyDatasets.twoMoons(count: 101, noise: 0.1, seed: 5)
        XCTAssertEqual(a.features.scalars, b.features.scalars)
        XCTAssertEqual(a.labels, b.labels)
        XCTAssertEqual(a.features.shape, [101, 2])
        XCTAssertEqual(a.labels.filter { $0 == 1 }.count, 51)
        let circles = try ToyDatasets.circles(count: 200, noise: 0, factor: 0.5, seed: 1)
        for (index, label) in circles.labels.enumerated() {
            let x = circles.features.scalars[2 * index], y = circles.features.scalars[2 * index + 1]
            XCTAssertEqual((x * x + y * y).squareRoot(), label == 0 ? 1 : 0.5, accuracy: 1e-12)
        }
        XCTAssertEqual(try ToyDatasets.spirals(count: 100, classes: 4).classCount, 4)
        XCTAssertNotEqual(try ToyDatasets.twoMoons(seed: 1).features.scalars, try ToyDatasets.twoMoons(seed: 2).features.scalars)
        XCTAssertThrowsError(try ToyDatasets.twoMoons(count: 0))
    }

    func testDecisionGridCoversTheRangeAndAgreesWithPredictions() throws {
        let model = try Sequential(sizes: [2, 4, 1], outputActivation: .sigmoid, seed: 0)
        let grid = try model.decisionGrid(xRange: -1...2, yRange: -0.5...1, resolution: 7)
        XCTAssertEqual(grid.xs.first, -1)
        XCTAssertEqual(grid.xs.last, 2)
        XCTAssertEqual(grid.ys.count, 7)
        XCTAssertEqual(grid.values.count, 7)
        XCTAssertEqual(grid.values[0].count, 7)
        let probe = try model.predict(Tensor([[grid.xs[3], grid.ys[5]]]))
        XCTAssertEqual(grid.values[5][3], probe.scalars[0], accuracy: 1e-15)
        XCTAssertEqual(grid.classes[5][3], probe.scalars[0] >= 0.5 ? 1 : 0)
    }

    func testShapeErrorsAreThrown() throws {
        let model = try Sequential(sizes: [2, 3, 1])
        XCTAssertThrowsError(try model(Tensor([[1, 2, 3]]))) { error in
            XCTAssertEqual("\(error)", "Dense: expected inputs with 2 features, got shape (1, 3)")
        }
        XCTAssertThrowsError(try Loss.meanSquaredError(Tensor([1, 2]), Tensor([1, 2, 3])))
        XCTAssertThrowsError(try Sequential(sizes: [2]))
        XCTAssertThrowsError(try Dataset(features: Tensor([[1, 2]]), labels: [0, 1]))
    }

    func testActivationsAndParameterCount() throws {
        let model = try Sequential(sizes: [2, 16, 16, 1])
        XCTAssertEqual(model.parameterCount, 2 * 16 + 16 + 16 * 16 + 16 + 16 + 1)
        let x = Tensor([-1, 0, 2])
        XCTAssertEqual(try Activation.relu.forward(x).scalars, [0, 0, 2])
        XCTAssertEqual(try Activation.softmax.forward(x).scalars.reduce(0, +), 1, accuracy: 1e-15)
        XCTAssertEqual(try Activation.gelu.forward(Tensor([1])).scalars[0], 0.8413447460685429, accuracy: 1e-12)
    }
}
