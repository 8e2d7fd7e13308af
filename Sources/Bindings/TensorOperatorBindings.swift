import CellLanguage
import Tensors

/// Tensors that read like PyTorch in cells: operators, subscripts, `.T`, `std`, `clipped`, `maximum`/`minimum`,
/// `Tensor.where` and blocks without gradient recording.
///
/// ```swift
/// let w = Tensor([[0.5], [-0.2]], requiresGrad: true)
/// let loss = ((x.matmul(w) - y) * (x.matmul(w) - y)).mean()
/// loss.backward()
/// noGrad { w -= 0.1 * w.grad! }      // in place: w stays the same trainable tensor
/// print(x[0], x[0, 1], x[0..<2], x[column: 1], x.T)
/// ```
enum TensorOperatorBindings {
    static let tensor = CType.native("Tensor")

    /// Registers the operators and the global functions.
    static func install(in interpreter: Interpreter) {
        registerArithmetic(in: interpreter)
        registerCompoundAssignments(in: interpreter)
        registerFunctions(in: interpreter)
    }

    /// Adds the members to the `Tensor` type (called where the type is built).
    static func addMembers(to type: NativeType) {
        for element in [CType.double, .int] {  // `Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])`: (2, 2, 2)
            type.addInitializer(parameters: [
                NativeParameter(nil, .array(.array(.array(element)))), NativeParameter("requiresGrad", .bool, default: .bool(false)),
            ]) { call in
                guard case .array(let matrices) = try call.argument(0) else { throw NativeError("expected [[[Double]]]") }
                let values = try matrices.map { try $0.asDoubleMatrix() }
                try BindingSupport.checkCount(values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }, "Tensor")
                let requiresGrad = try call.bool(1)
                return .native(try guarded { try Tensor(values, requiresGrad: requiresGrad) })
            }
        }
        addStatistics(type)
        addSubscripts(type)
        type.addProperty("T", type: tensor) { object in
            .native(try guarded { try tensorObject(object).T })
        }
    }

    // MARK: Helpers

    private static func tensorObject(_ object: AnyObject) throws -> Tensor {
        guard let tensor = object as? Tensor else { throw NativeError("internal error: not a Tensor") }
        return tensor
    }

    private static func tensorValue(_ value: Value) throws -> Tensor { try value.asObject(Tensor.self) }

    /// Runs a library call, turning its `TensorError` into the cell's error message.
    private static func guarded<Result>(_ body: () throws -> Result) throws -> Result {
        try BindingSupport.guarded(body)
    }

    /// Refuses a broadcast whose result would exceed the cells' element limit, before allocating it.
    private static func checkBroadcast(_ a: Tensor, _ b: Tensor, _ symbol: String) throws {
        let rank = max(a.rank, b.rank)
        let padded = { (shape: [Int]) in [Int](repeating: 1, count: rank - shape.count) + shape }
        try BindingSupport.checkedCount(zip(padded(a.shape), padded(b.shape)).map { max($0, $1) }, "'\(symbol)'")
    }

    // MARK: Operators

    /// A binary operator on two tensors (broadcasting), on a tensor and a number, and on a number and a tensor.
    private typealias BinaryForms = (
        symbol: String, both: (Tensor, Tensor) throws -> Tensor, tensorNumber: (Tensor, Double) -> Tensor,
        numberTensor: (Double, Tensor) -> Tensor
    )

    /// `+ - * /` (differentiable) and `< <= > >= == !=` (0/1 masks without gradient), plus prefix `-`.
    private static func registerArithmetic(in interpreter: Interpreter) {
        let forms: [BinaryForms] = [
            ("+", { try $0 + $1 }, { $0 + $1 }, { $0 + $1 }),
            ("-", { try $0 - $1 }, { $0 - $1 }, { $0 - $1 }),
            ("*", { try $0 * $1 }, { $0 * $1 }, { $0 * $1 }),
            ("/", { try $0 / $1 }, { $0 / $1 }, { $0 / $1 }),
            ("<", { try $0 < $1 }, { $0 < $1 }, { $0 < $1 }),
            ("<=", { try $0 <= $1 }, { $0 <= $1 }, { $0 <= $1 }),
            (">", { try $0 > $1 }, { $0 > $1 }, { $0 > $1 }),
            (">=", { try $0 >= $1 }, { $0 >= $1 }, { $0 >= $1 }),
            ("==", { try $0 == $1 }, { $0 == $1 }, { $0 == $1 }),
            ("!=", { try $0 != $1 }, { $0 != $1 }, { $0 != $1 }),
        ]
        for form in forms {
            interpreter.register(NativeOperator(form.symbol, tensor, tensor, returns: tensor) { a, b in
                let x = try tensorValue(a), y = try tensorValue(b)
                try checkBroadcast(x, y, form.symbol)
                return .native(try guarded { try form.both(x, y) })
            })
            interpreter.register(NativeOperator(form.symbol, tensor, .double, returns: tensor) { a, b in
                .native(form.tensorNumber(try tensorValue(a), try b.asDouble()))
            })
            interpreter.register(NativeOperator(form.symbol, .double, tensor, returns: tensor) { a, b in
                .native(form.numberTensor(try a.asDouble(), try tensorValue(b)))
            })
        }
        interpreter.register(NativeOperator(prefix: "-", tensor, returns: tensor) { a in .native(-(try tensorValue(a))) })
    }

    /// `w -= g` changes `w` in place (PyTorch's `w -= g`), so optimisers and layers holding `w` see the update.
    private static func registerCompoundAssignments(in interpreter: Interpreter) {
        let updates: [(String, (Tensor, Tensor) throws -> Void, (Tensor, Double) throws -> Void)] = [
            ("+=", { try $0 += $1 }, { try $0 += $1 }),
            ("-=", { try $0 -= $1 }, { try $0 -= $1 }),
            ("*=", { try $0 *= $1 }, { try $0 *= $1 }),
            ("/=", { try $0 /= $1 }, { try $0 /= $1 }),
        ]
        for (symbol, withTensor, withNumber) in updates {
            interpreter.register(NativeOperator(symbol, tensor, tensor, returns: .void) { a, b in
                let x = try tensorValue(a), y = try tensorValue(b)
                try guarded { try withTensor(x, y) }
                return .void
            })
            interpreter.register(NativeOperator(symbol, tensor, .double, returns: .void) { a, b in
                let x = try tensorValue(a), y = try b.asDouble()
                try guarded { try withNumber(x, y) }
                return .void
            })
        }
    }

    // MARK: Functions

    private static func registerFunctions(in interpreter: Interpreter) {
        interpreter.register(NativeFunction("matmul", parameters: [NativeParameter(nil, tensor), NativeParameter(nil, tensor)],
                                            returns: tensor) { call in
            let a = try call.object(0, as: Tensor.self), b = try call.object(1, as: Tensor.self)
            if a.rank >= 2, b.rank >= 2 {
                try BindingSupport.checkedCount([max(a.count / max(a.shape[a.rank - 1], 1), 1), b.shape[b.rank - 1]], "matmul")
            }
            return .native(try guarded { try a.matmul(b) })
        })
        let extrema: [(String, (Tensor, Tensor) throws -> Tensor, (Tensor, Double) throws -> Tensor)] = [
            ("maximum", { try Tensor.maximum($0, $1) }, { try Tensor.maximum($0, $1) }),
            ("minimum", { try Tensor.minimum($0, $1) }, { try Tensor.minimum($0, $1) }),
        ]
        for (name, both, withNumber) in extrema {
            interpreter.register(NativeFunction(name, parameters: [NativeParameter(nil, tensor), NativeParameter(nil, tensor)],
                                                returns: tensor) { call in
                let a = try call.object(0, as: Tensor.self), b = try call.object(1, as: Tensor.self)
                try checkBroadcast(a, b, name)
                return .native(try guarded { try both(a, b) })
            })
            interpreter.register(NativeFunction(name, parameters: [NativeParameter(nil, tensor), NativeParameter(nil, .double)],
                                                returns: tensor) { call in
                let a = try call.object(0, as: Tensor.self), b = try call.double(1)
                return .native(try guarded { try withNumber(a, b) })
            })
        }
        registerWhere(in: interpreter)
        for name in ["noGrad", "withoutGradients"] {
            interpreter.register(NativeFunction(name, parameters: [NativeParameter(nil, .function([], .void))]) { call in
                let body = try call.function(0)
                _ = try GradientMode.$isEnabled.withValue(false) { try body.call([]) }
                return .void
            })
        }
    }

    /// `Tensor.where(mask, a, b)`: `a` where the mask is non-zero, `b` elsewhere (either may be a number).
    private static func registerWhere(in interpreter: Interpreter) {
        let shapes: [(CType, CType)] = [(tensor, tensor), (tensor, .double), (.double, tensor)]
        for (first, second) in shapes {
            interpreter.register(NativeFunction("Tensor.where", parameters: [
                NativeParameter(nil, tensor), NativeParameter(nil, first), NativeParameter(nil, second),
            ], returns: tensor) { call in
                let mask = try call.object(0, as: Tensor.self)
                func operand(_ index: Int) throws -> Tensor {
                    if case .native(let object) = try call.argument(index), let tensor = object as? Tensor { return tensor }
                    return Tensor(scalar: try call.double(index))
                }
                let a = try operand(1), b = try operand(2)
                try checkBroadcast(a, b, "where")
                try checkBroadcast(mask, a.count >= b.count ? a : b, "where")
                return .native(try guarded { try Tensor.where(mask, a, b) })
            })
        }
    }

    // MARK: Members

    private static func addStatistics(_ type: NativeType) {
        let correction = NativeParameter("correction", .int, default: .int(0))
        type.addMethod("std", parameters: [correction], returns: tensor) { call in
            let correction = try call.int(0)
            return .native(try guarded { try call.receiver(as: Tensor.self).std(correction: correction) })
        }
        type.addMethod("std", parameters: [
            NativeParameter("axis", .int), NativeParameter("keepDims", .bool, default: .bool(false)), correction,
        ], returns: tensor) { call in
            let axis = try call.int(0), keep = try call.bool(1), correction = try call.int(2)
            return .native(try guarded { try call.receiver(as: Tensor.self).std(axis: axis, keepDims: keep, correction: correction) })
        }
        type.addMethod("variance", parameters: [correction], returns: tensor) { call in
            let correction = try call.int(0)
            return .native(try guarded { try call.receiver(as: Tensor.self).variance(correction: correction) })
        }
        type.addMethod("min", parameters: [], returns: tensor) { call in
            .native(try guarded { try call.receiver(as: Tensor.self).min() })
        }
        type.addMethod("clipped", parameters: [
            NativeParameter("min", .double, default: .double(-.infinity)),
            NativeParameter("max", .double, default: .double(.infinity)),
        ], returns: tensor) { call in
            let lower = try call.double(0), upper = try call.double(1)
            guard lower <= upper else { throw NativeError("clipped: min \(lower) is above max \(upper)") }
            return .native(try call.receiver(as: Tensor.self).clipped(min: lower, max: upper))
        }
    }

    /// `x[i]`, `x[i, j]`, `x[i, j, k]`, `x[a..<b]`, `x[a...b]`, `x[rows, columns]` with two ranges, `x[rows: r]`,
    /// `x[column: j]`, `x[columns: r]` and `x[[i, j, …]]`.
    private static func addSubscripts(_ type: NativeType) {
        func add(_ parameters: [NativeParameter], _ body: @escaping (Tensor, NativeCall) throws -> Tensor) {
            type.addSubscript(parameters: parameters, returns: tensor) { call in
                let receiver = try call.receiver(as: Tensor.self)
                return .native(try guarded { try body(receiver, call) })
            }
        }
        let int = NativeParameter(nil, .int)
        add([int]) { x, call in try x[try call.int(0)] }
        add([int, int]) { x, call in try x[try call.int(0), try call.int(1)] }
        add([int, int, int]) { x, call in try x[try call.int(0), try call.int(1), try call.int(2)] }
        for rangeType in [CType.range, .closedRange] {
            add([NativeParameter(nil, rangeType)]) { x, call in try x[try checkedRange(call, 0)] }
            add([NativeParameter(nil, rangeType), NativeParameter(nil, rangeType)]) { x, call in
                try x[try checkedRange(call, 0), try checkedRange(call, 1)]
            }
            add([NativeParameter("rows", rangeType)]) { x, call in try x[rows: try checkedRange(call, 0)] }
            add([NativeParameter("columns", rangeType)]) { x, call in try x[columns: try checkedRange(call, 0)] }
        }
        add([NativeParameter("column", .int)]) { x, call in try x[column: try call.int(0)] }
        add([NativeParameter(nil, .array(.int))]) { x, call in
            let indices = try call.ints(0)
            try BindingSupport.checkedCount([indices.count, x.rank > 0 ? x.count / max(x.shape[0], 1) : 1], "subscript")
            return try x[indices]
        }
    }

    /// The range argument at `index` as a half-open `Range<Int>`.
    private static func checkedRange(_ call: NativeCall, _ index: Int) throws -> Range<Int> {
        guard case .range(let lower, let upper, let closed) = try call.argument(index) else {
            throw NativeError("expected a range such as 0..<10")
        }
        guard !closed else {
            guard upper < Int.max else { throw NativeError("range upper bound is too large") }
            return lower..<(upper + 1)
        }
        return lower..<upper
    }
}
