import CellLanguage
import Tensors

/// Tensor subscripts, read and assigned: `x[i]`, `x[i, j]`, `x[i, j, k]`, `x[a..<b]`, `x[a...b]`, `x[rows, columns]`
/// with two ranges, `x[rows: r]`, `x[column: j]`, `x[columns: r]`, `x[[i, j, …]]`, `x[columns: [j, …]]`; `r` may be
/// one-sided (`x[..<2]`, `x[1...]`, `x[columns: ...1]`: NumPy's `x[:2]`, `x[1:]`, `x[:, :2]`) or `...` (every entry:
/// `x[...]`, `x[columns: ...]`, NumPy's `x[:]`, `x[:, :]`). Strided
/// slices are index lists: `x[stride(from: 0, to: 6, by: 2)]` is NumPy's `x[0:6:2]`, and
/// `x[columns: stride(from: 0, to: 4, by: 2)]` its `x[:, 0:4:2]`.
///
/// Reading differentiates (the gradient flows back into the selected elements). Assigning (`x[1] = v`,
/// `x[0..<2, 1..<3] = 0`, `x[column: 0] += 1`) copies values in place; a tensor that requires gradients can be
/// changed only inside `noGrad { … }`, as PyTorch refuses in-place changes of leaf tensors that require gradients.
///
/// ```swift
/// let x = zeros([3, 4])
/// x[1] = Tensor([1, 2, 3, 4])
/// x[0..<2, 2..<4] = 7
/// x[column: 0] += 1
/// print(x[stride(from: 0, to: 3, by: 2)])
/// ```
enum TensorSubscriptBindings {
    /// Declares every subscript with its setters (a tensor or a number may be assigned).
    static func install(_ type: TypeBinder<Tensor>) {
        type.native.subscriptsReturnCopies = true  // `x[0][1] = v` writes the changed row back into `x`
        type.native.methodsReturnNewValues = true  // `x.reshaped([4])[0] = v` is refused: the change would be lost
        declare(type, Param<Int>(), doc: "The sub-tensor at an index of the first axis (PyTorch's `x[i]`).") { x, i in try x[i] }
        declare(type, Param<Int>(), Param<Int>(), doc: "The element or row at two indices (a 0-D tensor for a matrix).") {
            x, i, j in try x[i, j]
        }
        declare(type, Param<Int>(), Param<Int>(), Param<Int>(), doc: "The sub-tensor at three indices.") { x, i, j, k in try x[i, j, k] }
        declare(type, Param<Range<Int>>(), doc: "The entries `a..<b` of the first axis (NumPy's `x[a:b]`).") { x, r in try x[r] }
        declare(type, Param<ClosedRange<Int>>(), doc: "The entries `a...b` of the first axis.") { x, r in try x[try open(r)] }
        declare(type, Param<Range<Int>>(), Param<Range<Int>>(), doc: "A block of a matrix (NumPy's `x[a:b, c:d]`).") {
            x, rows, columns in try x[rows, columns]
        }
        declare(type, Param<ClosedRange<Int>>(), Param<ClosedRange<Int>>(), doc: "A block of a matrix, closed ranges.") {
            x, rows, columns in try x[try open(rows), try open(columns)]
        }
        declare(type, Param<Range<Int>>("rows"), doc: "The same as `x[a..<b]`, spelled to pair with `columns:`.") { x, r in try x[rows: r] }
        declare(type, Param<ClosedRange<Int>>("rows"), doc: "The same as `x[a...b]`.") { x, r in try x[rows: try open(r)] }
        declare(type, Param<Int>("column"), doc: "Entry `j` of the second axis, which is removed (NumPy's `x[:, j]`).") {
            x, j in try x[column: j]
        }
        declare(type, Param<Range<Int>>("columns"), doc: "The entries `a..<b` of the second axis (NumPy's `x[:, a:b]`).") {
            x, r in try x[columns: r]
        }
        declare(type, Param<ClosedRange<Int>>("columns"), doc: "The entries `a...b` of the second axis.") {
            x, r in try x[columns: try open(r)]
        }
        declareOneSided(type, PartialRangeUpTo<Int>.self)
        declareOneSided(type, PartialRangeThrough<Int>.self)
        declareOneSided(type, PartialRangeFrom<Int>.self)
        declareOneSided(type, UnboundedAxisRange.self)
        declare(type, Param<[Int]>(), doc: "The first-axis entries at the indices, repeats allowed; with `stride(from:to:by:)` a strided slice.") {
            x, indices in
            try BindingSupport.checkedCount([indices.count, x.rank > 0 ? x.count / max(x.shape[0], 1) : 1], "subscript")
            return try x[indices]
        }
        declare(type, Param<[Int]>("columns"), doc: "The second-axis entries at the indices (NumPy's `x[:, [j, k]]`); strided with `stride`.") {
            x, indices in
            try BindingSupport.checkedCount([indices.count, x.rank > 1 ? x.count / max(x.shape[1], 1) : 1], "subscript")
            return try x[columns: indices]
        }
    }

    /// A one-sided range's forms: of the first axis (`x[..<b]`, `x[rows: a...]`) and of the second
    /// (`x[columns: a...]`), the range taken relative to the axis' size as NumPy's `x[:b]`, `x[a:]`, `x[:, a:]`.
    private static func declareOneSided<R: AxisRange>(_ type: TypeBinder<Tensor>, _: R.Type) {
        let (swift, numpy) = R.spelling
        // A tensor without the axis gets an empty range, which its subscript refuses in its words (the rank).
        let along = { (x: Tensor, r: R, axis: Int) throws -> Range<Int> in
            x.rank > axis ? try r.selection(size: x.shape[axis]) : 0..<0
        }
        declare(type, Param<R>(), doc: "The entries `\(swift)` of the first axis (NumPy's `x[\(numpy)]`).") { x, r in
            try x[try along(x, r, 0)]
        }
        declare(type, Param<R>("rows"), doc: "The same as `x[\(swift)]`.") { x, r in try x[rows: try along(x, r, 0)] }
        declare(type, Param<R>("columns"), doc: "The entries `\(swift)` of the second axis (NumPy's `x[:, \(numpy)]`).") { x, r in
            try x[columns: try along(x, r, 1)]
        }
    }

    /// One subscript form: its getter, a setter of tensors and a setter of numbers, from the one selection.
    private static func declare<each A: CellConvertible>(
        _ type: TypeBinder<Tensor>, _ parameters: repeat Param<each A>, doc: String,
        _ select: @escaping (Tensor, repeat each A) throws -> Tensor
    ) {
        type.subscript(repeat each parameters, doc: doc, get: select) { x, value, selection in
            try x.assign(value) { (base: Tensor) throws(TensorError) -> Tensor in try rethrowing { try selection(base) } }
        }
        type.subscriptSetter(repeat each parameters, value: Double.self, doc: "Sets every selected element to a number.",
                             get: select) { x, value, selection in
            try x.assign(value) { (base: Tensor) throws(TensorError) -> Tensor in try rethrowing { try selection(base) } }
        }
    }

    /// A selection's error as the `TensorError` the library's assignment expects.
    private static func rethrowing(_ body: () throws -> Tensor) throws(TensorError) -> Tensor {
        do {
            return try body()
        } catch let error as TensorError {
            throw error
        } catch {
            throw .invalidArgument(String(describing: error))
        }
    }

    /// A closed range as a half-open one.
    private static func open(_ range: ClosedRange<Int>) throws -> Range<Int> {
        guard range.upperBound < Int.max else { throw NativeError("range upper bound is too large") }
        return range.lowerBound..<(range.upperBound + 1)
    }
}
