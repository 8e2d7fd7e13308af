/// An operator on native values, e.g. `+` on two `Tensor`s or `*` on a `Double` and a `Tensor`.
///
/// Binary operators take both operands; prefix operators (`-x`) take one (`rhs` is unused). Operand types are
/// checked at compile time; a numeric literal operand adapts to a `.double` or `.int` operand type. Compound
/// assignments (`w -= g`) use the binary operator when its result type is the left operand's type.
public struct NativeOperator {
    /// The operator, e.g. `+`, `-`, `*`, `/`, `==`, `<`.
    public var symbol: String
    /// The left operand's type (the only operand's for prefix operators).
    public var lhs: CType
    /// The right operand's type (`nil` for prefix operators).
    public var rhs: CType?
    /// The result type.
    public var returnType: CType
    /// The implementation; throw `NativeError` for user mistakes (e.g. incompatible shapes).
    public var body: (Value, Value) throws -> Value

    /// A binary operator: `NativeOperator("+", .native("Tensor"), .native("Tensor"), returns: .native("Tensor")) { a, b in … }`.
    public init(_ symbol: String, _ lhs: CType, _ rhs: CType, returns returnType: CType,
                body: @escaping (Value, Value) throws -> Value) {
        self.symbol = symbol
        self.lhs = lhs
        self.rhs = rhs
        self.returnType = returnType
        self.body = body
    }

    /// A prefix operator: `NativeOperator(prefix: "-", .native("Tensor"), returns: .native("Tensor")) { a in … }`.
    public init(prefix symbol: String, _ operand: CType, returns returnType: CType, body: @escaping (Value) throws -> Value) {
        self.symbol = symbol
        self.lhs = operand
        self.rhs = nil
        self.returnType = returnType
        self.body = { value, _ in try body(value) }
    }
}
