/// An error thrown by a native (bindings) function, e.g. a shape mismatch; reported at the call's position.
public struct NativeError: Error, Sendable, Hashable {
    /// The message shown to the user, e.g. `x and y must have the same length (3 vs 4)`.
    public var message: String

    /// Creates an error with the message shown to the user.
    public init(_ message: String) {
        self.message = message
    }
}
