import CellLanguage
import Regression

extension LinearModel: SharedValue {
    /// `LinearModel`.
    static var cellTypeName: String { "LinearModel" }
}

extension Polynomial: SharedValue {
    /// `Polynomial`.
    static var cellTypeName: String { "Polynomial" }
}

extension GradientDescent: SharedValue {
    /// `GradientDescent`.
    static var cellTypeName: String { "GradientDescent" }
    /// `GradientDescent(learningRate: 0.01, epochs: 100)`.
    var cellDescription: String { "GradientDescent(learningRate: \(learningRate), epochs: \(epochs))" }
}

extension GradientDescentResult: SharedValue {
    /// `GradientDescentResult`.
    static var cellTypeName: String { "GradientDescentResult" }
    /// The fitted line and the final loss.
    var cellDescription: String {
        "GradientDescentResult(model: \(model), final loss: \(losses.last.map { "\($0)" } ?? "none"))"
    }
}

/// Least squares, gradient descent and error metrics for cells.
///
/// ```swift
/// let model = fitLine(x: xs, y: ys)
/// print(model.slope, model.intercept, model.predict(5.0))
/// let run = GradientDescent(learningRate: 0.01, epochs: 200).fit(x: xs, y: ys)
/// print(run.lossHistory.last!)
/// ```
enum RegressionBindings {
    static func install(_ bind: ModuleBinder) {
        let x = Param<[Double]>("x"), y = Param<[Double]>("y")
        bind.function("fitLine", x, y, doc: "The least-squares line through the points.") { try LeastSquares.fitLine(x: $0, y: $1) }
        bind.function("fitPolynomial", x, y, Param<Int>("degree"), doc: "The least-squares polynomial of the given degree.") {
            x, y, degree in
            guard degree >= 0, degree <= 50 else { throw NativeError("fitPolynomial: degree must be in 0...50, got \(degree)") }
            return try LeastSquares.fitPolynomial(x: x, y: y, degree: degree)
        }
        let metrics: [(String, String, ([Double], [Double]) throws -> Double)] = [
            ("meanSquaredError", "The mean of the squared errors.", { try RegressionMetrics.meanSquaredError(predictions: $0, targets: $1) }),
            ("meanAbsoluteError", "The mean of the absolute errors.", { try RegressionMetrics.meanAbsoluteError(predictions: $0, targets: $1) }),
            ("rSquared", "The coefficient of determination R².", { try RegressionMetrics.rSquared(predictions: $0, targets: $1) }),
        ]
        for (name, doc, metric) in metrics {
            bind.function(name, Param<[Double]>("predictions"), Param<[Double]>("targets"), doc: doc) { try metric($0, $1) }
        }
        addLinearModel(bind)
        addPolynomial(bind)
        addGradientDescent(bind)
    }

    private static func addLinearModel(_ bind: ModuleBinder) {
        let type = bind.type(LinearModel.self, doc: "A line `y = slope · x + intercept`.")
        type.initializer(Param<Double>("slope"), Param<Double>("intercept"), doc: "A line with the given slope and intercept.") {
            LinearModel(slope: $0, intercept: $1)
        }
        type.property("slope", doc: "The slope.") { $0.slope }
        type.property("intercept", doc: "The value at x = 0.") { $0.intercept }
        type.method("predict", Param<Double>(), doc: "The line's value at x.") { $0.predict($1) }
        type.method("predict", Param<[Double]>(), doc: "The line's values at each x.") { $0.predict($1) }
    }

    private static func addPolynomial(_ bind: ModuleBinder) {
        let type = bind.type(Polynomial.self, doc: "A polynomial, coefficients from the highest power down.")
        type.initializer(Param<[Double]>("coefficients"), doc: "A polynomial from its coefficients, highest power first.") {
            Polynomial(coefficients: $0)
        }
        type.property("coefficients", doc: "The coefficients, highest power first.") { $0.coefficients }
        type.property("degree", doc: "The highest power.") { $0.degree }
        for name in ["evaluate", "predict"] {
            type.method(name, Param<Double>(), doc: "The polynomial's value at x.") { $0.evaluate($1) }
            type.method(name, Param<[Double]>(), doc: "The polynomial's values at each x.") { $0.evaluate($1) }
        }
    }

    private static func addGradientDescent(_ bind: ModuleBinder) {
        let type = bind.type(GradientDescent.self, doc: "Full-batch gradient descent on the mean squared error of a line.")
        let rate = Param<Double>("learningRate", default: 0.01), epochs = Param("epochs", default: 100)
        type.initializer(rate, epochs, doc: "Descent from the line y = 0.") {
            try descent($0, $1, start: LinearModel(slope: 0, intercept: 0))
        }
        type.initializer(rate, epochs, Param<LinearModel>("start"), doc: "Descent from a given line.") {
            try descent($0, $1, start: $2)
        }
        type.property("learningRate", doc: "The step size.") { $0.learningRate }
        type.property("epochs", doc: "The number of steps.") { $0.epochs }
        type.method("fit", Param<[Double]>("x"), Param<[Double]>("y"), doc: "Runs the descent on the points.") {
            try $0.fit(x: $1, y: $2)
        }
        let result = bind.type(GradientDescentResult.self, doc: "What a gradient-descent run produced.")
        result.property("model", doc: "The final line.") { $0.model }
        result.property("slope", doc: "The final slope.") { $0.model.slope }
        result.property("intercept", doc: "The final intercept.") { $0.model.intercept }
        result.property("losses", doc: "The loss before each step.") { $0.losses }
        result.property("lossHistory", doc: "The loss before each step (same as `losses`).") { $0.losses }
        result.property("history", doc: "The line after each step.") { $0.history }
        result.property("slopes", doc: "The slope after each step.") { $0.history.map(\.slope) }
        result.property("intercepts", doc: "The intercept after each step.") { $0.history.map(\.intercept) }
    }

    private static func descent(_ learningRate: Double, _ epochs: Int, start: LinearModel) throws -> GradientDescent {
        // The run keeps one loss and one line per epoch: bound it before anything is reserved.
        guard epochs >= 0, epochs <= 1_000_000 else {
            throw NativeError("GradientDescent: epochs must be in 0...1000000, got \(epochs)")
        }
        return GradientDescent(learningRate: learningRate, epochs: epochs, start: start)
    }
}
