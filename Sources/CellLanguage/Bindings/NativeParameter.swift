/// A parameter of a native function, method or initializer, with a Swift-style argument label.
public struct NativeParameter {
    /// The argument label callers write (`nil` for `_`).
    public var label: String?
    /// The static type arguments must have (checked at compile time; numeric literals adapt).
    public var type: CType
    /// The value used when the caller omits the argument; `nil` makes the argument required.
    public var defaultValue: Value?

    /// Creates a parameter: `NativeParameter("count", .int, default: .int(50))`, or `NativeParameter(nil, .double)`.
    public init(_ label: String?, _ type: CType, default defaultValue: Value? = nil) {
        self.label = label
        self.type = type
        self.defaultValue = defaultValue
    }
}
