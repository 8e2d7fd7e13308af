/// Conversions between run-time values and plain Swift values, for bindings.
extension Value {
    /// A `[Double]` value.
    public static func doubles(_ values: [Double]) -> Value { .array(values.map(Value.double)) }
    /// A `[[Double]]` value.
    public static func doubleMatrix(_ rows: [[Double]]) -> Value { .array(rows.map { .doubles($0) }) }
    /// An `[Int]` value.
    public static func ints(_ values: [Int]) -> Value { .array(values.map(Value.int)) }
    /// A `[String]` value.
    public static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }
    /// An optional value: `.none` for nil.
    public static func optional(_ value: Value?) -> Value { value ?? .none }

    private func mismatch(_ expected: String) -> NativeError {
        NativeError("expected \(expected), got \(kindName)")
    }

    private var kindName: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .array: return "an array"
        case .tuple: return "a tuple"
        case .dictionary: return "a dictionary"
        case .set: return "a set"
        case .object(let box): return box.type.name
        case .variant: return "an enum value"
        case .range, .doubleRange: return "a range"
        case .function: return "a function"
        case .native(let object): return String(describing: type(of: object))
        case .named(let constant): return constant.type
        case .none: return "nil"
        case .void: return "()"
        }
    }

    /// The value as an Int.
    public func asInt() throws -> Int {
        if case .int(let value) = self { return value }
        throw mismatch("Int")
    }

    /// The value as a Double (Ints are converted).
    public func asDouble() throws -> Double {
        if case .double(let value) = self { return value }
        if case .int(let value) = self { return Double(value) }
        throw mismatch("Double")
    }

    /// The value as a Bool.
    public func asBool() throws -> Bool {
        if case .bool(let value) = self { return value }
        throw mismatch("Bool")
    }

    /// The value as a String.
    public func asString() throws -> String {
        if case .string(let value) = self { return value }
        throw mismatch("String")
    }

    /// The value as [Double].
    public func asDoubles() throws -> [Double] {
        guard case .array(let elements) = self else { throw mismatch("[Double]") }
        return try elements.map { try $0.asDouble() }
    }

    /// The value as [[Double]].
    public func asDoubleMatrix() throws -> [[Double]] {
        guard case .array(let rows) = self else { throw mismatch("[[Double]]") }
        return try rows.map { try $0.asDoubles() }
    }

    /// The value as [Int].
    public func asInts() throws -> [Int] {
        guard case .array(let elements) = self else { throw mismatch("[Int]") }
        return try elements.map { try $0.asInt() }
    }

    /// The value as [String].
    public func asStrings() throws -> [String] {
        guard case .array(let elements) = self else { throw mismatch("[String]") }
        return try elements.map { try $0.asString() }
    }

    /// The case name of an enum-like constant.
    public func asConstant() throws -> String {
        if case .named(let constant) = self { return constant.name }
        throw mismatch("a constant")
    }

    /// The value as a `ClosedRange<Double>` (from `a...b`; an Int range converts).
    public func asClosedDoubleRange() throws -> ClosedRange<Double> {
        switch self {
        case .doubleRange(let lower, let upper, true): return lower...upper
        case .range(let lower, let upper, true): return Double(lower)...Double(upper)
        default: throw mismatch("a closed range such as 0.0...1.0")
        }
    }

    /// The value as a `Range<Double>` (from `a..<b`; an Int range converts).
    public func asDoubleRange() throws -> Range<Double> {
        switch self {
        case .doubleRange(let lower, let upper, false): return lower..<upper
        case .range(let lower, let upper, false): return Double(lower)..<Double(upper)
        default: throw mismatch("a half-open range such as 0.0..<1.0")
        }
    }

    /// The value as a native object of class `T`.
    public func asObject<T: AnyObject>(_ type: T.Type = T.self) throws -> T {
        if case .native(let object) = self, let typed = object as? T { return typed }
        throw mismatch(String(describing: T.self))
    }
}
