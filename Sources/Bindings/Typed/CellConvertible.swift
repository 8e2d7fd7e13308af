import CellLanguage

/// A Swift type that crosses the boundary between cells and bindings: its cell type, how a run-time value becomes
/// the Swift value a binding's body receives, and how the body's result becomes a run-time value.
///
/// The compiler has checked every argument against `cellType` before a body runs, so `fromCell` meeting a value of
/// another kind is a bug in the bindings, reported as an internal error, never a silent default.
protocol CellConvertible {
    /// The static type cells see (`[Int]`, `Tensor`, `Theme`).
    static var cellType: CType { get }
    /// The Swift value of a run-time value of type `cellType`.
    static func fromCell(_ value: Value) throws -> Self
    /// The run-time value cells receive.
    var cell: Value { get }
}

/// The error for a run-time value that does not have the type the compiler checked: a bug in the bindings.
func internalMismatch(_ value: Value, _ expected: CType) -> NativeError {
    NativeError("internal error: a binding expected \(expected), got \(value)")
}

extension Int: CellConvertible {
    /// `Int`.
    static var cellType: CType { .int }
    /// The Int of an `.int` value.
    static func fromCell(_ value: Value) throws -> Int {
        guard case .int(let int) = value else { throw internalMismatch(value, .int) }
        return int
    }
    /// An `.int` value.
    var cell: Value { .int(self) }
}

extension Double: CellConvertible {
    /// `Double`.
    static var cellType: CType { .double }
    /// The Double of a `.double` value (an `.int` one converts: literals adapt).
    static func fromCell(_ value: Value) throws -> Double {
        switch value {
        case .double(let double): return double
        case .int(let int): return Double(int)
        default: throw internalMismatch(value, .double)
        }
    }
    /// A `.double` value.
    var cell: Value { .double(self) }
}

extension Bool: CellConvertible {
    /// `Bool`.
    static var cellType: CType { .bool }
    /// The Bool of a `.bool` value.
    static func fromCell(_ value: Value) throws -> Bool {
        guard case .bool(let bool) = value else { throw internalMismatch(value, .bool) }
        return bool
    }
    /// A `.bool` value.
    var cell: Value { .bool(self) }
}

extension String: CellConvertible {
    /// `String`.
    static var cellType: CType { .string }
    /// The String of a `.string` value.
    static func fromCell(_ value: Value) throws -> String {
        guard case .string(let string) = value else { throw internalMismatch(value, .string) }
        return string
    }
    /// A `.string` value.
    var cell: Value { .string(self) }
}

extension Array: CellConvertible where Element: CellConvertible {
    /// `[Element]`.
    static var cellType: CType { .array(Element.cellType) }
    /// The elements of an `.array` value.
    static func fromCell(_ value: Value) throws -> [Element] {
        guard case .array(let elements) = value else { throw internalMismatch(value, cellType) }
        return try elements.map(Element.fromCell)
    }
    /// An `.array` value.
    var cell: Value { .array(map(\.cell)) }
}

extension Optional: CellConvertible where Wrapped: CellConvertible {
    /// `Wrapped?`.
    static var cellType: CType { .optional(Wrapped.cellType) }
    /// `nil` for `.none`, else the wrapped value.
    static func fromCell(_ value: Value) throws -> Wrapped? {
        if case .none = value { return nil }
        return try Wrapped.fromCell(value)
    }
    /// `.none` for nil, else the wrapped value's.
    var cell: Value { map(\.cell) ?? .none }
}

extension Range: CellConvertible where Bound == Int {
    /// `Range<Int>` (`0..<10`).
    static var cellType: CType { .range }
    /// The range of a half-open `.range` value.
    static func fromCell(_ value: Value) throws -> Range<Int> {
        guard case .range(let lower, let upper, false) = value, lower <= upper else { throw internalMismatch(value, .range) }
        return lower..<upper
    }
    /// A half-open `.range` value.
    var cell: Value { .range(lowerBound, upperBound, closed: false) }
}

extension ClosedRange: CellConvertible where Bound: CellRangeBound {
    /// `ClosedRange<Int>` or `ClosedRange<Double>`.
    static var cellType: CType { Bound.closedRangeType }
    /// The range of a closed range value (an Int range converts to a Double one).
    static func fromCell(_ value: Value) throws -> ClosedRange<Bound> {
        guard let range = Bound.closedRange(value) else { throw internalMismatch(value, cellType) }
        return range
    }
    /// A closed range value.
    var cell: Value { Bound.cell(self) }
}

/// The bounds closed ranges cells can pass: `Int` (`1...6`) and `Double` (`0.1...3.0`).
protocol CellRangeBound: Comparable {
    /// `ClosedRange<Int>` or `ClosedRange<Double>`.
    static var closedRangeType: CType { get }
    /// The range of a run-time closed range value, or nil when it is not one.
    static func closedRange(_ value: Value) -> ClosedRange<Self>?
    /// The run-time value of a range.
    static func cell(_ range: ClosedRange<Self>) -> Value
}

extension Int: CellRangeBound {
    /// `ClosedRange<Int>`.
    static var closedRangeType: CType { .closedRange }
    /// The range of a closed `.range` value.
    static func closedRange(_ value: Value) -> ClosedRange<Int>? {
        guard case .range(let lower, let upper, true) = value, lower <= upper else { return nil }
        return lower...upper
    }
    /// A closed `.range` value.
    static func cell(_ range: ClosedRange<Int>) -> Value { .range(range.lowerBound, range.upperBound, closed: true) }
}

extension Double: CellRangeBound {
    /// `ClosedRange<Double>`.
    static var closedRangeType: CType { .doubleClosedRange }
    /// The range of a closed `.doubleRange` value (or of a closed Int range).
    static func closedRange(_ value: Value) -> ClosedRange<Double>? {
        try? value.asClosedDoubleRange()
    }
    /// A closed `.doubleRange` value.
    static func cell(_ range: ClosedRange<Double>) -> Value { .doubleRange(range.lowerBound, range.upperBound, closed: true) }
}
