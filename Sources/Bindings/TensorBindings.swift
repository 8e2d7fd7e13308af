import CellLanguage
import SeededRandom
import Tensors

extension Tensor: CellObject {
    /// `Tensor`.
    static var cellTypeName: String { "Tensor" }
}

/// `Tensor` for cells: creation, element-wise maths, reductions, shapes, matrix products and autograd.
///
/// Arithmetic is also spelled as methods: `a.adding(b)`, `a.subtracting(b)`, `a.multiplied(by: b)`,
/// `a.divided(by: b)`, `a.matmul(b)` (each with a tensor or a number). Static factories become global functions:
/// `zeros([2, 3])`, `linspace(from:to:count:)`.
///
/// ```swift
/// let w = Tensor([[0.5], [-0.2]], requiresGrad: true)
/// let loss = x.matmul(w).subtracting(y).squared().mean()
/// loss.backward()
/// print(w.grad!)
/// ```
enum TensorBindings {
    static func install(_ bind: ModuleBinder) {
        registerCreation(bind)
        let type = bind.type(Tensor.self, doc: "An n-dimensional array of Doubles with reverse-mode automatic differentiation.")
        addInitializers(type)
        addProperties(type)
        addElementwise(type)
        addArithmetic(type)
        addReductions(type)
        addShapeOperations(type)
        addAutograd(type)
        TensorOperatorBindings.install(bind, type)
    }

    private static var grad: Param<Bool> { Param("requiresGrad", default: false) }

    // MARK: Creation

    private static func registerCreation(_ bind: ModuleBinder) {
        bind.function("zeros", Param<[Int]>(), grad, doc: "A tensor of zeros of the given shape.") { shape, grad in
            try BindingSupport.checkedCount(shape, "zeros")
            return try Tensor.zeros(shape, requiresGrad: grad)
        }
        bind.function("ones", Param<[Int]>(), grad, doc: "A tensor of ones of the given shape.") { shape, grad in
            try BindingSupport.checkedCount(shape, "ones")
            return try Tensor.ones(shape, requiresGrad: grad)
        }
        bind.function("full", Param<[Int]>(), Param<Double>("value"), grad,
                      doc: "A tensor of the given shape with every element equal to `value`.") { shape, value, grad in
            try BindingSupport.checkedCount(shape, "full")
            return try Tensor.full(shape, value: value, requiresGrad: grad)
        }
        bind.function("eye", Param<Int>(), doc: "The n × n identity matrix.") { n in
            try BindingSupport.checkedCount([n, n], "eye")
            return try Tensor.eye(n)
        }
        bind.function("arange", Param<Double>("from", default: 0), Param<Double>("to"), Param<Double>("step", default: 1),
                      doc: "The values from `from` up to (not including) `to`, `step` apart, as NumPy's arange.") { start, end, step in
            if step != 0, start.isFinite, end.isFinite, step.isFinite {
                let count = ((end - start) / step).rounded(.up)
                guard count <= Double(BindingSupport.maxElements) else {
                    throw BindingSupport.tooLarge("arange", "\(count) elements")
                }
            }
            return try Tensor.arange(from: start, to: end, step: step)
        }
        bind.function("linspace", Param<Double>("from"), Param<Double>("to"), Param("count", default: 50),
                      doc: "`count` evenly spaced values from `from` to `to`, both included.") { start, end, count in
            try BindingSupport.checkCount(count, "linspace")
            return try Tensor.linspace(from: start, to: end, count: count)
        }
        registerRandomTensors(bind)
        bind.function("oneHot", Param<[Int]>(), Param<Int>("classes"),
                      doc: "One row per label with a 1 in the label's column.") { labels, classes in
            try BindingSupport.checkedCount([labels.count, classes], "oneHot")
            return try Tensor.oneHot(labels, classes: classes)
        }
        for (name, doc) in [("concatenate", "The tensors joined along an existing axis."),
                            ("stack", "The tensors (of one shape) stacked along a new axis.")] {
            bind.function(name, Param<[Tensor]>(), Param("axis", default: 0), doc: doc) { tensors, axis in
                let total = tensors.reduce(0) { $0 + $1.count }
                guard total <= BindingSupport.maxElements else { throw BindingSupport.tooLarge(name, "\(total) elements") }
                return name == "stack" ? try Tensor.stack(tensors, axis: axis) : try Tensor.concatenate(tensors, axis: axis)
            }
        }
        bind.function("crossEntropy", Param<Tensor>("logits"), Param<[Int]>("targets"),
                      doc: "The mean cross-entropy of rows of raw scores against target classes.") { logits, targets in
            try Tensor.crossEntropy(logits: logits, targets: targets)
        }
    }

    /// `randomNormal` and `randomUniform`, drawing from a new generator (`seed:`) or a cell's (`using:`).
    private static func registerRandomTensors(_ bind: ModuleBinder) {
        let kinds = [("randomNormal", "mean", "standardDeviation", "Normally distributed values"),
                     ("randomUniform", "low", "high", "Uniformly distributed values")]
        for (name, first, second, what) in kinds {
            let draw = { (shape: [Int], a: Double, b: Double, stream: RandomStream, grad: Bool) throws -> Tensor in
                try BindingSupport.checkedCount(shape, name)
                return name == "randomNormal"
                    ? try Tensor.randomNormal(shape, mean: a, standardDeviation: b, using: &stream.random, requiresGrad: grad)
                    : try Tensor.randomUniform(shape, low: a, high: b, using: &stream.random, requiresGrad: grad)
            }
            bind.function(name, Param<[Int]>(), Param<Double>(first, default: 0), Param<Double>(second, default: 1),
                          Param("seed", default: 0), grad, doc: "\(what) from a new generator seeded with `seed`.") { shape, a, b, seed, grad in
                try draw(shape, a, b, RandomStream(seed: try BindingSupport.seed(seed)), grad)
            }
            bind.function(name, Param<[Int]>(), Param<Double>(first, default: 0), Param<Double>(second, default: 1),
                          Param<RandomStream>("using"), grad, doc: "\(what) drawn from a cell's generator.") { shape, a, b, stream, grad in
                try draw(shape, a, b, stream, grad)
            }
        }
    }

    // MARK: The Tensor type

    private static func addInitializers(_ type: TypeBinder<Tensor>) {
        type.initializer(Param<[Double]>(), grad, doc: "A vector.") { values, grad in
            try BindingSupport.checkCount(values.count, "Tensor")
            return Tensor(values, requiresGrad: grad)
        }
        type.initializer(Param<[[Double]]>(), grad, doc: "A matrix from its rows.") { rows, grad in
            try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, "Tensor")
            return try Tensor(rows, requiresGrad: grad)
        }
        type.initializer(Param<[Int]>(), grad, doc: "A vector from Int literals.") { values, grad in
            try BindingSupport.checkCount(values.count, "Tensor")
            return Tensor(values.map(Double.init), requiresGrad: grad)
        }
        type.initializer(Param<[[Int]]>(), grad, doc: "A matrix from rows of Int literals.") { rows, grad in
            try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, "Tensor")
            return try Tensor(rows.map { $0.map(Double.init) }, requiresGrad: grad)
        }
        type.initializer(Param<[Int]>("shape"), Param<[Double]>("scalars"), grad,
                         doc: "A tensor of any shape from its elements in row-major order.") { shape, scalars, grad in
            try BindingSupport.checkedCount(shape, "Tensor")
            return try Tensor(shape: shape, scalars: scalars, requiresGrad: grad)
        }
        type.initializer(Param<Double>("scalar"), grad, doc: "A rank-0 tensor.") { scalar, grad in
            Tensor(scalar: scalar, requiresGrad: grad)
        }
    }

    private static func addProperties(_ type: TypeBinder<Tensor>) {
        type.property("shape", doc: "The size of each axis.") { $0.shape }
        type.property("count", doc: "The number of elements.") { $0.count }
        type.property("rank", doc: "The number of axes.") { $0.rank }
        type.property("scalars", doc: "The elements in row-major order.") { $0.scalars }
        type.property("rows", doc: "The rows of a 2-D tensor.") { try $0.array2D() }
        type.property("requiresGrad", doc: "Whether operations on the tensor are recorded for `backward()`.") { $0.requiresGrad }
        type.property("grad", changesState: true, doc: "The gradient `backward()` accumulated (nil before), itself: `w.grad! -= g` changes it; "
                      + "`w.grad = nil` clears it, `w.grad = g` makes `g` the gradient.",
                      get: { $0.grad }, set: { try $0.setGrad($1) })
        type.property("shapeDescription", doc: "The shape as text, e.g. `(2, 3)`.") { $0.shapeDescription }
        type.method("toArray", doc: "The elements in row-major order.") { $0.scalars }
        type.method("item", doc: "The only element of a one-element tensor.") { try $0.item() }
        type.method("value", Param<[Int]>("at"), doc: "The element at one index per axis.") { try $0.value(at: $1) }
    }

    private static func addElementwise(_ type: TypeBinder<Tensor>) {
        let unary: [(String, String, (Tensor) -> Tensor)] = [
            ("exp", "e to the power of each element.", { $0.exp() }), ("log", "The natural logarithm of each element.", { $0.log() }),
            ("sqrt", "The square root of each element.", { $0.sqrt() }), ("tanh", "The hyperbolic tangent of each element.", { $0.tanh() }),
            ("sigmoid", "1 / (1 + e^-x) of each element.", { $0.sigmoid() }), ("relu", "max(0, x) of each element.", { $0.relu() }),
            ("gelu", "The exact GELU x·Φ(x) of each element (PyTorch's default `gelu`, not the tanh approximation).", { $0.gelu() }),
            ("abs", "The absolute value of each element.", { $0.abs() }), ("squared", "Each element squared.", { $0.squared() }),
            ("negated", "Each element with its sign changed.", { -$0 }),
            ("transposed", "The matrix transpose (the last two axes swapped).", { $0.transposed() }),
            ("detached", "The same values, not recorded for gradients.", { $0.detached() }),
        ]
        for (name, doc, operation) in unary {
            type.method(name, doc: doc) { operation($0) }
        }
        type.method("pow", Param<Double>(), doc: "Each element to the given power.") { $0.pow($1) }
        type.method("clamped", Param<Double>("min"), Param<Double>("max"), doc: "Each element limited to min...max.") { tensor, lower, upper in
            guard lower <= upper else { throw NativeError("clamped: min \(lower) is above max \(upper)") }
            return tensor.clamped(min: lower, max: upper)
        }
        type.method("softmax", Param("axis", default: -1), doc: "The softmax along an axis.") { try $0.softmax(axis: $1) }
        type.method("logSoftmax", Param("axis", default: -1), doc: "The log of the softmax along an axis, computed stably.") {
            try $0.logSoftmax(axis: $1)
        }
        type.method("layerNorm", Param<Tensor>("gamma"), Param<Tensor>("beta"), Param("epsilon", default: 1e-5),
                    doc: "Normalizes the last axis to mean 0 and variance 1, then scales by gamma and shifts by beta.") {
            try $0.layerNorm(gamma: $1, beta: $2, epsilon: $3)
        }
    }

    /// Refuses a broadcast of `a` with `b` beyond the element limit (an upper bound when the shapes do not broadcast).
    private static func checkBroadcast(_ a: [Int], _ b: [Int], _ operation: String) throws {
        let rank = max(a.count, b.count)
        let padded = { (shape: [Int]) in [Int](repeating: 1, count: rank - shape.count) + shape }
        try BindingSupport.checkedCount(zip(padded(a), padded(b)).map { max($0, $1) }, operation)
    }

    private static func addArithmetic(_ type: TypeBinder<Tensor>) {
        let operations: [(String, String?, String, (Tensor, Tensor) throws -> Tensor, (Tensor, Double) -> Tensor)] = [
            ("adding", nil, "The element-wise sum", { try $0 + $1 }, { $0 + $1 }),
            ("subtracting", nil, "The element-wise difference", { try $0 - $1 }, { $0 - $1 }),
            ("multiplied", "by", "The element-wise product", { try $0 * $1 }, { $0 * $1 }),
            ("divided", "by", "The element-wise quotient", { try $0 / $1 }, { $0 / $1 }),
        ]
        for (name, label, doc, withTensor, withNumber) in operations {
            type.method(name, Param<Tensor>(label), doc: "\(doc), broadcasting the shapes.") { a, b in
                try checkBroadcast(a.shape, b.shape, name)
                return try withTensor(a, b)
            }
            type.method(name, Param<Double>(label), doc: "\(doc) with a number.") { withNumber($0, $1) }
        }
        type.method("matmul", Param<Tensor>(), doc: "The matrix product (batched over leading axes).") { a, b in
            if a.rank >= 2, b.rank >= 2 {
                let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1], n = b.shape[b.rank - 1]
                let batch = max(a.count / max(m * k, 1), b.count / max(k * b.shape[b.rank - 2], 1))
                try BindingSupport.checkedCount([batch, m, n], "matmul")
            }
            return try a.matmul(b)
        }
    }

    private static func addReductions(_ type: TypeBinder<Tensor>) {
        let byAxis: [(String, String, (Tensor, Int, Bool) throws -> Tensor)] = [
            ("sum", "The sum along an axis.", { try $0.sum(axis: $1, keepDims: $2) }),
            ("mean", "The mean along an axis.", { try $0.mean(axis: $1, keepDims: $2) }),
            ("max", "The maximum along an axis.", { try $0.max(axis: $1, keepDims: $2) }),
            ("min", "The minimum along an axis.", { try $0.min(axis: $1, keepDims: $2) }),
            ("variance", "The population variance along an axis.", { try $0.variance(axis: $1, keepDims: $2) }),
            ("argmax", "The index of the maximum along an axis.", { try $0.argmax(axis: $1, keepDims: $2) }),
        ]
        for (name, doc, operation) in byAxis {
            type.method(name, Param<Int>("axis"), Param("keepDims", default: false), doc: doc) { try operation($0, $1, $2) }
        }
        type.method("sum", doc: "The sum of all elements (rank 0).") { $0.sum() }
        type.method("mean", doc: "The mean of all elements (rank 0).") { $0.mean() }
        type.method("max", doc: "The largest element (rank 0).") { try $0.max() }
        type.method("argmax", doc: "The flat index of the largest element.") { tensor -> Int in
            guard let index = tensor.argmax() else { throw NativeError("argmax: the tensor is empty") }
            return index
        }
    }

    private static func addShapeOperations(_ type: TypeBinder<Tensor>) {
        type.method("reshaped", Param<[Int]>(), doc: "The same elements in a new shape (one -1 is inferred).") { try $0.reshaped($1) }
        type.method("permuted", Param<[Int]>(), doc: "The axes in a new order.") { try $0.permuted($1) }
        type.method("transposed", Param<Int>(), Param<Int>(), doc: "Two axes swapped.") { try $0.transposed($1, $2) }
        type.method("slice", Param<Range<Int>>(), Param("axis", default: 0), doc: "The elements at a range of indices along an axis.") {
            try $0.slice($1, axis: $2)
        }
        type.method("row", Param<Int>(), doc: "The sub-tensor at an index of the first axis.") { try $0[$1] }
        type.method("rows", Param<[Int]>("at"), doc: "The sub-tensors at the given indices of the first axis (repeats allowed).") {
            tensor, indices in
            let width = tensor.rank > 0 ? tensor.count / max(tensor.shape[0], 1) : 1
            try BindingSupport.checkedCount([indices.count, width], "rows(at:)")
            return try tensor.rows(at: indices)
        }
    }

    private static func addAutograd(_ type: TypeBinder<Tensor>) {
        type.action("backward", doc: "Accumulates the gradient of this scalar into every tensor it was computed from.") {
            try $0.backward()
        }
        type.action("backward", Param<Tensor>("gradient"), doc: "Back-propagates a given gradient of this tensor.") {
            try $0.backward(gradient: $1)
        }
        // Refused on a copy or a new tensor (`x[0].zeroGrad()`): PyTorch changes `requires_grad` of leaf tensors only.
        type.action("zeroGrad", changesState: true, doc: "Clears the accumulated gradient.") { $0.zeroGrad() }
        type.action("setRequiresGrad", Param<Bool>(), changesState: true, doc: "Starts or stops recording operations for gradients.") {
            $0.requiresGrad = $1
        }
        type.action("assign", Param<[Double]>(), changesReceiver: true, doc: "Replaces the elements in place (same count).") { try $0.assign($1) }
    }
}
