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

    /// Creates a native function.
    public init(_ name: String, parameters: [NativeParameter], returns returnType: CType = .void,
                body: @escaping (NativeCall) throws -> Value) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
    }
}
