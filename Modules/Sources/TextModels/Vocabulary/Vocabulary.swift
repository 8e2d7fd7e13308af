/// A bijection between tokens (strings) and integer ids, with optional special tokens first.
///
/// Special tokens (for example `<pad>`, `<unk>`, `<bos>`, `<eos>`) take ids `0..<specialTokens.count`;
/// ordinary tokens follow in the order given. When `unknownToken` is set, lookups of missing tokens
/// map to its id instead of failing.
public struct Vocabulary: Sendable, Equatable {
    /// All tokens, indexed by id.
    public let tokens: [String]
    /// The special tokens, which hold the first ids.
    public let specialTokens: [String]
    /// The token that stands for anything missing from the vocabulary, if any.
    public let unknownToken: String?
    private let ids: [String: Int]

    /// Creates a vocabulary from special tokens followed by `tokens`; duplicates keep their first id.
    public init(tokens: [String], specialTokens: [String] = [], unknownToken: String? = nil) throws {
        var ordered: [String] = []
        var ids: [String: Int] = [:]
        for token in specialTokens + tokens where ids[token] == nil {
            ids[token] = ordered.count
            ordered.append(token)
        }
        if let unknownToken, ids[unknownToken] == nil {
            throw TextModelsError.invalidArgument(
                "the unknown token '\(unknownToken)' must be one of the special tokens")
        }
        self.tokens = ordered
        self.specialTokens = specialTokens
        self.unknownToken = unknownToken
        self.ids = ids
    }

    /// Builds a vocabulary from a token stream: most frequent first, ties in code-point order.
    public init(
        counting stream: [String], minCount: Int = 1, specialTokens: [String] = [],
        unknownToken: String? = nil
    ) throws {
        guard minCount >= 1 else { throw TextModelsError.invalidArgument("minCount must be at least 1") }
        var counts: [String: Int] = [:]
        for token in stream { counts[token, default: 0] += 1 }
        let kept = counts.filter { $0.value >= minCount }.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : codePointOrder(lhs.key, rhs.key)
        }
        try self.init(tokens: kept.map(\.key), specialTokens: specialTokens, unknownToken: unknownToken)
    }

    /// The number of tokens, special ones included.
    public var count: Int { tokens.count }

    /// The id of `token`, or nil when it is missing (the unknown token is not substituted here).
    public func id(of token: String) -> Int? { ids[token] }

    /// The id of `token`, falling back to the unknown token; throws when neither exists.
    public func encode(_ token: String) throws -> Int {
        if let id = ids[token] { return id }
        if let unknownToken, let id = ids[unknownToken] { return id }
        throw TextModelsError.unknownToken(token)
    }

    /// The token with the given id; throws when the id is out of range.
    public func token(for id: Int) throws -> String {
        guard tokens.indices.contains(id) else { throw TextModelsError.unknownID(id) }
        return tokens[id]
    }

    /// Whether `token` is in the vocabulary.
    public func contains(_ token: String) -> Bool { ids[token] != nil }
}

/// Orders strings by their Unicode scalar values, independently of locale and normalisation.
func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
}
