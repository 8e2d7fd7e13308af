import XCTest

/// Least squares, gradient descent and metrics from cells.
final class RegressionBindingsTests: XCTestCase {
    private let data = "let xs = [0.0, 1.0, 2.0, 3.0, 4.0]\nlet ys = [1.0, 1.8, 3.3, 4.4, 5.2]\n"

    func testLineAndPolynomialMatchNumPy() {
        // Reference: Scripts/reference.py ("line", "r2", "polyfit").
        let text = CellRunner().output(data + """
        let model = fitLine(x: xs, y: ys)
        print(model.slope, model.intercept)
        print(rSquared(predictions: model.predict(xs), targets: ys))
        print(fitPolynomial(x: xs, y: ys, degree: 2).coefficients)
        print(model.predict(10.0))
        """)
        assertClose(numbers(in: text), [1.1, 0.94, 0.9892086330935252,
                                        -0.028571428571428772, 1.2142857142857149, 0.8828571428571418, 11.94],
                    tolerance: 1e-9)
    }

    func testGradientDescentRecordsTheLossHistory() {
        let text = CellRunner().output(data + """
        let run = GradientDescent(learningRate: 0.02, epochs: 300).fit(x: xs, y: ys)
        print(run.lossHistory.count, run.history.count)
        print(run.lossHistory.first! > run.lossHistory.last!)
        print(abs(run.model.slope - 1.1) < 0.1)
        """)
        XCTAssertEqual(text, "300 300\ntrue\ntrue\n")
    }

    func testMismatchedLengthsAndHugeEpochsAreDiagnostics() {
        let runner = CellRunner()
        let lengths = runner.error("let a = 1\nlet m = fitLine(x: [1.0, 2.0], y: [1.0])")
        XCTAssertEqual(lengths.line, 11)
        XCTAssertFalse(lengths.message.isEmpty)
        let epochs = runner.error("let g = GradientDescent(epochs: 1000000000000)")
        XCTAssertTrue(epochs.message.contains("epochs"), epochs.message)
    }
}
