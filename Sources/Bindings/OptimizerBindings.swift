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
    /// Declares `Adam(parameters:…)` and `SGD(parameters:…)` next to the `fit` forms without parameters, and the
    /// members of `Optimizer`.
    static func install(_ bind: ModuleBinder, _ type: TypeBinder<OptimizerChoice>) {
        let parameters = Param<[Tensor]>("parameters")
        bind.function("Adam", parameters, Param("learningRate", default: 0.001), Param("beta1", default: 0.9),
                      Param("beta2", default: 0.999), Param("epsilon", default: 1e-8),
                      doc: "Adam over the given tensors (PyTorch's torch.optim.Adam).") { tensors, rate, beta1, beta2, epsilon in
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1 else {
                throw NativeError("Adam: beta1 and beta2 must be in [0, 1), got \(beta1) and \(beta2)")
            }
            guard epsilon >= 0 else { throw NativeError("Adam: epsilon must not be negative, got \(epsilon)") }
            return OptimizerChoice(Adam(parameters: try trainable(tensors), learningRate: try learningRate(rate),
                                        beta1: beta1, beta2: beta2, epsilon: epsilon))
        }
        bind.function("SGD", parameters, Param("learningRate", default: 0.01), Param("momentum", default: 0.0),
                      doc: "Stochastic gradient descent over the given tensors (torch.optim.SGD).") { tensors, rate, momentum in
            guard momentum >= 0, momentum < 1 else { throw NativeError("SGD: momentum must be in [0, 1), got \(momentum)") }
            return OptimizerChoice(SGD(parameters: try trainable(tensors), learningRate: try learningRate(rate), momentum: momentum))
        }
        type.action("step", doc: "Updates every tensor from its gradient.") { try tensors(of: $0).step() }
        type.action("zeroGrad", doc: "Clears the gradients of the tensors.") { try tensors(of: $0).zeroGrad() }
        type.action("setLearningRate", Param<Double>(), doc: "Changes the learning rate of an optimiser over tensors.") {
            let rate = try learningRate($1)
            switch try tensors(of: $0) {
            case let adam as Adam: adam.learningRate = rate
            case let sgd as SGD: sgd.learningRate = rate
            default: break
            }
        }
        type.property("learningRate", doc: "The learning rate.") { $0.currentLearningRate }
        type.property("parameters", doc: "The tensors it updates (empty for an optimiser made for `fit`).") {
            $0.tensors?.parameters ?? []
        }
    }

    /// The library optimiser over tensors; an optimiser made for `fit` has no tensors to step.
    private static func tensors(of choice: OptimizerChoice) throws -> any Optimizer {
        guard let optimizer = choice.tensors else {
            throw NativeError("this optimizer has no parameters: create it with Adam(parameters: [w, b], learningRate: …)")
        }
        return optimizer
    }

    private static func trainable(_ tensors: [Tensor]) throws -> [Tensor] {
        for (index, tensor) in tensors.enumerated() where !tensor.requiresGrad {
            throw NativeError("parameter \(index) does not require gradients: create it with requiresGrad: true")
        }
        return tensors
    }

    /// A positive, finite learning rate.
    static func learningRate(_ value: Double) throws -> Double {
        guard value > 0, value.isFinite else { throw NativeError("the learning rate must be positive, got \(value)") }
        return value
    }
}
