#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeededRandom

/// A character n-gram language model (a bigram model when `order` is 2): counts of which character
/// follows each context of `order − 1` characters, turned into probabilities with add-k smoothing.
///
/// The text is read as one stream; the first characters see a context padded on the left with a
/// start marker that is never predicted, so every character of a text is predicted exactly once.
/// Characters are grapheme clusters (an accented letter or an emoji is one character).
public struct CharacterNGramModel: Sendable, Equatable {
    /// How many characters each prediction looks at, plus one (2 = bigram).
    public let order: Int
    /// The pseudo-count added to every (context, character) pair before normalising.
    public let smoothing: Double
    /// The characters the model can predict, in code-point order.
    public let alphabet: [String]
    private let characterIDs: [String: Int]
    /// Counts of the next character, by context (the previous `order − 1` characters, padded).
    private let counts: [String: [Int]]

    /// The start marker used to pad contexts at the beginning of a text.
    static let startMarker: Character = "\u{2}"

    /// Counts the n-grams of `text`; `order` ≥ 1 and `smoothing` ≥ 0.
    public init(training text: String, order: Int = 2, smoothing: Double = 1) throws {
        guard order >= 1 else { throw TextModelsError.invalidArgument("order must be at least 1, got \(order)") }
        guard smoothing >= 0, smoothing.isFinite else {
            throw TextModelsError.invalidArgument("smoothing must be a non-negative number, got \(smoothing)")
        }
        guard !text.isEmpty else { throw TextModelsError.emptyInput("the training text") }
        let characters = Array(text)
        alphabet = Set(characters).map(String.init).sorted(by: codePointOrder)
        var characterIDs: [String: Int] = [:]
        for (id, character) in alphabet.enumerated() { characterIDs[character] = id }
        var counts: [String: [Int]] = [:]
        let padded = [Character](repeating: Self.startMarker, count: order - 1) + characters
        for position in (order - 1)..<padded.count {
            let context = String(padded[(position - order + 1)..<position])
            let id = characterIDs[String(padded[position])]!
            counts[context, default: [Int](repeating: 0, count: alphabet.count)][id] += 1
        }
        self.order = order
        self.smoothing = smoothing
        self.characterIDs = characterIDs
        self.counts = counts
    }

    /// How many times `character` followed `context` (its last `order − 1` characters) in training.
    public func count(of character: String, after context: String) -> Int {
        guard let id = characterIDs[character], let row = counts[contextKey(context)] else { return 0 }
        return row[id]
    }

    /// The probability of each character of `alphabet` coming next after `context`.
    ///
    /// Throws when smoothing is 0 and the context never occurred (no distribution exists).
    public func probabilities(after context: String) throws -> [Double] {
        let row = counts[contextKey(context)] ?? [Int](repeating: 0, count: alphabet.count)
        let total = Double(row.reduce(0, +)) + smoothing * Double(alphabet.count)
        guard total > 0 else {
            throw TextModelsError.invalidArgument(
                "the context '\(contextKey(context))' never occurs in training and smoothing is 0")
        }
        return row.map { (Double($0) + smoothing) / total }
    }

    /// The probability that `character` comes next after `context`.
    public func probability(of character: String, after context: String) throws -> Double {
        guard let id = characterIDs[character] else { throw TextModelsError.unknownToken(character) }
        return try probabilities(after: context)[id]
    }

    /// The average negative log-likelihood of `text`, in nats per character (lower is better;
    /// `exp` of it is the perplexity). Infinite when an unsmoothed model gives a character
    /// probability 0; throws on a character outside the alphabet.
    public func averageNegativeLogLikelihood(of text: String) throws -> Double {
        guard !text.isEmpty else { throw TextModelsError.emptyInput("the text") }
        let padded = [Character](repeating: Self.startMarker, count: order - 1) + Array(text)
        var total = 0.0
        for position in (order - 1)..<padded.count {
            let character = String(padded[position])
            guard let id = characterIDs[character] else { throw TextModelsError.unknownToken(character) }
            let row = counts[String(padded[(position - order + 1)..<position])]
            let count = Double(row?[id] ?? 0)
            let rowTotal = Double(row?.reduce(0, +) ?? 0) + smoothing * Double(alphabet.count)
            guard rowTotal > 0, count + smoothing > 0 else { return .infinity }
            total -= log((count + smoothing) / rowTotal)
        }
        return total / Double(padded.count - order + 1)
    }

    /// Generates `length` characters after `prompt`, each drawn from the model's distribution.
    /// Returns only the new characters.
    public func sample(length: Int, prompt: String = "", using random: inout Random) throws -> String {
        guard length >= 0 else { throw TextModelsError.invalidArgument("length must not be negative") }
        var context = [Character](repeating: Self.startMarker, count: order - 1) + Array(prompt)
        var generated = ""
        for _ in 0..<length {
            let weights = try probabilities(after: String(context.suffix(order - 1)))
            let id: Int
            do { id = try random.choice(weights: weights) } catch {
                throw TextModelsError.invalidArgument(error.description)
            }
            let character = Character(alphabet[id])
            generated.append(character)
            context.append(character)
        }
        return generated
    }

    /// The last `order − 1` characters of `context`, padded on the left with the start marker.
    private func contextKey(_ context: String) -> String {
        let characters = Array(context.suffix(order - 1))
        return String(repeating: Self.startMarker, count: order - 1 - characters.count) + String(characters)
    }
}
