import CellLanguage
import NeuralNetworks
import Tensors

/// Optimisers over any tensors, as in PyTorch: `Adam(parameters: [w, b], learningRate: 0.01)` and
/// `SGD(parameters:learningRate:momentum:)`, with `zeroGrad()` and `step()`.
///
/// ```swift
/// let opt = Adam(parameters: [w, b], learningRate: 0.01)
/// for _ in 0..<100 {
///     opt.zeroGrad()
///     let loss = ((x.matmul(w) + b - y) * (x.matmul(w) + b - y)).mean()
///     loss.backward()
///     opt.step()
/// }
/// ```
enum OptimizerBindings {
    static let optimizer = CType.native("Optimizer")

    /// A library optimiser bound to its tensors.
    final class TensorOptimizerBox: CustomStringConvertible {
        let optimizer: any Optimizer
        init(_ optimizer: any Optimizer) { self.optimizer = optimizer }
        var description: String {
            let count = optimizer.parameters.count
            switch optimizer {
            case let adam as Adam: return "Adam(\(count) parameters, learningRate: \(adam.learningRate))"
            case let sgd as SGD: return "SGD(\(count) parameters, learningRate: \(sgd.learningRate), momentum: \(sgd.momentum))"
            default: return "Optimizer(\(count) parameters)"
            }
        }
    }

    /// Registers `Adam(parameters:…)` and `SGD(parameters:…)` next to the `fit` forms without parameters.
    static func install(in interpreter: Interpreter) {
        let parameters = NativeParameter("parameters", .array(TensorOperatorBindings.tensor))
        interpreter.register(NativeFunction("Adam", parameters: [
            parameters, NativeParameter("learningRate", .double, default: .double(0.001)),
            NativeParameter("beta1", .double, default: .double(0.9)), NativeParameter("beta2", .double, default: .double(0.999)),
            NativeParameter("epsilon", .double, default: .double(1e-8)),
        ], returns: optimizer) { call in
            let tensors = try tensorList(call), rate = try learningRate(call.double(1))
            let beta1 = try call.double(2), beta2 = try call.double(3), epsilon = try call.double(4)
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1 else {
                throw NativeError("Adam: beta1 and beta2 must be in [0, 1), got \(beta1) and \(beta2)")
            }
            guard epsilon >= 0 else { throw NativeError("Adam: epsilon must not be negative, got \(epsilon)") }
            return .native(TensorOptimizerBox(
                Adam(parameters: tensors, learningRate: rate, beta1: beta1, beta2: beta2, epsilon: epsilon)))
        })
        interpreter.register(NativeFunction("SGD", parameters: [
            parameters, NativeParameter("learningRate", .double, default: .double(0.01)),
            NativeParameter("momentum", .double, default: .double(0)),
        ], returns: optimizer) { call in
            let tensors = try tensorList(call), rate = try learningRate(call.double(1)), momentum = try call.double(2)
            guard momentum >= 0, momentum < 1 else { throw NativeError("SGD: momentum must be in [0, 1), got \(momentum)") }
            return .native(TensorOptimizerBox(SGD(parameters: tensors, learningRate: rate, momentum: momentum)))
        })
    }

    /// Adds `step()`, `zeroGrad()`, `setLearningRate(_:)`, `learningRate` and `parameters` to the `Optimizer` type.
    static func addMembers(to type: NativeType) {
        type.addMethod("step", parameters: []) { call in
            try bound(call).step()
            return .void
        }
        type.addMethod("zeroGrad", parameters: []) { call in
            try bound(call).zeroGrad()
            return .void
        }
        type.addMethod("setLearningRate", parameters: [NativeParameter(nil, .double)]) { call in
            let rate = try learningRate(call.double(0))
            switch try bound(call) {
            case let adam as Adam: adam.learningRate = rate
            case let sgd as SGD: sgd.learningRate = rate
            default: break
            }
            return .void
        }
        type.addProperty("learningRate", type: .double) { object in
            switch (object as? TensorOptimizerBox)?.optimizer {
            case let adam as Adam: return .double(adam.learningRate)
            case let sgd as SGD: return .double(sgd.learningRate)
            default: return .double((object as? OptimizerChoice)?.learningRate ?? 0)
            }
        }
        type.addProperty("parameters", type: .array(TensorOperatorBindings.tensor)) { object in
            .array(((object as? TensorOptimizerBox)?.optimizer.parameters ?? []).map { .native($0) })
        }
    }

    /// The receiver's library optimiser; an optimiser made for `fit` has no tensors to step.
    private static func bound(_ call: NativeCall) throws -> any Optimizer {
        guard let box = call.receiver as? TensorOptimizerBox else {
            throw NativeError("this optimizer has no parameters: create it with Adam(parameters: [w, b], learningRate: …)")
        }
        return box.optimizer
    }

    private static func tensorList(_ call: NativeCall) throws -> [Tensor] {
        guard case .array(let values) = try call.argument(0) else { throw NativeError("expected [Tensor]") }
        let tensors = try values.map { try $0.asObject(Tensor.self) }
        for (index, tensor) in tensors.enumerated() where !tensor.requiresGrad {
            throw NativeError("parameter \(index) does not require gradients: create it with requiresGrad: true")
        }
        return tensors
    }

    private static func learningRate(_ value: Double) throws -> Double {
        guard value > 0, value.isFinite else { throw NativeError("the learning rate must be positive, got \(value)") }
        return value
    }
}
