import NeuralNetworks
import Tensors

extension Activation: CellConstant {
    /// `Activation`.
    static var cellTypeName: String { "Activation" }
}

/// The `loss:` argument of `fit` and `evaluate`: a library loss, or `.automatic` (binary cross-entropy for one
/// output, categorical cross-entropy for several).
struct LossChoice: CellConstant {
    let rawValue: String

    /// The choice named `rawValue` (`automatic` or a library loss).
    init?(rawValue: String) {
        guard rawValue == "automatic" || Loss(rawValue: rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    /// `.automatic` first, then the library's losses.
    static var allCases: [LossChoice] {
        (["automatic"] + Loss.allCases.map(\.rawValue)).compactMap(LossChoice.init(rawValue:))
    }

    /// `Loss`.
    static var cellTypeName: String { "Loss" }

    /// The loss for a model with `outputWidth` outputs.
    func resolved(outputWidth: Int) -> Loss {
        Loss(rawValue: rawValue) ?? (outputWidth == 1 ? .binaryCrossEntropy : .categoricalCrossEntropy)
    }
}

extension Dataset: SharedValue {
    /// `Dataset`.
    static var cellTypeName: String { "Dataset" }

    /// `Dataset(200 points, 2 features, 2 classes)`.
    var cellDescription: String {
        "Dataset(\(count) points, \(features.shape.last ?? 0) features, \(classCount) classes)"
    }

    /// The number of feature columns.
    var width: Int { features.shape.last ?? 0 }

    /// Column `index` of the features (empty when there is no such column).
    func column(_ index: Int) -> [Double] {
        guard index < width else { return [] }
        return (0..<count).map { features.scalars[$0 * width + index] }
    }
}

extension Sequential: SharedValue {
    /// `Sequential`.
    static var cellTypeName: String { "Sequential" }

    /// `Sequential(2 → 16 → 1, 321 parameters)`.
    var cellDescription: String {
        let dense = layers.compactMap { $0 as? Dense }
        let widths = (dense.first.map { [$0.inputSize] } ?? []) + dense.map(\.outputSize)
        return "Sequential(\(widths.map(String.init).joined(separator: " → ")), \(parameterCount) parameters)"
    }

    /// The width of the last dense layer.
    var outputWidth: Int { (layers.last { $0 is Dense } as? Dense)?.outputSize ?? 1 }

    /// The width of the first dense layer's input, if any.
    var inputWidth: Int? { (layers.first { $0 is Dense } as? Dense)?.inputSize }
}

extension TrainingHistory: SharedValue {
    /// `TrainingHistory`.
    static var cellTypeName: String { "TrainingHistory" }

    /// `TrainingHistory(100 epochs, final loss 0.12)`.
    var cellDescription: String {
        let last = losses.last.map { ", final loss \($0)" } ?? ""
        return "TrainingHistory(\(losses.count) epochs\(last))"
    }
}

extension DecisionGrid: SharedValue {
    /// `DecisionGrid`.
    static var cellTypeName: String { "DecisionGrid" }

    /// `DecisionGrid(60 × 60)`.
    var cellDescription: String { "DecisionGrid(\(xs.count) × \(ys.count))" }
}

extension LossChoice {
    /// `.automatic`.
    static let automatic = LossChoice(rawValue: "automatic")!
}
