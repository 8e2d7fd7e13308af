/// The size of a decoder-only GPT.
public struct GPTConfiguration: Sendable, Equatable {
    /// The number of token ids.
    public var vocabularySize: Int
    /// The longest sequence the model reads (positions 0..<contextLength).
    public var contextLength: Int
    /// The width of every token vector.
    public var dimension: Int
    /// Attention heads per block.
    public var heads: Int
    /// Transformer blocks.
    public var layers: Int
    /// Experts per block (0 = dense feed-forward; Mixtral uses 8 with 2 active).
    public var experts: Int
    /// Experts used per token when `experts > 0`.
    public var activeExperts: Int

    /// Creates a configuration; the defaults are the small character model of the course.
    public init(
        vocabularySize: Int, contextLength: Int = 64, dimension: Int = 64, heads: Int = 4, layers: Int = 2,
        experts: Int = 0, activeExperts: Int = 2
    ) {
        self.vocabularySize = vocabularySize
        self.contextLength = contextLength
        self.dimension = dimension
        self.heads = heads
        self.layers = layers
        self.experts = experts
        self.activeExperts = activeExperts
    }
}
