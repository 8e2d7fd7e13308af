/// Errors the regression functions throw instead of crashing on bad input.
public enum RegressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Inputs that should have equal lengths do not.
    case lengthMismatch(String)
    /// Too few points, a negative degree, a non-positive learning rate and similar.
    case invalidArgument(String)
    /// The data cannot determine the model (for example every x is equal).
    case singular(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case let .lengthMismatch(message), let .invalidArgument(message), let .singular(message): return message
        }
    }
}
