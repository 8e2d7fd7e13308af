import NeuralNetworks

/// An optimiser as cells describe it (`Adam(learningRate: 0.01)`): the library optimiser needs the model's
/// parameters, so it is created for a model on first use and kept, so Adam's moments survive a second `fit`.
final class OptimizerChoice: CellObject, CustomStringConvertible {
    /// Which optimiser, with its own settings.
    enum Kind {
        case adam
        case sgd(momentum: Double)
    }

    let kind: Kind
    let learningRate: Double
    private var bound: (model: Sequential, optimizer: any Optimizer)?

    /// An optimiser of `kind` stepping by `learningRate`.
    init(kind: Kind, learningRate: Double) {
        self.kind = kind
        self.learningRate = learningRate
    }

    /// `Optimizer`.
    static var cellTypeName: String { "Optimizer" }

    /// `Adam(learningRate: 0.01)` or `SGD(learningRate: 0.1, momentum: 0.9)`.
    var description: String {
        switch kind {
        case .adam: return "Adam(learningRate: \(learningRate))"
        case .sgd(let momentum): return "SGD(learningRate: \(learningRate), momentum: \(momentum))"
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
