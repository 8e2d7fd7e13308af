import CellLanguage
import Regression

/// Least squares, gradient descent and error metrics for cells.
///
/// ```swift
/// let model = fitLine(x: xs, y: ys)
/// print(model.slope, model.intercept, model.predict(5.0))
/// let run = GradientDescent(learningRate: 0.01, epochs: 200).fit(x: xs, y: ys)
/// print(run.lossHistory.last!)
/// ```
enum RegressionBindings {
    /// A fitted line `y = slope · x + intercept`.
    final class LinearModelBox: CustomStringConvertible {
        let model: LinearModel
        init(_ model: LinearModel) { self.model = model }
        var description: String { model.description }
    }

    /// A fitted polynomial.
    final class PolynomialBox: CustomStringConvertible {
        let polynomial: Polynomial
        init(_ polynomial: Polynomial) { self.polynomial = polynomial }
        var description: String { polynomial.description }
    }

    /// A gradient-descent configuration.
    final class DescentBox: CustomStringConvertible {
        let descent: GradientDescent
        init(_ descent: GradientDescent) { self.descent = descent }
        var description: String {
            "GradientDescent(learningRate: \(descent.learningRate), epochs: \(descent.epochs))"
        }
    }

    /// What a gradient-descent run produced.
    final class DescentResultBox: CustomStringConvertible {
        let result: GradientDescentResult
        init(_ result: GradientDescentResult) { self.result = result }
        var description: String {
            "GradientDescentResult(model: \(result.model), final loss: \(result.losses.last.map { "\($0)" } ?? "none"))"
        }
    }

    static func install(in interpreter: Interpreter) {
        interpreter.register(linearModelType())
        interpreter.register(polynomialType())
        interpreter.register(descentType())
        interpreter.register(descentResultType())
        let data = [NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double))]
        interpreter.register(NativeFunction("fitLine", parameters: data, returns: .native("LinearModel")) { call in
            let x = try call.doubles(0), y = try call.doubles(1)
            return .native(LinearModelBox(try BindingSupport.guarded { try LeastSquares.fitLine(x: x, y: y) }))
        })
        interpreter.register(NativeFunction("fitPolynomial", parameters: data + [NativeParameter("degree", .int)],
                                            returns: .native("Polynomial")) { call in
            let x = try call.doubles(0), y = try call.doubles(1), degree = try call.int(2)
            guard degree >= 0, degree <= 50 else { throw NativeError("fitPolynomial: degree must be in 0...50, got \(degree)") }
            return .native(PolynomialBox(try BindingSupport.guarded {
                try LeastSquares.fitPolynomial(x: x, y: y, degree: degree)
            }))
        })
        let metrics: [(String, ([Double], [Double]) throws -> Double)] = [
            ("meanSquaredError", { try RegressionMetrics.meanSquaredError(predictions: $0, targets: $1) }),
            ("meanAbsoluteError", { try RegressionMetrics.meanAbsoluteError(predictions: $0, targets: $1) }),
            ("rSquared", { try RegressionMetrics.rSquared(predictions: $0, targets: $1) }),
        ]
        for (name, metric) in metrics {
            interpreter.register(NativeFunction(name, parameters: [
                NativeParameter("predictions", .array(.double)), NativeParameter("targets", .array(.double)),
            ], returns: .double) { call in
                let predictions = try call.doubles(0), targets = try call.doubles(1)
                return .double(try BindingSupport.guarded { try metric(predictions, targets) })
            })
        }
    }

    private static func linearModelType() -> NativeType {
        let type = NativeType(name: "LinearModel")
        type.addInitializer(parameters: [NativeParameter("slope", .double), NativeParameter("intercept", .double)]) { call in
            .native(LinearModelBox(LinearModel(slope: try call.double(0), intercept: try call.double(1))))
        }
        type.addProperty("slope", type: .double) { .double(($0 as? LinearModelBox)?.model.slope ?? 0) }
        type.addProperty("intercept", type: .double) { .double(($0 as? LinearModelBox)?.model.intercept ?? 0) }
        type.addMethod("predict", parameters: [NativeParameter(nil, .double)], returns: .double) { call in
            .double(try call.receiver(as: LinearModelBox.self).model.predict(try call.double(0)))
        }
        type.addMethod("predict", parameters: [NativeParameter(nil, .array(.double))], returns: .array(.double)) { call in
            .doubles(try call.receiver(as: LinearModelBox.self).model.predict(try call.doubles(0)))
        }
        return type
    }

    private static func polynomialType() -> NativeType {
        let type = NativeType(name: "Polynomial")
        type.addInitializer(parameters: [NativeParameter("coefficients", .array(.double))]) { call in
            .native(PolynomialBox(Polynomial(coefficients: try call.doubles(0))))
        }
        type.addProperty("coefficients", type: .array(.double)) { .doubles(($0 as? PolynomialBox)?.polynomial.coefficients ?? []) }
        type.addProperty("degree", type: .int) { .int(($0 as? PolynomialBox)?.polynomial.degree ?? 0) }
        for name in ["evaluate", "predict"] {
            type.addMethod(name, parameters: [NativeParameter(nil, .double)], returns: .double) { call in
                .double(try call.receiver(as: PolynomialBox.self).polynomial.evaluate(try call.double(0)))
            }
            type.addMethod(name, parameters: [NativeParameter(nil, .array(.double))], returns: .array(.double)) { call in
                .doubles(try call.receiver(as: PolynomialBox.self).polynomial.evaluate(try call.doubles(0)))
            }
        }
        return type
    }

    private static func descentType() -> NativeType {
        let type = NativeType(name: "GradientDescent")
        let common = [
            NativeParameter("learningRate", .double, default: .double(0.01)), NativeParameter("epochs", .int, default: .int(100)),
        ]
        type.addInitializer(parameters: common) { call in try descent(call, start: LinearModel(slope: 0, intercept: 0)) }
        type.addInitializer(parameters: common + [NativeParameter("start", .native("LinearModel"))]) { call in
            try descent(call, start: try call.object(2, as: LinearModelBox.self).model)
        }
        type.addProperty("learningRate", type: .double) { .double(($0 as? DescentBox)?.descent.learningRate ?? 0) }
        type.addProperty("epochs", type: .int) { .int(($0 as? DescentBox)?.descent.epochs ?? 0) }
        type.addMethod("fit", parameters: [NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double))],
                       returns: .native("GradientDescentResult")) { call in
            let descent = try call.receiver(as: DescentBox.self).descent
            let x = try call.doubles(0), y = try call.doubles(1)
            return .native(DescentResultBox(try BindingSupport.guarded { try descent.fit(x: x, y: y) }))
        }
        return type
    }

    private static func descent(_ call: NativeCall, start: LinearModel) throws -> Value {
        let epochs = try call.int(1)
        // The run keeps one loss and one line per epoch: bound it before anything is reserved.
        guard epochs >= 0, epochs <= 1_000_000 else {
            throw NativeError("GradientDescent: epochs must be in 0...1000000, got \(epochs)")
        }
        return .native(DescentBox(GradientDescent(learningRate: try call.double(0), epochs: epochs, start: start)))
    }

    private static func descentResultType() -> NativeType {
        let type = NativeType(name: "GradientDescentResult")
        func result(_ object: AnyObject) -> GradientDescentResult? { (object as? DescentResultBox)?.result }
        type.addProperty("model", type: .native("LinearModel")) { object in
            guard let result = result(object) else { throw NativeError("internal error: not a GradientDescentResult") }
            return .native(LinearModelBox(result.model))
        }
        type.addProperty("slope", type: .double) { .double(result($0)?.model.slope ?? 0) }
        type.addProperty("intercept", type: .double) { .double(result($0)?.model.intercept ?? 0) }
        type.addProperty("losses", type: .array(.double)) { .doubles(result($0)?.losses ?? []) }
        type.addProperty("lossHistory", type: .array(.double)) { .doubles(result($0)?.losses ?? []) }
        type.addProperty("history", type: .array(.native("LinearModel"))) { object in
            .array((result(object)?.history ?? []).map { .native(LinearModelBox($0)) })
        }
        type.addProperty("slopes", type: .array(.double)) { .doubles((result($0)?.history ?? []).map(\.slope)) }
        type.addProperty("intercepts", type: .array(.double)) { .doubles((result($0)?.history ?? []).map(\.intercept)) }
        return type
    }
}
