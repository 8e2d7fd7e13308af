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
    static func install(_ bind: ModuleBinder, messages: CellMessages = CellMessages(languageTag: nil)) {
        bind.constants(Activation.self, doc: "The activation functions of a layer.")
        bind.constants(LossChoice.self, doc: "The losses `fit` and `evaluate` minimise; `.automatic` picks by the output width.")
        registerDatasets(bind)
        addDatasetType(bind)
        registerModels(bind)
        addModelType(bind, messages)
        let optimizer = bind.type(OptimizerChoice.self, doc: "An optimiser for `fit`, made by `Adam(learningRate:)` or `SGD(learningRate:momentum:)`.")
        OptimizerBindings.install(bind, optimizer)
        addResultTypes(bind)
        registerActivations(bind)
    }

    // MARK: Data sets

    private static func registerDatasets(_ bind: ModuleBinder) {
        let seed = Param("seed", default: 0)
        func make(_ name: String, _ count: Int, _ body: () throws -> Dataset) throws -> Dataset {
            try BindingSupport.checkedCount([count, 2], name)
            return try body()
        }
        bind.function("twoMoons", Param("count", default: 400), Param("noise", default: 0.2), seed,
                      doc: "Two interleaving half circles, two classes.") { count, noise, seed in
            try make("twoMoons", count) { try ToyDatasets.twoMoons(count: count, noise: noise, seed: try BindingSupport.seed(seed)) }
        }
        bind.function("circles", Param("count", default: 400), Param("noise", default: 0.1), Param("factor", default: 0.5), seed,
                      doc: "A circle inside another, two classes.") { count, noise, factor, seed in
            try make("circles", count) {
                try ToyDatasets.circles(count: count, noise: noise, factor: factor, seed: try BindingSupport.seed(seed))
            }
        }
        bind.function("xor", Param("count", default: 400), Param("noise", default: 0.3), seed,
                      doc: "Four clusters labelled like exclusive or.") { count, noise, seed in
            try make("xor", count) { try ToyDatasets.xor(count: count, noise: noise, seed: try BindingSupport.seed(seed)) }
        }
        bind.function("spirals", Param("count", default: 300), Param("classes", default: 3), Param("noise", default: 0.2), seed,
                      doc: "Interleaved spiral arms, one class each.") { count, classes, noise, seed in
            try make("spirals", count) {
                try ToyDatasets.spirals(count: count, classes: classes, noise: noise, seed: try BindingSupport.seed(seed))
            }
        }
    }

    /// A data set from rows of features (checked rectangular) and labels.
    private static func dataset(_ rows: [[Double]], _ labels: [Int], _ what: String) throws -> Dataset {
        let rows = try BindingSupport.rectangular(rows, what)
        return try Dataset(features: try Tensor(rows.isEmpty ? [[]] : rows), labels: labels)
    }

    private static func addDatasetType(_ bind: ModuleBinder) {
        let type = bind.type(Dataset.self, doc: "Labelled points: a features tensor and one class label per row.")
        type.initializer(Param<[[Double]]>("features"), Param<[Int]>("labels"), doc: "A data set from rows of features.") {
            try dataset($0, $1, "Dataset")
        }
        type.initializer(Param<Tensor>("features"), Param<[Int]>("labels"), doc: "A data set from a features tensor.") {
            try Dataset(features: $0, labels: $1)
        }
        type.property("x", doc: "The first feature column (for plots).") { $0.column(0) }
        type.property("y", doc: "The second feature column (for plots).") { $0.column(1) }
        type.property("labels", doc: "The class of each point.") { $0.labels }
        type.property("classes", doc: "The class of each point (same as `labels`).") { $0.labels }
        type.property("features", doc: "The features, one row per point.") { $0.features }
        type.property("points", doc: "The features as rows.") { try $0.features.array2D() }
        type.property("count", doc: "The number of points.") { $0.count }
        type.property("classCount", doc: "The number of classes.") { $0.classCount }
        type.method("column", Param<Int>(), doc: "One feature column.") { data, index in
            guard index >= 0, index < data.width else {
                throw NativeError("column: index \(index) is out of range for \(data.width) features")
            }
            return data.column(index)
        }
        type.method("subset", Param<[Int]>(), doc: "The points at the given indices.") { try $0.subset($1) }
    }

    // MARK: Models and training

    private static func registerModels(_ bind: ModuleBinder) {
        bind.function("MLP", Param<[Int]>("sizes"), Param("activation", default: Activation.tanh),
                      Param("output", default: Activation.identity), Param("seed", default: 0),
                      doc: "A multi-layer perceptron of dense layers with the given widths.") { try makeModel($0, $1, $2, $3) }
        bind.function("Adam", Param<Double>("learningRate", default: 0.001), doc: "The Adam optimiser.") {
            OptimizerChoice(kind: .adam, learningRate: try OptimizerBindings.learningRate($0))
        }
        bind.function("SGD", Param<Double>("learningRate", default: 0.01), Param<Double>("momentum", default: 0),
                      doc: "Stochastic gradient descent, with optional momentum.") { rate, momentum in
            guard momentum >= 0, momentum < 1 else { throw NativeError("SGD: momentum must be in [0, 1), got \(momentum)") }
            return OptimizerChoice(kind: .sgd(momentum: momentum), learningRate: try OptimizerBindings.learningRate(rate))
        }
    }


    /// An MLP of `sizes` with the hidden and output activations, its weights bounded before they are allocated.
    private static func makeModel(_ sizes: [Int], _ hidden: Activation, _ output: Activation, _ seed: Int) throws -> Sequential {
        var weights = 0
        for (input, output) in zip(sizes, sizes.dropFirst()) {
            guard input > 0, output > 0 else { throw NativeError("MLP: layer sizes must be positive, got \(sizes)") }
            let (product, overflow) = input.multipliedReportingOverflow(by: output)
            guard !overflow, product <= BindingSupport.maxElements - weights else {
                throw BindingSupport.tooLarge("MLP", "a network of sizes \(sizes)")
            }
            weights += product
        }
        return try Sequential(sizes: sizes, hiddenActivation: hidden, outputActivation: output, seed: try BindingSupport.seed(seed))
    }

    private static func addModelType(_ bind: ModuleBinder, _ messages: CellMessages) {
        let type = bind.type(Sequential.self, doc: "A stack of dense layers (made by `MLP`).")
        LayerParameterBindings.addParameterMembers(type) { $0 }
        type.initializer(Param<[Int]>("sizes"), Param("hiddenActivation", default: Activation.tanh),
                         Param("outputActivation", default: Activation.identity), Param("seed", default: 0),
                         doc: "The same network as `MLP(sizes:activation:output:seed:)`.") { try makeModel($0, $1, $2, $3) }
        type.property("parameterCount", doc: "The number of weights and biases.") { $0.parameterCount }
        let epochs = Param("epochs", default: 100)
        let optimizer = Param("optimizer", default: OptimizerChoice(kind: .adam, learningRate: 0.01))
        let loss = Param("loss", default: LossChoice.automatic), batchSize = Param("batchSize", default: 32)
        let seed = Param("seed", default: 0), every = Param("every", default: 0)
        type.outputMethod("fit", Param<Dataset>(), epochs, optimizer, loss, batchSize, seed, every,
                          doc: "Trains on a data set, printing progress every `every` epochs.") {
            call, model, data, epochs, optimizer, loss, batchSize, seed, every in
            try fit(model, data, Training(epochs: epochs, optimizer: optimizer, loss: loss, batchSize: batchSize, seed: seed,
                                           every: every), call, messages)
        }
        type.outputMethod("fit", Param<[[Double]]>("x"), Param<[Int]>("y"), epochs, optimizer, loss, batchSize, seed, every,
                          doc: "Trains on rows of features and their labels.") {
            call, model, rows, labels, epochs, optimizer, loss, batchSize, seed, every in
            let data = try BindingSupport.guarded { try dataset(rows, labels, "fit") }
            return try fit(model, data, Training(epochs: epochs, optimizer: optimizer, loss: loss, batchSize: batchSize,
                                                 seed: seed, every: every), call, messages)
        }
        addPredictions(type)
        addDecisionGrids(type)
    }

    private static func addPredictions(_ type: TypeBinder<Sequential>) {
        type.method("predict", Param<[[Double]]>(), doc: "The outputs for rows of features.") { model, rows in
            try model.predict(try Tensor(try BindingSupport.rectangular(rows, "predict"))).array2D()
        }
        type.method("predict", Param<Tensor>(), doc: "The outputs for a tensor of features, without recording gradients.") {
            try $0.predict($1)
        }
        type.method("forward", Param<Tensor>(), doc: "The outputs, recording gradients.") { try $0.forward($1) }
        type.method("predictClasses", Param<[[Double]]>(), doc: "The predicted class of each row.") { model, rows in
            try model.predictClasses(try Tensor(try BindingSupport.rectangular(rows, "predictClasses")))
        }
        type.method("accuracy", Param<Dataset>("on"), doc: "The fraction of points classified correctly.") { try $0.accuracy(on: $1) }
        type.method("evaluate", Param<Dataset>(), Param("loss", default: LossChoice.automatic), doc: "The loss on a data set.") {
            model, data, loss in
            try model.evaluate(data, loss: loss.resolved(outputWidth: model.outputWidth))
        }
    }

    private static func addDecisionGrids(_ type: TypeBinder<Sequential>) {
        type.method("decisionGrid", Param<Double>("xMin"), Param<Double>("xMax"), Param<Double>("yMin"), Param<Double>("yMax"),
                    Param("resolution", default: 60), doc: "The model evaluated on a grid over the given rectangle.") {
            try grid($0, x: ($1, $2), y: ($3, $4), resolution: $5)
        }
        type.method("decisionGrid", Param<Dataset>("covering"), Param("margin", default: 0.5), Param("resolution", default: 60),
                    doc: "The model evaluated on a grid covering a data set with a margin.") { model, data, margin, resolution in
            let xs = data.column(0), ys = data.column(1)
            guard let xMin = xs.min(), let xMax = xs.max(), let yMin = ys.min(), let yMax = ys.max() else {
                throw NativeError("decisionGrid: the data set needs two features and at least one point")
            }
            return try grid(model, x: (xMin - margin, xMax + margin), y: (yMin - margin, yMax + margin), resolution: resolution)
        }
    }

    /// The training arguments of `fit`.
    private struct Training {
        let epochs: Int
        let optimizer: OptimizerChoice
        let loss: LossChoice
        let batchSize: Int
        let seed: Int
        let every: Int
    }

    /// Trains `model`, writing a progress line every `every` epochs.
    private static func fit(_ model: Sequential, _ dataset: Dataset, _ training: Training, _ call: NativeCall,
                            _ messages: CellMessages) throws -> TrainingHistory {
        let epochs = training.epochs, every = training.every
        guard epochs >= 0, epochs <= 1_000_000 else { throw NativeError("fit: epochs must be in 0...1000000, got \(epochs)") }
        guard every >= 0 else { throw NativeError("fit: every must not be negative, got \(every)") }
        let optimizer = training.optimizer.optimizer(for: model)
        let loss = training.loss.resolved(outputWidth: model.outputWidth)
        let seed = try BindingSupport.seed(training.seed)
        var failure: Error?
        let history = try BindingSupport.guarded {
            try model.fit(dataset, loss: loss, optimizer: optimizer, epochs: epochs, batchSize: training.batchSize, seed: seed) { summary in
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
        return history
    }

    /// A loss with 4 decimals, for progress lines.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }

    private static func grid(_ model: Sequential, x: (Double, Double), y: (Double, Double), resolution: Int) throws -> DecisionGrid {
        guard x.0.isFinite, x.1.isFinite, y.0.isFinite, y.1.isFinite, x.0 < x.1, y.0 < y.1 else {
            throw NativeError("decisionGrid: need finite ranges with min < max")
        }
        guard model.inputWidth == 2 else { throw NativeError("decisionGrid: the model must take 2 inputs") }
        return try model.decisionGrid(xRange: x.0...x.1, yRange: y.0...y.1, resolution: resolution)
    }

    private static func addResultTypes(_ bind: ModuleBinder) {
        let history = bind.type(TrainingHistory.self, doc: "The loss and accuracy after each epoch of `fit`.")
        for name in ["loss", "losses"] { history.property(name, doc: "The mean loss of each epoch.") { $0.losses } }
        for name in ["accuracy", "accuracies"] {
            history.property(name, doc: "The accuracy after each epoch.") { $0.accuracies }
        }
        history.property("epochs", doc: "1, 2, … (for plots).") { history in (0..<history.losses.count).map { Double($0 + 1) } }
        let grid = bind.type(DecisionGrid.self, doc: "A model evaluated over a grid of points.")
        grid.property("x", doc: "The grid's x coordinates.") { $0.xs }
        grid.property("y", doc: "The grid's y coordinates.") { $0.ys }
        grid.property("classes", doc: "The predicted class at each grid point, one row per y.") { $0.classes }
        grid.property("values", doc: "The model's first output at each grid point, one row per y.") { $0.values }
    }

    // MARK: Activation functions for plots

    private static func registerActivations(_ bind: ModuleBinder) {
        for activation in [Activation.sigmoid, .relu, .gelu] {
            bind.function(activation.rawValue, Param<Double>(), doc: "The \(activation.rawValue) function.") {
                try apply(activation, [$0])[0]
            }
            bind.function(activation.rawValue, Param<[Double]>(), doc: "The \(activation.rawValue) function of each value.") {
                try apply(activation, $0)
            }
        }
        bind.function("activation", Param<Activation>(), Param<[Double]>(), doc: "Any activation on a vector (softmax over all of it).") {
            try apply($0, $1)
        }
    }

    /// `activation` applied to a vector (softmax over the whole vector).
    private static func apply(_ activation: Activation, _ values: [Double]) throws -> [Double] {
        try BindingSupport.checkCount(values.count, activation.rawValue)
        return try BindingSupport.guarded { try activation.forward(Tensor(values)).scalars }
    }
}
