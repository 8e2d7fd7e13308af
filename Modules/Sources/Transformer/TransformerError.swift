import NeuralNetworks
import Tensors

/// Errors the transformer module throws: its own argument checks and the tensor errors underneath.
public enum TransformerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An argument outside its valid range.
    case invalidArgument(String)
    /// A tensor operation failed (usually a shape mismatch).
    case tensor(TensorError)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case let .invalidArgument(message): return message
        case let .tensor(error): return error.description
        }
    }
}
