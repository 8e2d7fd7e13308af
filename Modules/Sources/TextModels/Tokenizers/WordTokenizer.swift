/// A tokenizer whose tokens are words and punctuation marks, with Italian elision handled.
///
/// A word is a run of letters, digits and combining marks; an apostrophe between two letters
/// ends the word it follows (`l'acqua` → `l'`, `acqua`; `dell'erba` → `dell'`, `erba`). Every other
/// non-space character is a token of its own; whitespace separates tokens and is not kept, so
/// `decode` rebuilds a normalised text (single spaces, no space before `.,;:!?`), not the exact input.
public struct WordTokenizer: Sendable, Equatable {
    /// The words, punctuation marks and special tokens, with their ids.
    public let vocabulary: Vocabulary
    /// Whether text is lowercased before splitting.
    public let lowercased: Bool

    /// Builds the vocabulary from the words of `corpus`, most frequent first.
    ///
    /// By default `<unk>` is the only special token and stands for unseen words.
    public init(
        corpus: String, lowercased: Bool = true, minCount: Int = 1,
        specialTokens: [String] = ["<unk>"], unknownToken: String? = "<unk>"
    ) throws {
        let words = WordTokenizer.words(in: corpus, lowercased: lowercased)
        guard !words.isEmpty else { throw TextModelsError.emptyInput("the corpus") }
        vocabulary = try Vocabulary(
            counting: words, minCount: minCount, specialTokens: specialTokens,
            unknownToken: unknownToken)
        self.lowercased = lowercased
    }

    /// The number of token ids.
    public var vocabularySize: Int { vocabulary.count }

    /// Splits `text` into words and maps each to its id (or to the unknown token).
    public func encode(_ text: String) throws -> Encoding {
        let words = WordTokenizer.words(in: text, lowercased: lowercased)
        var ids: [Int] = []
        ids.reserveCapacity(words.count)
        for word in words { ids.append(try vocabulary.encode(word)) }
        return Encoding(ids: ids, pieces: ids.map { vocabulary.tokens[$0] })
    }

    /// Joins the words of `ids` with single spaces, without a space before closing punctuation
    /// or after an opening bracket or an elided word.
    public func decode(_ ids: [Int]) throws -> String {
        var text = ""
        var previous: String?
        for id in ids {
            let word = try vocabulary.token(for: id)
            if let previous, WordTokenizer.needsSpace(after: previous, before: word) { text += " " }
            text += word
            previous = word
        }
        return text
    }

    /// The words and punctuation marks of `text`, in order, lowercased when asked.
    public static func words(in text: String, lowercased: Bool = true) -> [String] {
        let source = lowercased ? text.lowercased() : text
        let scalars = Array(source.unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if isApostrophe(scalar), !current.isEmpty, index + 1 < scalars.count,
                scalars[index + 1].properties.isAlphabetic
            {
                current.append(scalar)
                flush()
            } else if scalar.properties.isWhitespace {
                flush()
            } else {
                flush()
                words.append(String(scalar))
            }
        }
        flush()
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    private static let noSpaceBefore: Set<String> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "»", "…"]
    private static let noSpaceAfter: Set<String> = ["(", "[", "{", "«"]

    private static func needsSpace(after previous: String, before word: String) -> Bool {
        if noSpaceBefore.contains(word) || noSpaceAfter.contains(previous) { return false }
        if let last = previous.unicodeScalars.last, isApostrophe(last), previous.unicodeScalars.count > 1 {
            return false
        }
        return true
    }
}
