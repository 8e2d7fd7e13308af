import CellLanguage
import Tensors

/// Tensors that read like PyTorch in cells: operators, `.T`, `std`, `clipped`, `maximum`/`minimum`, `Tensor.where`,
/// 3-D literals and blocks without gradient recording (subscripts are in `TensorSubscriptBindings`).
///
/// ```swift
/// let w = Tensor([[0.5], [-0.2]], requiresGrad: true)
/// let loss = ((x.matmul(w) - y) * (x.matmul(w) - y)).mean()
/// loss.backward()
/// noGrad { w -= 0.1 * w.grad! }      // in place: w stays the same trainable tensor
/// print(x[0], x[0, 1], x[0..<2], x[column: 1], x.T)
/// ```
enum TensorOperatorBindings {
    /// Declares the operators, the functions and the members.
    static func install(_ bind: ModuleBinder, _ type: TypeBinder<Tensor>) {
        addInitializers(type)
        addArithmetic(type)
        addCompoundAssignments(type)
        addFunctions(bind, type)
        addStatistics(type)
        type.property("T", copy: true, doc: "The transpose of a matrix (a vector is returned as it is).") { try $0.T }
        TensorSubscriptBindings.install(type)
    }

    /// Refuses a broadcast whose result would exceed the cells' element limit, before allocating it.
    static func checkBroadcast(_ a: Tensor, _ b: Tensor, _ operation: String) throws {
        let rank = max(a.rank, b.rank)
        let padded = { (shape: [Int]) in [Int](repeating: 1, count: rank - shape.count) + shape }
        try BindingSupport.checkedCount(zip(padded(a.shape), padded(b.shape)).map { max($0, $1) }, operation)
    }

    /// `Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])`: shape (2, 2, 2).
    private static func addInitializers(_ type: TypeBinder<Tensor>) {
        let grad = Param("requiresGrad", default: false)
        let make = { (matrices: [[[Double]]], grad: Bool) throws -> Tensor in
            try BindingSupport.checkCount(matrices.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }, "Tensor")
            return try Tensor(matrices, requiresGrad: grad)
        }
        type.initializer(Param<[[[Double]]]>(), grad, doc: "A 3-D tensor from matrices of one shape.") { try make($0, $1) }
        type.initializer(Param<[[[Int]]]>(), grad, doc: "A 3-D tensor from matrices of Int literals.") {
            try make($0.map { $0.map { $0.map(Double.init) } }, $1)
        }
    }

    // MARK: Operators

    /// `+ - * /` (differentiable) and `< <= > >= == !=` (0/1 masks without gradient), each between two tensors
    /// (broadcasting), a tensor and a number, and a number and a tensor; prefix `-`.
    private static func addArithmetic(_ type: TypeBinder<Tensor>) {
        typealias Forms = (both: (Tensor, Tensor) throws -> Tensor, right: (Tensor, Double) -> Tensor, left: (Double, Tensor) -> Tensor)
        let operators: [(String, String, Forms)] = [
            ("+", "The element-wise sum", ({ try $0 + $1 }, { $0 + $1 }, { $0 + $1 })),
            ("-", "The element-wise difference", ({ try $0 - $1 }, { $0 - $1 }, { $0 - $1 })),
            ("*", "The element-wise product", ({ try $0 * $1 }, { $0 * $1 }, { $0 * $1 })),
            ("/", "The element-wise quotient", ({ try $0 / $1 }, { $0 / $1 }, { $0 / $1 })),
            ("<", "1 where the left element is smaller, else 0 (no gradient)", ({ try $0 < $1 }, { $0 < $1 }, { $0 < $1 })),
            ("<=", "1 where the left element is smaller or equal, else 0", ({ try $0 <= $1 }, { $0 <= $1 }, { $0 <= $1 })),
            (">", "1 where the left element is larger, else 0", ({ try $0 > $1 }, { $0 > $1 }, { $0 > $1 })),
            (">=", "1 where the left element is larger or equal, else 0", ({ try $0 >= $1 }, { $0 >= $1 }, { $0 >= $1 })),
            ("==", "1 where the elements are equal, else 0", ({ try $0 == $1 }, { $0 == $1 }, { $0 == $1 })),
            ("!=", "1 where the elements differ, else 0", ({ try $0 != $1 }, { $0 != $1 }, { $0 != $1 })),
        ]
        for (symbol, doc, forms) in operators {
            type.binaryOperator(symbol, Tensor.self, Tensor.self, doc: "\(doc), broadcasting the shapes.") { a, b in
                try checkBroadcast(a, b, "'\(symbol)'")
                return try forms.both(a, b)
            }
            type.binaryOperator(symbol, Tensor.self, Double.self, doc: "\(doc), with a number on the right.") { forms.right($0, $1) }
            type.binaryOperator(symbol, Double.self, Tensor.self, doc: "\(doc), with a number on the left.") { forms.left($0, $1) }
        }
        type.prefixOperator("-", doc: "Each element with its sign changed.") { -$0 }
    }

    /// `w -= g` changes `w` in place (PyTorch's `w -= g`), so optimisers and layers holding `w` see the update.
    private static func addCompoundAssignments(_ type: TypeBinder<Tensor>) {
        let updates: [(String, String, (Tensor, Tensor) throws -> Void, (Tensor, Double) throws -> Void)] = [
            ("+=", "Adds", { try $0 += $1 }, { try $0 += $1 }),
            ("-=", "Subtracts", { try $0 -= $1 }, { try $0 -= $1 }),
            ("*=", "Multiplies by", { try $0 *= $1 }, { try $0 *= $1 }),
            ("/=", "Divides by", { try $0 /= $1 }, { try $0 /= $1 }),
        ]
        let rule = "in place (inside noGrad for a tensor that requires gradients)"
        for (symbol, verb, withTensor, withNumber) in updates {
            type.compoundAssignment(symbol, Tensor.self, doc: "\(verb) a tensor (broadcast) \(rule).") { try withTensor($0, $1) }
            type.compoundAssignment(symbol, Double.self, doc: "\(verb) a number \(rule).") { try withNumber($0, $1) }
        }
    }

    // MARK: Functions

    private static func addFunctions(_ bind: ModuleBinder, _ type: TypeBinder<Tensor>) {
        bind.function("matmul", Param<Tensor>(), Param<Tensor>(), doc: "The matrix product `a.matmul(b)`.") { a, b in
            if a.rank >= 2, b.rank >= 2 {
                try BindingSupport.checkedCount([max(a.count / max(a.shape[a.rank - 1], 1), 1), b.shape[b.rank - 1]], "matmul")
            }
            return try a.matmul(b)
        }
        let extrema: [(String, String, (Tensor, Tensor) throws -> Tensor)] = [
            ("maximum", "The element-wise larger value (PyTorch's torch.maximum)", { try Tensor.maximum($0, $1) }),
            ("minimum", "The element-wise smaller value (PyTorch's torch.minimum)", { try Tensor.minimum($0, $1) }),
        ]
        for (name, doc, both) in extrema {
            bind.function(name, Param<Tensor>(), Param<Tensor>(), doc: "\(doc), broadcasting.") { a, b in
                try checkBroadcast(a, b, name)
                return try both(a, b)
            }
            bind.function(name, Param<Tensor>(), Param<Double>(), doc: "\(doc) with a number.") { try both($0, Tensor(scalar: $1)) }
            bind.function(name, Param<Double>(), Param<Tensor>(), doc: "\(doc) of a number and a tensor.") { try both(Tensor(scalar: $0), $1) }
        }
        let select = { (mask: Tensor, a: Tensor, b: Tensor) throws -> Tensor in
            try checkBroadcast(a, b, "where")
            try checkBroadcast(mask, a.count >= b.count ? a : b, "where")
            return try Tensor.where(mask, a, b)
        }
        let doc = "`a` where the mask is non-zero, `b` elsewhere (PyTorch's torch.where)"
        type.staticFunction("where", Param<Tensor>(), Param<Tensor>(), Param<Tensor>(), doc: "\(doc).") { try select($0, $1, $2) }
        type.staticFunction("where", Param<Tensor>(), Param<Tensor>(), Param<Double>(), doc: "\(doc), `b` a number.") {
            try select($0, $1, Tensor(scalar: $2))
        }
        type.staticFunction("where", Param<Tensor>(), Param<Double>(), Param<Tensor>(), doc: "\(doc), `a` a number.") {
            try select($0, Tensor(scalar: $1), $2)
        }
        GradientFreeBindings.install(bind)
    }

    // MARK: Members

    private static func addStatistics(_ type: TypeBinder<Tensor>) {
        let correction = Param("correction", default: 0)
        type.method("std", correction, doc: "The standard deviation of all elements (`correction: 1` for the sample one).") {
            try $0.std(correction: $1)
        }
        type.method("std", Param<Int>("axis"), Param("keepDims", default: false), correction,
                    doc: "The standard deviation along an axis.") { try $0.std(axis: $1, keepDims: $2, correction: $3) }
        type.method("variance", correction, doc: "The variance of all elements (`correction: 1` for the sample one).") {
            try $0.variance(correction: $1)
        }
        type.method("min", doc: "The smallest element (rank 0).") { try $0.min() }
        type.method("clipped", Param("min", default: -Double.infinity), Param("max", default: Double.infinity),
                    doc: "Each element limited to min...max (PyTorch's clip).") { tensor, lower, upper in
            guard lower <= upper else { throw NativeError("clipped: min \(lower) is above max \(upper)") }
            return tensor.clipped(min: lower, max: upper)
        }
    }
}
