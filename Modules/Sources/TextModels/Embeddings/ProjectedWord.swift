/// A token placed on a plane, for example by a 2-D principal component projection.
public struct ProjectedWord: Sendable, Equatable {
    /// The token.
    public let word: String
    /// The first coordinate (the first principal component).
    public let x: Double
    /// The second coordinate (the second principal component).
    public let y: Double

    /// Creates a projected word.
    public init(word: String, x: Double, y: Double) {
        self.word = word
        self.x = x
        self.y = y
    }
}
