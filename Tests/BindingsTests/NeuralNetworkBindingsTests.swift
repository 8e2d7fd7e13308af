import XCTest

/// Data sets, MLP training with printed progress, decision grids and activation helpers from cells.
final class NeuralNetworkBindingsTests: XCTestCase {
    func testTrainingPrintsProgressAndLearnsTwoMoons() {
        let text = CellRunner().output("""
        let data = twoMoons(count: 120, noise: 0.1, seed: 1)
        print(data.count, data.x.count, data.y.count, data.labels.count)
        let model = MLP(sizes: [2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 0)
        let history = model.fit(data, epochs: 60, optimizer: Adam(learningRate: 0.02), loss: .binaryCrossEntropy, every: 30)
        print(history.loss.count, history.accuracy.count)
        print(history.loss.last! < history.loss.first!, model.accuracy(on: data) > 0.85)
        let grid = model.decisionGrid(covering: data, resolution: 20)
        print(grid.x.count, grid.y.count, grid.classes.count, grid.classes[0].count)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, text)
        XCTAssertEqual(lines[0], "120 120 120 120")
        XCTAssertTrue(lines[1].hasPrefix("epoch 30/60: loss "), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("epoch 60/60: loss "), lines[2])
        XCTAssertEqual(Array(lines[3...]), ["60 60", "true true", "20 20 20 20"])
    }

    func testFitOnArraysWithSGDAndAutomaticLoss() {
        let text = CellRunner().output("""
        let model = MLP(sizes: [2, 8, 2], seed: 3)
        let h = model.fit(x: [[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]], y: [0, 0, 1, 1], epochs: 5,
                          optimizer: SGD(learningRate: 0.1, momentum: 0.9))
        print(h.losses.count, model.predictClasses([[0.0, 0.0]]).count, model.parameterCount)
        """)
        XCTAssertEqual(text, "5 1 42\n")
    }

    func testActivationHelpers() {
        let text = CellRunner().output("""
        print(sigmoid(0.0), relu([-1.0, 2.0]), activation(.tanh, [0.0]))
        print(gelu(1.0))
        """)
        // GELU(1) = Φ(1) = 0.8413447460685429 (tanh approximation: 0.8411919906082768).
        let values = numbers(in: text)
        assertClose(Array(values.prefix(4)), [0.5, 0, 2, 0], tolerance: 1e-12)
        XCTAssertEqual(values[4], 0.8412, accuracy: 2e-4)
    }

    func testDivergingTrainingIsReportedNotHidden() {
        let runner = CellRunner()
        let problem = runner.error("""
        let data = twoMoons(count: 100, noise: 0.2, seed: 0)
        let model = MLP(sizes: [2, 8, 1], activation: .relu, output: .identity, seed: 0)
        let h = model.fit(data, epochs: 20, optimizer: SGD(learningRate: 10.0, momentum: 0.99), loss: .meanSquaredError)
        """)
        XCTAssertTrue(problem.message.hasPrefix("training diverged: the loss is "), problem.message)
        XCTAssertTrue(problem.message.hasSuffix("; try a smaller learning rate"), problem.message)
        XCTAssertEqual(problem.line, 12)
    }

    func testWrongInputWidthIsADiagnostic() {
        let failure = CellRunner().error("""
        let model = MLP(sizes: [2, 4, 1])
        let p = model.predict([[1.0, 2.0, 3.0]])
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("(1, 3)"), failure.message)
        let huge = CellRunner().error("let model = MLP(sizes: [100000, 100000, 1])")
        XCTAssertTrue(huge.message.contains("too large"), huge.message)
    }
}
