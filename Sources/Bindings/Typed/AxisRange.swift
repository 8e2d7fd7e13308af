import CellLanguage

/// A one-sided range of Ints a cell passes to a tensor subscript (`x[..<2]`, `x[1...]`, `x[columns: ...1]`:
/// NumPy's `x[:2]`, `x[1:]`, `x[:, :2]`): a cell value of type `PartialRange…<Int>` (its bound, as the interpreter
/// stores one-sided ranges), and the half-open range it selects of an axis.
protocol AxisRange: CellConvertible {
    /// The entries of an axis of `size` entries the range selects; an error when no range can be formed (a bound
    /// beyond the axis' other end), which `Tensor.slice` would report for a range it can check.
    func selection(size: Int) throws -> Range<Int>
    /// How the range is written in Swift (`..<b`) and in NumPy (`:b`), for the docs.
    static var spelling: (swift: String, numpy: String) { get }
}

/// The message of a one-sided range that forms no range of an axis, in `Tensor.slice`'s words.
private func outOfBounds(_ written: String, size: Int) -> NativeError {
    NativeError("slice: range \(written) is out of bounds for an axis of size \(size)")
}

/// The bound of a one-sided range value.
private func bound(_ value: Value, _ kind: PartialRangeKind) throws -> Int {
    guard case .int(let bound) = value else { throw internalMismatch(value, .partialRange(kind)) }
    return bound
}

extension PartialRangeUpTo: CellConvertible, AxisRange where Bound == Int {
    /// `PartialRangeUpTo<Int>` (`..<2`).
    static var cellType: CType { .partialRange(.upTo) }
    /// The range of a one-sided `..<b` value.
    static func fromCell(_ value: Value) throws -> PartialRangeUpTo<Int> { ..<(try bound(value, .upTo)) }
    /// The bound as the cell value.
    var cell: Value { .int(upperBound) }
    /// `0..<b`.
    func selection(size: Int) throws -> Range<Int> {
        guard upperBound >= 0 else { throw outOfBounds("..<\(upperBound)", size: size) }
        return 0..<upperBound
    }
    static var spelling: (swift: String, numpy: String) { ("..<b", ":b") }
}

extension PartialRangeThrough: CellConvertible, AxisRange where Bound == Int {
    /// `PartialRangeThrough<Int>` (`...1`).
    static var cellType: CType { .partialRange(.through) }
    /// The range of a one-sided `...b` value.
    static func fromCell(_ value: Value) throws -> PartialRangeThrough<Int> { ...(try bound(value, .through)) }
    /// The bound as the cell value.
    var cell: Value { .int(upperBound) }
    /// `0..<b + 1`.
    func selection(size: Int) throws -> Range<Int> {
        guard upperBound >= -1, upperBound < Int.max else { throw outOfBounds("...\(upperBound)", size: size) }
        return 0..<(upperBound + 1)
    }
    static var spelling: (swift: String, numpy: String) { ("...b", ":b+1") }
}

extension PartialRangeFrom: CellConvertible, AxisRange where Bound == Int {
    /// `PartialRangeFrom<Int>` (`1...`).
    static var cellType: CType { .partialRange(.from) }
    /// The range of a one-sided `a...` value.
    static func fromCell(_ value: Value) throws -> PartialRangeFrom<Int> { (try bound(value, .from))... }
    /// The bound as the cell value.
    var cell: Value { .int(lowerBound) }
    /// `a..<size`.
    func selection(size: Int) throws -> Range<Int> {
        guard lowerBound <= size else { throw outOfBounds("\(lowerBound)...", size: size) }
        return lowerBound..<size
    }
    static var spelling: (swift: String, numpy: String) { ("a...", "a:") }
}

/// `...` alone as a tensor subscript (`x[...]`, `x[columns: ...]`: NumPy's `x[:]`, `x[:, :]`): every entry of the axis.
/// Swift's `UnboundedRange` is a function type, which conforms to nothing: this stands for it in the bindings.
struct UnboundedAxisRange: AxisRange {
    /// `UnboundedRange` (`...`).
    static var cellType: CType { .partialRange(.unbounded) }
    /// The range of the `...` value (its stored bound is unused).
    static func fromCell(_ value: Value) throws -> UnboundedAxisRange { UnboundedAxisRange() }
    /// An unused bound.
    var cell: Value { .int(0) }
    /// `0..<size`.
    func selection(size: Int) throws -> Range<Int> { 0..<size }
    static var spelling: (swift: String, numpy: String) { ("...", ":") }
}
