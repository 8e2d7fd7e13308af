import ModulesTestSupport
import XCTest
import Regression

final class RegressionTests: XCTestCase {
    private var reference: ReferenceData!
    private var x: [Double] = []
    private var y: [Double] = []

    override func setUpWithError() throws {
        reference = try ReferenceData("regression")
        x = reference.doubles("x")
        y = reference.doubles("y")
        XCTAssertEqual(x.count, 40)
    }

    func testPolynomialFitsMatchNumPyPolyfit() throws {
        for degree in [1, 2, 3, 5] {
            let fit = try LeastSquares.fitPolynomial(x: x, y: y, degree: degree)
            let expected = reference.doubles("polyfit_\(degree)")
            XCTAssertEqual(fit.coefficients.count, expected.count)
            for (actual, value) in zip(fit.coefficients, expected) {
                XCTAssertEqual(actual, value, accuracy: 1e-9 * max(1, abs(value)), "degree \(degree)")
            }
        }
    }

    func testClosedFormLineMatchesPolyfitAndMetrics() throws {
        let line = try LeastSquares.fitLine(x: x, y: y)
        let expected = reference.doubles("polyfit_1")
        XCTAssertEqual(line.slope, expected[0], accuracy: 1e-12)
        XCTAssertEqual(line.intercept, expected[1], accuracy: 1e-12)
        let predictions = line.predict(x)
        XCTAssertEqual(
            try RegressionMetrics.meanSquaredError(predictions: predictions, targets: y), reference.double("mse_line"),
            accuracy: 1e-12)
        XCTAssertEqual(
            try RegressionMetrics.rSquared(predictions: predictions, targets: y), reference.double("r2_line"),
            accuracy: 1e-12)
    }

    func testGeneralSolveRecoversExactCoefficients() throws {
        let features = (0..<10).map { i -> [Double] in [1, Double(i), Double(i * i % 7)] }
        let targets = features.map { 2 - 3 * $0[1] + 0.5 * $0[2] }
        let weights = try LeastSquares.solve(features: features, targets: targets)
        for (w, e) in zip(weights, [2, -3, 0.5]) { XCTAssertEqual(w, e, accuracy: 1e-12) }
    }

    func testGradientDescentMatchesNumPyLossHistory() throws {
        let result = try GradientDescent(learningRate: 0.01, epochs: 200).fit(x: x, y: y)
        let losses = reference.doubles("gd_losses")
        XCTAssertEqual(result.losses.count, 200)
        for (a, e) in zip(result.losses, losses) { XCTAssertEqual(a, e, accuracy: 1e-9 * max(1, e)) }
        XCTAssertEqual(result.model.slope, reference.double("gd_w"), accuracy: 1e-9)
        XCTAssertEqual(result.model.intercept, reference.double("gd_b"), accuracy: 1e-9)
        XCTAssertEqual(result.history.first, LinearModel(slope: 0, intercept: 0))
        XCTAssertLessThan(result.losses.last!, result.losses.first!)
    }

    func testPolynomialEvaluationAndDescription() {
        let p = Polynomial(coefficients: [2, -1, 0.5])
        XCTAssertEqual(p.evaluate(3), 15.5)
        XCTAssertEqual(p.degree, 2)
        XCTAssertEqual(p.description, "2.0x^2 + -1.0x + 0.5")
        XCTAssertEqual(LinearModel(slope: 1, intercept: 0.5).description, "y = 1.0 * x + 0.5")
    }

    func testBadInputThrows() {
        XCTAssertThrowsError(try LeastSquares.fitLine(x: [1, 2], y: [1]))
        XCTAssertThrowsError(try LeastSquares.fitLine(x: [1, 1, 1], y: [1, 2, 3]))
        XCTAssertThrowsError(try LeastSquares.fitPolynomial(x: [1, 2], y: [1, 2], degree: 2))
        XCTAssertThrowsError(try LeastSquares.fitPolynomial(x: [1, 1, 1], y: [1, 2, 3], degree: 2))
        XCTAssertThrowsError(try LeastSquares.fitPolynomial(x: [1], y: [1], degree: -1))
        XCTAssertThrowsError(try GradientDescent(learningRate: 0).fit(x: [1], y: [1]))
        XCTAssertThrowsError(try RegressionMetrics.rSquared(predictions: [1, 2], targets: [3, 3]))
        XCTAssertThrowsError(try RegressionMetrics.meanSquaredError(predictions: [], targets: []))
    }
}
