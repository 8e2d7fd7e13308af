import CellLanguage
import SeededRandom
import Tensors

/// `Tensor` for cells: creation, element-wise maths, reductions, shapes, matrix products and autograd.
///
/// The interpreter has no operators on native types, so arithmetic is spelled as methods:
/// `a.adding(b)`, `a.subtracting(b)`, `a.multiplied(by: b)`, `a.divided(by: b)`, `a.matmul(b)` (each with a
/// tensor or a number). Static factories become global functions: `zeros([2, 3])`, `linspace(from:to:count:)`.
///
/// ```swift
/// let w = Tensor([[0.5], [-0.2]], requiresGrad: true)
/// let loss = x.matmul(w).subtracting(y).squared().mean()
/// loss.backward()
/// print(w.grad!)
/// ```
enum TensorBindings {
    static let tensor = CType.native("Tensor")

    static func install(in interpreter: Interpreter) {
        interpreter.register(tensorType())
        registerCreation(in: interpreter)
    }

    /// The tensor argument at `index`.
    static func argument(_ call: NativeCall, _ index: Int) throws -> Tensor {
        try call.object(index, as: Tensor.self)
    }

    /// Runs a tensor-valued library call and wraps the result.
    static func result(_ body: () throws -> Tensor) throws -> Value {
        .native(try BindingSupport.guarded(body))
    }

    // MARK: Creation

    private static func registerCreation(in interpreter: Interpreter) {
        let grad = NativeParameter("requiresGrad", .bool, default: .bool(false))
        interpreter.register(NativeFunction("zeros", parameters: [NativeParameter(nil, .array(.int)), grad],
                                            returns: tensor) { call in
            let shape = try call.ints(0)
            try BindingSupport.checkedCount(shape, "zeros")
            return try result { try Tensor.zeros(shape, requiresGrad: try call.bool(1)) }
        })
        interpreter.register(NativeFunction("ones", parameters: [NativeParameter(nil, .array(.int)), grad],
                                            returns: tensor) { call in
            let shape = try call.ints(0)
            try BindingSupport.checkedCount(shape, "ones")
            return try result { try Tensor.ones(shape, requiresGrad: try call.bool(1)) }
        })
        interpreter.register(NativeFunction("full", parameters: [
            NativeParameter(nil, .array(.int)), NativeParameter("value", .double), grad,
        ], returns: tensor) { call in
            let shape = try call.ints(0)
            try BindingSupport.checkedCount(shape, "full")
            return try result { try Tensor.full(shape, value: try call.double(1), requiresGrad: try call.bool(2)) }
        })
        interpreter.register(NativeFunction("eye", parameters: [NativeParameter(nil, .int)], returns: tensor) { call in
            let n = try call.int(0)
            try BindingSupport.checkedCount([n, n], "eye")
            return try result { try Tensor.eye(n) }
        })
        interpreter.register(NativeFunction("arange", parameters: [
            NativeParameter("from", .double, default: .double(0)), NativeParameter("to", .double),
            NativeParameter("step", .double, default: .double(1)),
        ], returns: tensor) { call in
            let start = try call.double(0), end = try call.double(1), step = try call.double(2)
            if step != 0, start.isFinite, end.isFinite, step.isFinite {
                let count = ((end - start) / step).rounded(.up)
                guard count <= Double(BindingSupport.maxElements) else {
                    throw BindingSupport.tooLarge("arange", "\(count) elements")
                }
            }
            return try result { try Tensor.arange(from: start, to: end, step: step) }
        })
        interpreter.register(NativeFunction("linspace", parameters: [
            NativeParameter("from", .double), NativeParameter("to", .double), NativeParameter("count", .int, default: .int(50)),
        ], returns: tensor) { call in
            let count = try call.int(2)
            try BindingSupport.checkCount(count, "linspace")
            return try result { try Tensor.linspace(from: try call.double(0), to: try call.double(1), count: count) }
        })
        for (name, first, second) in [("randomNormal", "mean", "standardDeviation"), ("randomUniform", "low", "high")] {
            for source in ["seed", "using"] {
                interpreter.register(NativeFunction(name, parameters: [
                    NativeParameter(nil, .array(.int)),
                    NativeParameter(first, .double, default: .double(0)),
                    NativeParameter(second, .double, default: .double(1)),
                    source == "seed" ? NativeParameter("seed", .int, default: .int(0))
                        : NativeParameter("using", .native("Random")),
                    grad,
                ], returns: tensor) { call in
                    let shape = try call.ints(0)
                    try BindingSupport.checkedCount(shape, name)
                    let box = source == "seed" ? RandomBindings.RandomBox(seed: try BindingSupport.seed(try call.int(3)))
                        : try RandomBindings.box(call, 3)
                    let a = try call.double(1), b = try call.double(2), requiresGrad = try call.bool(4)
                    return try result {
                        name == "randomNormal"
                            ? try Tensor.randomNormal(shape, mean: a, standardDeviation: b, using: &box.random,
                                                      requiresGrad: requiresGrad)
                            : try Tensor.randomUniform(shape, low: a, high: b, using: &box.random, requiresGrad: requiresGrad)
                    }
                })
            }
        }
        interpreter.register(NativeFunction("oneHot", parameters: [
            NativeParameter(nil, .array(.int)), NativeParameter("classes", .int),
        ], returns: tensor) { call in
            let labels = try call.ints(0), classes = try call.int(1)
            try BindingSupport.checkedCount([labels.count, classes], "oneHot")
            return try result { try Tensor.oneHot(labels, classes: classes) }
        })
        for name in ["concatenate", "stack"] {
            interpreter.register(NativeFunction(name, parameters: [
                NativeParameter(nil, .array(tensor)), NativeParameter("axis", .int, default: .int(0)),
            ], returns: tensor) { call in
                let tensors = try tensorList(call, 0)
                let total = tensors.reduce(0) { $0 + $1.count }
                guard total <= BindingSupport.maxElements else { throw BindingSupport.tooLarge(name, "\(total) elements") }
                let axis = try call.int(1)
                return try result {
                    name == "stack" ? try Tensor.stack(tensors, axis: axis) : try Tensor.concatenate(tensors, axis: axis)
                }
            })
        }
        interpreter.register(NativeFunction("crossEntropy", parameters: [
            NativeParameter("logits", tensor), NativeParameter("targets", .array(.int)),
        ], returns: tensor) { call in
            let logits = try argument(call, 0), targets = try call.ints(1)
            return try result { try Tensor.crossEntropy(logits: logits, targets: targets) }
        })
    }

    private static func tensorList(_ call: NativeCall, _ index: Int) throws -> [Tensor] {
        guard case .array(let values) = try call.argument(index) else { throw NativeError("expected [Tensor]") }
        return try values.map { try $0.asObject(Tensor.self) }
    }

    // MARK: The Tensor type

    private static func tensorType() -> NativeType {
        let type = NativeType(name: "Tensor")
        addInitializers(type)
        addProperties(type)
        addElementwise(type)
        addArithmetic(type)
        addReductions(type)
        addShapeOperations(type)
        addAutograd(type)
        TensorOperatorBindings.addMembers(to: type)
        return type
    }

    private static func addInitializers(_ type: NativeType) {
        let grad = NativeParameter("requiresGrad", .bool, default: .bool(false))
        // Vector and matrix overloads, for Double and Int literals alike (`Tensor([1, 2, 3])`).
        for element in [CType.double, .int] {
            type.addInitializer(parameters: [NativeParameter(nil, .array(element)), grad]) { call in
                let values = try call.doubles(0)
                try BindingSupport.checkCount(values.count, "Tensor")
                return .native(Tensor(values, requiresGrad: try call.bool(1)))
            }
            type.addInitializer(parameters: [NativeParameter(nil, .array(.array(element))), grad]) { call in
                let rows = try call.doubleMatrix(0)
                try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, "Tensor")
                return try result { try Tensor(rows, requiresGrad: try call.bool(1)) }
            }
        }
        type.addInitializer(parameters: [
            NativeParameter("shape", .array(.int)), NativeParameter("scalars", .array(.double)), grad,
        ]) { call in
            let shape = try call.ints(0)
            try BindingSupport.checkedCount(shape, "Tensor")
            return try result { try Tensor(shape: shape, scalars: try call.doubles(1), requiresGrad: try call.bool(2)) }
        }
        type.addInitializer(parameters: [NativeParameter("scalar", .double), grad]) { call in
            .native(Tensor(scalar: try call.double(0), requiresGrad: try call.bool(1)))
        }
    }

    private static func addProperties(_ type: NativeType) {
        func get(_ object: AnyObject) throws -> Tensor {
            guard let tensor = object as? Tensor else { throw NativeError("internal error: not a Tensor") }
            return tensor
        }
        type.addProperty("shape", type: .array(.int)) { .ints(try get($0).shape) }
        type.addProperty("count", type: .int) { .int(try get($0).count) }
        type.addProperty("rank", type: .int) { .int(try get($0).rank) }
        type.addProperty("scalars", type: .array(.double)) { .doubles(try get($0).scalars) }
        type.addProperty("rows", type: .array(.array(.double))) { object in
            .doubleMatrix(try BindingSupport.guarded { try get(object).array2D() })
        }
        type.addProperty("requiresGrad", type: .bool) { .bool(try get($0).requiresGrad) }
        type.addProperty("grad", type: .optional(tensor)) { object in .optional(try get(object).grad.map { .native($0) }) }
        type.addProperty("shapeDescription", type: .string) { .string(try get($0).shapeDescription) }
        type.addMethod("toArray", parameters: [], returns: .array(.double)) { call in
            .doubles(try call.receiver(as: Tensor.self).scalars)
        }
        type.addMethod("item", parameters: [], returns: .double) { call in
            .double(try BindingSupport.guarded { try call.receiver(as: Tensor.self).item() })
        }
        type.addMethod("value", parameters: [NativeParameter("at", .array(.int))], returns: .double) { call in
            let indices = try call.ints(0)
            return .double(try BindingSupport.guarded { try call.receiver(as: Tensor.self).value(at: indices) })
        }
    }

    private static func addElementwise(_ type: NativeType) {
        let unary: [(String, (Tensor) -> Tensor)] = [
            ("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.sqrt() }), ("tanh", { $0.tanh() }),
            ("sigmoid", { $0.sigmoid() }), ("relu", { $0.relu() }), ("gelu", { $0.gelu() }), ("abs", { $0.abs() }),
            ("squared", { $0.squared() }), ("negated", { -$0 }), ("transposed", { $0.transposed() }),
            ("detached", { $0.detached() }),
        ]
        for (name, operation) in unary {
            type.addMethod(name, parameters: [], returns: tensor) { call in
                .native(operation(try call.receiver(as: Tensor.self)))
            }
        }
        type.addMethod("pow", parameters: [NativeParameter(nil, .double)], returns: tensor) { call in
            .native(try call.receiver(as: Tensor.self).pow(try call.double(0)))
        }
        type.addMethod("clamped", parameters: [NativeParameter("min", .double), NativeParameter("max", .double)],
                       returns: tensor) { call in
            let lower = try call.double(0), upper = try call.double(1)
            guard lower <= upper else { throw NativeError("clamped: min \(lower) is above max \(upper)") }
            return .native(try call.receiver(as: Tensor.self).clamped(min: lower, max: upper))
        }
        type.addMethod("softmax", parameters: [NativeParameter("axis", .int, default: .int(-1))], returns: tensor) { call in
            let axis = try call.int(0)
            return try result { try call.receiver(as: Tensor.self).softmax(axis: axis) }
        }
        type.addMethod("logSoftmax", parameters: [NativeParameter("axis", .int, default: .int(-1))], returns: tensor) { call in
            let axis = try call.int(0)
            return try result { try call.receiver(as: Tensor.self).logSoftmax(axis: axis) }
        }
        type.addMethod("layerNorm", parameters: [
            NativeParameter("gamma", tensor), NativeParameter("beta", tensor), NativeParameter("epsilon", .double, default: .double(1e-5)),
        ], returns: tensor) { call in
            let gamma = try argument(call, 0), beta = try argument(call, 1), epsilon = try call.double(2)
            return try result { try call.receiver(as: Tensor.self).layerNorm(gamma: gamma, beta: beta, epsilon: epsilon) }
        }
    }

    /// The element count of broadcasting `a` with `b` (an upper bound when the shapes do not broadcast).
    private static func checkBroadcast(_ a: [Int], _ b: [Int], _ operation: String) throws {
        let rank = max(a.count, b.count)
        let padded = { (shape: [Int]) in [Int](repeating: 1, count: rank - shape.count) + shape }
        try BindingSupport.checkedCount(zip(padded(a), padded(b)).map { max($0, $1) }, operation)
    }

    private static func addArithmetic(_ type: NativeType) {
        let operations: [(String, String?, (Tensor, Tensor) throws -> Tensor, (Tensor, Double) -> Tensor)] = [
            ("adding", nil, { try $0 + $1 }, { $0 + $1 }),
            ("subtracting", nil, { try $0 - $1 }, { $0 - $1 }),
            ("multiplied", "by", { try $0 * $1 }, { $0 * $1 }),
            ("divided", "by", { try $0 / $1 }, { $0 / $1 }),
        ]
        for (name, label, withTensor, withNumber) in operations {
            type.addMethod(name, parameters: [NativeParameter(label, tensor)], returns: tensor) { call in
                let a = try call.receiver(as: Tensor.self), b = try argument(call, 0)
                try checkBroadcast(a.shape, b.shape, name)
                return try result { try withTensor(a, b) }
            }
            type.addMethod(name, parameters: [NativeParameter(label, .double)], returns: tensor) { call in
                .native(withNumber(try call.receiver(as: Tensor.self), try call.double(0)))
            }
        }
        type.addMethod("matmul", parameters: [NativeParameter(nil, tensor)], returns: tensor) { call in
            let a = try call.receiver(as: Tensor.self), b = try argument(call, 0)
            if a.rank >= 2, b.rank >= 2 {
                let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1], n = b.shape[b.rank - 1]
                let batch = max(a.count / max(m * k, 1), b.count / max(k * b.shape[b.rank - 2], 1))
                try BindingSupport.checkedCount([batch, m, n], "matmul")
            }
            return try result { try a.matmul(b) }
        }
    }

    private static func addReductions(_ type: NativeType) {
        let axisParameters = [NativeParameter("axis", .int), NativeParameter("keepDims", .bool, default: .bool(false))]
        let byAxis: [(String, (Tensor, Int, Bool) throws -> Tensor)] = [
            ("sum", { try $0.sum(axis: $1, keepDims: $2) }), ("mean", { try $0.mean(axis: $1, keepDims: $2) }),
            ("max", { try $0.max(axis: $1, keepDims: $2) }), ("min", { try $0.min(axis: $1, keepDims: $2) }),
            ("variance", { try $0.variance(axis: $1, keepDims: $2) }), ("argmax", { try $0.argmax(axis: $1, keepDims: $2) }),
        ]
        for (name, operation) in byAxis {
            type.addMethod(name, parameters: axisParameters, returns: tensor) { call in
                let axis = try call.int(0), keep = try call.bool(1)
                return try result { try operation(try call.receiver(as: Tensor.self), axis, keep) }
            }
        }
        type.addMethod("sum", parameters: [], returns: tensor) { call in .native(try call.receiver(as: Tensor.self).sum()) }
        type.addMethod("mean", parameters: [], returns: tensor) { call in .native(try call.receiver(as: Tensor.self).mean()) }
        type.addMethod("max", parameters: [], returns: tensor) { call in
            try result { try call.receiver(as: Tensor.self).max() }
        }
        type.addMethod("argmax", parameters: [], returns: .int) { call in
            guard let index = try call.receiver(as: Tensor.self).argmax() else {
                throw NativeError("argmax: the tensor is empty")
            }
            return .int(index)
        }
    }

    private static func addShapeOperations(_ type: NativeType) {
        type.addMethod("reshaped", parameters: [NativeParameter(nil, .array(.int))], returns: tensor) { call in
            let shape = try call.ints(0)
            return try result { try call.receiver(as: Tensor.self).reshaped(shape) }
        }
        type.addMethod("permuted", parameters: [NativeParameter(nil, .array(.int))], returns: tensor) { call in
            let axes = try call.ints(0)
            return try result { try call.receiver(as: Tensor.self).permuted(axes) }
        }
        type.addMethod("transposed", parameters: [NativeParameter(nil, .int), NativeParameter(nil, .int)],
                       returns: tensor) { call in
            let first = try call.int(0), second = try call.int(1)
            return try result { try call.receiver(as: Tensor.self).transposed(first, second) }
        }
        type.addMethod("slice", parameters: [NativeParameter(nil, .range), NativeParameter("axis", .int, default: .int(0))],
                       returns: tensor) { call in
            let range = try BindingSupport.range(call, 0), axis = try call.int(1)
            guard range.lowerBound <= range.upperBound else { throw NativeError("slice: empty or reversed range") }
            return try result { try call.receiver(as: Tensor.self).slice(range, axis: axis) }
        }
        type.addMethod("row", parameters: [NativeParameter(nil, .int)], returns: tensor) { call in
            let index = try call.int(0)
            return try result { try call.receiver(as: Tensor.self)[index] }
        }
        type.addMethod("rows", parameters: [NativeParameter("at", .array(.int))], returns: tensor) { call in
            let indices = try call.ints(0), tensor = try call.receiver(as: Tensor.self)
            let width = tensor.rank > 0 ? tensor.count / max(tensor.shape[0], 1) : 1
            try BindingSupport.checkedCount([indices.count, width], "rows(at:)")
            return try result { try tensor.rows(at: indices) }
        }
    }

    private static func addAutograd(_ type: NativeType) {
        type.addMethod("backward", parameters: []) { call in
            try BindingSupport.guarded { try call.receiver(as: Tensor.self).backward() }
            return .void
        }
        type.addMethod("backward", parameters: [NativeParameter("gradient", tensor)]) { call in
            let gradient = try argument(call, 0)
            try BindingSupport.guarded { try call.receiver(as: Tensor.self).backward(gradient: gradient) }
            return .void
        }
        type.addMethod("zeroGrad", parameters: []) { call in
            try call.receiver(as: Tensor.self).zeroGrad()
            return .void
        }
        type.addMethod("setRequiresGrad", parameters: [NativeParameter(nil, .bool)]) { call in
            try call.receiver(as: Tensor.self).requiresGrad = try call.bool(0)
            return .void
        }
        type.addMethod("assign", parameters: [NativeParameter(nil, .array(.double))]) { call in
            let values = try call.doubles(0)
            try BindingSupport.guarded { try call.receiver(as: Tensor.self).assign(values) }
            return .void
        }
    }
}
