import NeuralNetworks
import Tensors

/// An optimiser as cells hold it: either one for `fit` (`Adam(learningRate: 0.01)`), whose library optimiser is
/// created for a model on first use and kept so Adam's moments survive a second `fit`, or one over tensors the
/// cell listed (`Adam(parameters: [w, b], learningRate: 0.01)`), which `zeroGrad()` and `step()` drive.
final class OptimizerChoice: CellObject, CustomStringConvertible {
    /// Which optimiser, with its own settings.
    enum Kind {
        case adam
        case sgd(momentum: Double)
    }

    let kind: Kind
    let learningRate: Double
    /// The library optimiser over the cell's own tensors (nil for an optimiser made for `fit`).
    let tensors: (any Optimizer)?
    private var bound: (model: Sequential, optimizer: any Optimizer)?

    /// An optimiser for `fit` of `kind` stepping by `learningRate`.
    init(kind: Kind, learningRate: Double) {
        self.kind = kind
        self.learningRate = learningRate
        tensors = nil
    }

    /// An optimiser over tensors.
    init(_ optimizer: any Optimizer) {
        tensors = optimizer
        if let sgd = optimizer as? SGD {
            kind = .sgd(momentum: sgd.momentum)
            learningRate = sgd.learningRate
        } else {
            kind = .adam
            learningRate = (optimizer as? Adam)?.learningRate ?? 0
        }
    }

    /// `Optimizer`.
    static var cellTypeName: String { "Optimizer" }

    /// `Adam(learningRate: 0.01)`, `SGD(learningRate: 0.1, momentum: 0.9)`, `Adam(2 parameters, learningRate: 0.1)`.
    var description: String {
        let count = tensors.map { "\($0.parameters.count) parameters, " } ?? ""
        switch (kind, tensors) {
        case (.adam, let adam as Adam): return "Adam(\(count)learningRate: \(adam.learningRate))"
        case (.sgd, let sgd as SGD): return "SGD(\(count)learningRate: \(sgd.learningRate), momentum: \(sgd.momentum))"
        case (.adam, _): return "Adam(\(count)learningRate: \(learningRate))"
        case (.sgd(let momentum), _): return "SGD(\(count)learningRate: \(learningRate), momentum: \(momentum))"
        }
    }

    /// The current learning rate (changed by `setLearningRate` for an optimiser over tensors).
    var currentLearningRate: Double {
        switch tensors {
        case let adam as Adam: return adam.learningRate
        case let sgd as SGD: return sgd.learningRate
        default: return learningRate
        }
    }

    /// The optimiser for `model`, kept across calls.
    func optimizer(for model: Sequential) -> any Optimizer {
        if let bound, bound.model === model { return bound.optimizer }
        let optimizer: any Optimizer
        switch kind {
        case .adam: optimizer = Adam(parameters: model.parameters, learningRate: learningRate)
        case .sgd(let momentum): optimizer = SGD(parameters: model.parameters, learningRate: learningRate, momentum: momentum)
        }
        bound = (model, optimizer)
        return optimizer
    }
}
