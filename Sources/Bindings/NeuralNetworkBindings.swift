import CellLanguage
import NeuralNetworks
import Tensors

/// Toy data sets, multi-layer perceptrons, optimisers, training with printed progress and decision grids.
///
/// ```swift
/// let data = twoMoons(count: 200, noise: 0.2, seed: 1)
/// let model = MLP(sizes: [2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 0)
/// let history = model.fit(data, epochs: 100, optimizer: Adam(learningRate: 0.01), loss: .binaryCrossEntropy, every: 25)
/// let grid = model.decisionGrid(covering: data)
/// fig.decisionRegions(x: grid.x, y: grid.y, classes: grid.classes)
/// ```
enum NeuralNetworkBindings {
    static let model = CType.native("Sequential")

    /// A labelled data set.
    final class DatasetBox: CustomStringConvertible {
        let dataset: Dataset
        init(_ dataset: Dataset) { self.dataset = dataset }
        var description: String {
            "Dataset(\(dataset.count) points, \(dataset.features.shape.last ?? 0) features, \(dataset.classCount) classes)"
        }
        /// Column `index` of the features (empty when there is no such column).
        func column(_ index: Int) -> [Double] {
            let width = dataset.features.shape.last ?? 0
            guard index < width else { return [] }
            return (0..<dataset.count).map { dataset.features.scalars[$0 * width + index] }
        }
    }

    /// A model (a `Sequential` of dense layers).
    final class ModelBox: CustomStringConvertible {
        let model: Sequential
        init(_ model: Sequential) { self.model = model }
        var description: String {
            let sizes = model.layers.compactMap { $0 as? Dense }
            let widths = (sizes.first.map { [$0.inputSize] } ?? []) + sizes.map(\.outputSize)
            return "Sequential(\(widths.map(String.init).joined(separator: " → ")), \(model.parameterCount) parameters)"
        }
        var outputWidth: Int { (model.layers.last { $0 is Dense } as? Dense)?.outputSize ?? 1 }
    }

    /// An optimiser as cells describe it; the library optimiser is created for a model on first use.
    final class OptimizerBox: CustomStringConvertible {
        enum Kind { case adam, sgd(momentum: Double) }
        let kind: Kind
        let learningRate: Double
        private var bound: (model: Sequential, optimizer: any Optimizer)?
        init(kind: Kind, learningRate: Double) {
            self.kind = kind
            self.learningRate = learningRate
        }
        var description: String {
            switch kind {
            case .adam: return "Adam(learningRate: \(learningRate))"
            case .sgd(let momentum): return "SGD(learningRate: \(learningRate), momentum: \(momentum))"
            }
        }
        /// The optimiser for `model`, kept across calls so Adam's moments survive a second `fit`.
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

    /// Loss and accuracy per epoch.
    final class HistoryBox: CustomStringConvertible {
        let history: TrainingHistory
        init(_ history: TrainingHistory) { self.history = history }
        var description: String {
            let last = history.losses.last.map { ", final loss \($0)" } ?? ""
            return "TrainingHistory(\(history.losses.count) epochs\(last))"
        }
    }

    /// A model evaluated over a grid of points.
    final class GridBox: CustomStringConvertible {
        let grid: DecisionGrid
        init(_ grid: DecisionGrid) { self.grid = grid }
        var description: String { "DecisionGrid(\(grid.xs.count) × \(grid.ys.count))" }
    }

    static func install(in interpreter: Interpreter, messages: CellMessages = CellMessages(languageTag: nil)) {
        interpreter.registerConstants("Activation", cases: Activation.allCases.map(\.rawValue))
        interpreter.registerConstants("Loss", cases: ["automatic"] + Loss.allCases.map(\.rawValue))
        interpreter.register(datasetType())
        interpreter.register(modelType(messages))
        interpreter.register(OptimizerBindings.optimizerType())
        interpreter.register(historyType())
        interpreter.register(gridType())
        registerDatasets(in: interpreter)
        registerModels(in: interpreter)
        registerActivations(in: interpreter)
    }

    // MARK: Data sets

    private static func registerDatasets(in interpreter: Interpreter) {
        let makers: [(String, [NativeParameter], (NativeCall, UInt32) throws -> Dataset)] = [
            ("twoMoons", [NativeParameter("noise", .double, default: .double(0.2))],
             { call, seed in try ToyDatasets.twoMoons(count: try call.int(0), noise: try call.double(1), seed: seed) }),
            ("circles", [NativeParameter("noise", .double, default: .double(0.1)), NativeParameter("factor", .double, default: .double(0.5))],
             { call, seed in
                 try ToyDatasets.circles(count: try call.int(0), noise: try call.double(1), factor: try call.double(2), seed: seed)
             }),
            ("xor", [NativeParameter("noise", .double, default: .double(0.3))],
             { call, seed in try ToyDatasets.xor(count: try call.int(0), noise: try call.double(1), seed: seed) }),
            ("spirals", [NativeParameter("classes", .int, default: .int(3)), NativeParameter("noise", .double, default: .double(0.2))],
             { call, seed in
                 try ToyDatasets.spirals(count: try call.int(0), classes: try call.int(1), noise: try call.double(2), seed: seed)
             }),
        ]
        for (name, extra, make) in makers {
            let parameters = [NativeParameter("count", .int, default: .int(name == "spirals" ? 300 : 400))] + extra
                + [NativeParameter("seed", .int, default: .int(0))]
            interpreter.register(NativeFunction(name, parameters: parameters, returns: .native("Dataset")) { call in
                let count = try call.int(0)
                try BindingSupport.checkedCount([count, 2], name)
                let seed = try BindingSupport.seed(try call.int(parameters.count - 1))
                return .native(DatasetBox(try BindingSupport.guarded { try make(call, seed) }))
            })
        }
    }

    private static func datasetType() -> NativeType {
        let type = NativeType(name: "Dataset")
        type.addInitializer(parameters: [NativeParameter("features", .array(.array(.double))), NativeParameter("labels", .array(.int))]) { call in
            let rows = try BindingSupport.rectangular(try call.doubleMatrix(0), "Dataset")
            let labels = try call.ints(1)
            return .native(DatasetBox(try BindingSupport.guarded {
                try Dataset(features: try Tensor(rows.isEmpty ? [[]] : rows), labels: labels)
            }))
        }
        type.addInitializer(parameters: [NativeParameter("features", TensorBindings.tensor), NativeParameter("labels", .array(.int))]) { call in
            let features = try TensorBindings.argument(call, 0), labels = try call.ints(1)
            return .native(DatasetBox(try BindingSupport.guarded { try Dataset(features: features, labels: labels) }))
        }
        func box(_ object: AnyObject) throws -> DatasetBox {
            guard let box = object as? DatasetBox else { throw NativeError("internal error: not a Dataset") }
            return box
        }
        type.addProperty("x", type: .array(.double)) { .doubles(try box($0).column(0)) }
        type.addProperty("y", type: .array(.double)) { .doubles(try box($0).column(1)) }
        type.addProperty("labels", type: .array(.int)) { .ints(try box($0).dataset.labels) }
        type.addProperty("classes", type: .array(.int)) { .ints(try box($0).dataset.labels) }
        type.addProperty("features", type: TensorBindings.tensor) { .native(try box($0).dataset.features) }
        type.addProperty("points", type: .array(.array(.double))) { object in
            .doubleMatrix(try BindingSupport.guarded { try box(object).dataset.features.array2D() })
        }
        type.addProperty("count", type: .int) { .int(try box($0).dataset.count) }
        type.addProperty("classCount", type: .int) { .int(try box($0).dataset.classCount) }
        type.addMethod("column", parameters: [NativeParameter(nil, .int)], returns: .array(.double)) { call in
            let index = try call.int(0), data = try call.receiver(as: DatasetBox.self)
            guard index >= 0, index < (data.dataset.features.shape.last ?? 0) else {
                throw NativeError("column: index \(index) is out of range for \(data.dataset.features.shape.last ?? 0) features")
            }
            return .doubles(data.column(index))
        }
        type.addMethod("subset", parameters: [NativeParameter(nil, .array(.int))], returns: .native("Dataset")) { call in
            let indices = try call.ints(0), data = try call.receiver(as: DatasetBox.self)
            return .native(DatasetBox(try BindingSupport.guarded { try data.dataset.subset(indices) }))
        }
        return type
    }

    // MARK: Models and training

    private static func registerModels(in interpreter: Interpreter) {
        interpreter.register(NativeFunction("MLP", parameters: [
            NativeParameter("sizes", .array(.int)),
            NativeParameter("activation", .constants("Activation"), default: .constant("Activation", "tanh")),
            NativeParameter("output", .constants("Activation"), default: .constant("Activation", "identity")),
            NativeParameter("seed", .int, default: .int(0)),
        ], returns: model) { call in try makeModel(call) })
        interpreter.register(NativeFunction("Adam", parameters: [
            NativeParameter("learningRate", .double, default: .double(0.001)),
        ], returns: .native("Optimizer")) { call in
            .native(OptimizerBox(kind: .adam, learningRate: try learningRate(call.double(0))))
        })
        interpreter.register(NativeFunction("SGD", parameters: [
            NativeParameter("learningRate", .double, default: .double(0.01)), NativeParameter("momentum", .double, default: .double(0)),
        ], returns: .native("Optimizer")) { call in
            let momentum = try call.double(1)
            guard momentum >= 0, momentum < 1 else { throw NativeError("SGD: momentum must be in [0, 1), got \(momentum)") }
            return .native(OptimizerBox(kind: .sgd(momentum: momentum), learningRate: try learningRate(call.double(0))))
        })
    }

    private static func learningRate(_ value: Double) throws -> Double {
        guard value > 0, value.isFinite else { throw NativeError("the learning rate must be positive, got \(value)") }
        return value
    }

    /// Builds an MLP from `sizes`, the hidden and output activations and a seed (arguments 0...3).
    private static func makeModel(_ call: NativeCall) throws -> Value {
        let sizes = try call.ints(0)
        var weights = 0
        for (input, output) in zip(sizes, sizes.dropFirst()) {
            guard input > 0, output > 0 else { throw NativeError("MLP: layer sizes must be positive, got \(sizes)") }
            let (product, overflow) = input.multipliedReportingOverflow(by: output)
            guard !overflow, product <= BindingSupport.maxElements - weights else {
                throw BindingSupport.tooLarge("MLP", "a network of sizes \(sizes)")
            }
            weights += product
        }
        let hidden = Activation(rawValue: try call.constant(1)) ?? .tanh
        let output = Activation(rawValue: try call.constant(2)) ?? .identity
        let seed = try BindingSupport.seed(try call.int(3))
        return .native(ModelBox(try BindingSupport.guarded {
            try Sequential(sizes: sizes, hiddenActivation: hidden, outputActivation: output, seed: seed)
        }))
    }

    private static func modelType(_ messages: CellMessages) -> NativeType {
        let type = NativeType(name: "Sequential")
        type.addInitializer(parameters: [
            NativeParameter("sizes", .array(.int)),
            NativeParameter("hiddenActivation", .constants("Activation"), default: .constant("Activation", "tanh")),
            NativeParameter("outputActivation", .constants("Activation"), default: .constant("Activation", "identity")),
            NativeParameter("seed", .int, default: .int(0)),
        ]) { call in try makeModel(call) }
        func box(_ call: NativeCall) throws -> ModelBox { try call.receiver(as: ModelBox.self) }
        LayerParameterBindings.addParameterMembers(to: type)
        type.addProperty("parameterCount", type: .int) { .int(($0 as? ModelBox)?.model.parameterCount ?? 0) }
        type.addProperty("parameters", type: .array(TensorBindings.tensor)) { object in
            .array(((object as? ModelBox)?.model.parameters ?? []).map { .native($0) })
        }
        let training = [
            NativeParameter("epochs", .int, default: .int(100)),
            NativeParameter("optimizer", .native("Optimizer"), default: .native(OptimizerBox(kind: .adam, learningRate: 0.01))),
            NativeParameter("loss", .constants("Loss"), default: .constant("Loss", "automatic")),
            NativeParameter("batchSize", .int, default: .int(32)),
            NativeParameter("seed", .int, default: .int(0)),
            NativeParameter("every", .int, default: .int(0)),
        ]
        type.addMethod("fit", parameters: [NativeParameter(nil, .native("Dataset"))] + training,
                       returns: .native("TrainingHistory")) { call in
            try fit(try box(call), try call.object(0, as: DatasetBox.self).dataset, call, from: 1, messages)
        }
        type.addMethod("fit", parameters: [NativeParameter("x", .array(.array(.double))), NativeParameter("y", .array(.int))] + training,
                       returns: .native("TrainingHistory")) { call in
            let rows = try BindingSupport.rectangular(try call.doubleMatrix(0), "fit")
            let labels = try call.ints(1)
            let dataset = try BindingSupport.guarded { try Dataset(features: try Tensor(rows.isEmpty ? [[]] : rows), labels: labels) }
            return try fit(try box(call), dataset, call, from: 2, messages)
        }
        type.addMethod("predict", parameters: [NativeParameter(nil, .array(.array(.double)))], returns: .array(.array(.double))) { call in
            let rows = try BindingSupport.rectangular(try call.doubleMatrix(0), "predict")
            let model = try box(call).model
            return .doubleMatrix(try BindingSupport.guarded { try model.predict(try Tensor(rows)).array2D() })
        }
        type.addMethod("predict", parameters: [NativeParameter(nil, TensorBindings.tensor)], returns: TensorBindings.tensor) { call in
            let input = try TensorBindings.argument(call, 0), model = try box(call).model
            return try TensorBindings.result { try model.predict(input) }
        }
        type.addMethod("forward", parameters: [NativeParameter(nil, TensorBindings.tensor)], returns: TensorBindings.tensor) { call in
            let input = try TensorBindings.argument(call, 0), model = try box(call).model
            return try TensorBindings.result { try model.forward(input) }
        }
        type.addMethod("predictClasses", parameters: [NativeParameter(nil, .array(.array(.double)))], returns: .array(.int)) { call in
            let rows = try BindingSupport.rectangular(try call.doubleMatrix(0), "predictClasses")
            let model = try box(call).model
            return .ints(try BindingSupport.guarded { try model.predictClasses(try Tensor(rows)) })
        }
        type.addMethod("accuracy", parameters: [NativeParameter("on", .native("Dataset"))], returns: .double) { call in
            let data = try call.object(0, as: DatasetBox.self).dataset, model = try box(call).model
            return .double(try BindingSupport.guarded { try model.accuracy(on: data) })
        }
        type.addMethod("evaluate", parameters: [
            NativeParameter(nil, .native("Dataset")), NativeParameter("loss", .constants("Loss"), default: .constant("Loss", "automatic")),
        ], returns: .double) { call in
            let data = try call.object(0, as: DatasetBox.self).dataset, model = try box(call)
            let loss = resolveLoss(try call.constant(1), model)
            return .double(try BindingSupport.guarded { try model.model.evaluate(data, loss: loss) })
        }
        type.addMethod("decisionGrid", parameters: [
            NativeParameter("xMin", .double), NativeParameter("xMax", .double), NativeParameter("yMin", .double),
            NativeParameter("yMax", .double), NativeParameter("resolution", .int, default: .int(60)),
        ], returns: .native("DecisionGrid")) { call in
            try grid(try box(call).model, x: (try call.double(0), try call.double(1)), y: (try call.double(2), try call.double(3)),
                     resolution: try call.int(4))
        }
        type.addMethod("decisionGrid", parameters: [
            NativeParameter("covering", .native("Dataset")), NativeParameter("margin", .double, default: .double(0.5)),
            NativeParameter("resolution", .int, default: .int(60)),
        ], returns: .native("DecisionGrid")) { call in
            let data = try call.object(0, as: DatasetBox.self), margin = try call.double(1)
            let xs = data.column(0), ys = data.column(1)
            guard let xMin = xs.min(), let xMax = xs.max(), let yMin = ys.min(), let yMax = ys.max() else {
                throw NativeError("decisionGrid: the data set needs two features and at least one point")
            }
            return try grid(try box(call).model, x: (xMin - margin, xMax + margin), y: (yMin - margin, yMax + margin),
                            resolution: try call.int(2))
        }
        return type
    }

    /// `.automatic` is binary cross-entropy for one output and categorical cross-entropy for several.
    private static func resolveLoss(_ name: String, _ model: ModelBox) -> Loss {
        Loss(rawValue: name) ?? (model.outputWidth == 1 ? .binaryCrossEntropy : .categoricalCrossEntropy)
    }

    /// Trains with the arguments starting at `first` (epochs, optimizer, loss, batchSize, seed, every), writing a
    /// progress line every `every` epochs.
    private static func fit(_ box: ModelBox, _ dataset: Dataset, _ call: NativeCall, from first: Int,
                            _ messages: CellMessages) throws -> Value {
        let epochs = try call.int(first), every = try call.int(first + 5)
        guard epochs >= 0, epochs <= 1_000_000 else { throw NativeError("fit: epochs must be in 0...1000000, got \(epochs)") }
        guard every >= 0 else { throw NativeError("fit: every must not be negative, got \(every)") }
        let optimizer = try call.object(first + 1, as: OptimizerBox.self).optimizer(for: box.model)
        let loss = resolveLoss(try call.constant(first + 2), box)
        let batchSize = try call.int(first + 3), seed = try BindingSupport.seed(try call.int(first + 4))
        var failure: Error?
        let history = try BindingSupport.guarded {
            try box.model.fit(dataset, loss: loss, optimizer: optimizer, epochs: epochs, batchSize: batchSize, seed: seed) { summary in
                do {
                    try TrainingGuard.check(loss: summary.loss, step: summary.epoch, of: epochs, unit: "epoch", call)
                    if every > 0, summary.epoch % every == 0 || summary.epoch == epochs {
                        let accuracy = (summary.accuracy * 1000).rounded() / 10
                        try call.write(messages.epoch(summary.epoch, of: epochs, loss: format(summary.loss), accuracy: accuracy))
                    }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        }
        if let failure { throw failure }
        return .native(HistoryBox(history))
    }

    /// A loss with 4 decimals, for progress lines.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }

    private static func grid(_ model: Sequential, x: (Double, Double), y: (Double, Double), resolution: Int) throws -> Value {
        guard x.0.isFinite, x.1.isFinite, y.0.isFinite, y.1.isFinite, x.0 < x.1, y.0 < y.1 else {
            throw NativeError("decisionGrid: need finite ranges with min < max")
        }
        guard let input = (model.layers.first { $0 is Dense } as? Dense)?.inputSize, input == 2 else {
            throw NativeError("decisionGrid: the model must take 2 inputs")
        }
        return .native(GridBox(try BindingSupport.guarded {
            try model.decisionGrid(xRange: x.0...x.1, yRange: y.0...y.1, resolution: resolution)
        }))
    }

    private static func historyType() -> NativeType {
        let type = NativeType(name: "TrainingHistory")
        func history(_ object: AnyObject) -> TrainingHistory { (object as? HistoryBox)?.history ?? TrainingHistory() }
        for name in ["loss", "losses"] { type.addProperty(name, type: .array(.double)) { .doubles(history($0).losses) } }
        for name in ["accuracy", "accuracies"] { type.addProperty(name, type: .array(.double)) { .doubles(history($0).accuracies) } }
        type.addProperty("epochs", type: .array(.double)) { .doubles((0..<history($0).losses.count).map { Double($0 + 1) }) }
        return type
    }

    private static func gridType() -> NativeType {
        let type = NativeType(name: "DecisionGrid")
        func grid(_ object: AnyObject) throws -> DecisionGrid {
            guard let box = object as? GridBox else { throw NativeError("internal error: not a DecisionGrid") }
            return box.grid
        }
        type.addProperty("x", type: .array(.double)) { .doubles(try grid($0).xs) }
        type.addProperty("y", type: .array(.double)) { .doubles(try grid($0).ys) }
        type.addProperty("classes", type: .array(.array(.int))) { .array(try grid($0).classes.map { .ints($0) }) }
        type.addProperty("values", type: .array(.array(.double))) { .doubleMatrix(try grid($0).values) }
        return type
    }

    // MARK: Activation functions for plots

    private static func registerActivations(in interpreter: Interpreter) {
        for activation in [Activation.sigmoid, .relu, .gelu] {
            interpreter.register(NativeFunction(activation.rawValue, parameters: [NativeParameter(nil, .double)], returns: .double) { call in
                .double(try apply(activation, [try call.double(0)])[0])
            })
            interpreter.register(NativeFunction(activation.rawValue, parameters: [NativeParameter(nil, .array(.double))],
                                                returns: .array(.double)) { call in
                .doubles(try apply(activation, try call.doubles(0)))
            })
        }
        interpreter.register(NativeFunction("activation", parameters: [
            NativeParameter(nil, .constants("Activation")), NativeParameter(nil, .array(.double)),
        ], returns: .array(.double)) { call in
            .doubles(try apply(Activation(rawValue: try call.constant(0)) ?? .identity, try call.doubles(1)))
        })
    }

    /// `activation` applied to a vector (softmax over the whole vector).
    private static func apply(_ activation: Activation, _ values: [Double]) throws -> [Double] {
        try BindingSupport.checkCount(values.count, activation.rawValue)
        return try BindingSupport.guarded { try activation.forward(Tensor(values)).scalars }
    }
}
