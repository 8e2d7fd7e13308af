/// Errors tensor operations throw instead of crashing: the interpreter turns them into notebook diagnostics.
public enum TensorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Shapes that an operation cannot combine; the message names the operation and both shapes.
    case shapeMismatch(String)
    /// An argument outside its valid range (an axis, an index, a count).
    case invalidArgument(String)
    /// A tensor that would hold more elements than `Tensor.maxElementCount`.
    case tooLarge(String)
    /// A gradient request that cannot be served (for example `backward()` on a tensor without a graph).
    case gradient(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case let .shapeMismatch(message), let .invalidArgument(message), let .tooLarge(message),
            let .gradient(message):
            return message
        }
    }
}
