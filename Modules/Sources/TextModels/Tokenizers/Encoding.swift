/// The result of tokenizing a text: the token ids and, side by side, the readable pieces they stand for.
public struct Encoding: Sendable, Equatable, CustomStringConvertible {
    /// The token ids, in text order.
    public let ids: [Int]
    /// The readable form of each token, in the same order as `ids`.
    public let pieces: [String]

    /// Creates an encoding; `ids` and `pieces` must have the same length.
    init(ids: [Int], pieces: [String]) {
        self.ids = ids
        self.pieces = pieces
    }

    /// The number of tokens.
    public var count: Int { ids.count }

    /// A one-line listing such as `"Il"=71 " gatto"=312`.
    public var description: String {
        zip(pieces, ids).map { "\"\($0)\"=\($1)" }.joined(separator: " ")
    }
}
