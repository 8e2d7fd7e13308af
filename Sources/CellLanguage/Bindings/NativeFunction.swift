/// A function implemented in Swift and callable from cells: a global function, a method or an initializer.
///
/// Labels and argument types are checked when a cell is compiled; the body runs with the arguments in
/// declaration order (omitted ones replaced by their defaults). Throw `NativeError` for user mistakes (bad
/// shapes, out-of-range arguments): it becomes a diagnostic at the call's position.
public struct NativeFunction {
    /// The name cells call it by (`linspace`, `scatter`, or the type name for initializers).
    public var name: String
    /// The parameters, with labels, types and defaults.
    public var parameters: [NativeParameter]
    /// The static result type (`.void` for none; `.native("Figure")` for an initializer of `Figure`).
    public var returnType: CType
    /// The implementation.
    public var body: (NativeCall) throws -> Value
    /// Whether the method changes its receiver in place (`t.assign([…])`): called on a copy (`x[0].assign([…])`),
    /// the changed copy is written back as for a Swift value's mutating method.
    public var changesReceiver = false
    /// Whether the method changes state of the receiver object that a copy's write-back does not carry (a tensor's
    /// gradient and `requiresGrad`: `zeroGrad()`): called on a copy or a new value (`x[0].zeroGrad()`), the change
    /// would be lost, so the call is refused.
    public var changesState = false
    /// Whether the function's result may be an object the cell already holds (`noGrad { w }` returns `w`), not a new
    /// value; a change of it is then not refused as a change of a new value.
    public var sharesResult = false

    /// Creates a native function.
    public init(_ name: String, parameters: [NativeParameter], returns returnType: CType = .void,
                body: @escaping (NativeCall) throws -> Value) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
    }
}
