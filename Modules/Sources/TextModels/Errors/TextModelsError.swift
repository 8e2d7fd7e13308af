/// An error raised by a TextModels operation when its input cannot be handled.
public enum TextModelsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A token (character, word or piece) that the vocabulary does not contain.
    case unknownToken(String)
    /// A token id outside the vocabulary's range.
    case unknownID(Int)
    /// An argument outside its valid domain, with an explanation.
    case invalidArgument(String)
    /// Two vectors that should have the same length do not.
    case dimensionMismatch(expected: Int, actual: Int)
    /// A text or collection that must not be empty is empty.
    case emptyInput(String)

    public var description: String {
        switch self {
        case .unknownToken(let token): return "unknown token '\(token)'"
        case .unknownID(let id): return "unknown token id \(id)"
        case .invalidArgument(let message): return message
        case .dimensionMismatch(let expected, let actual):
            return "vector has \(actual) components, expected \(expected)"
        case .emptyInput(let what): return "\(what) is empty"
        }
    }
}
