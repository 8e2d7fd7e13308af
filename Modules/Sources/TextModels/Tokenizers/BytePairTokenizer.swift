/// A byte-pair-encoding (BPE) tokenizer that learns its merges from a corpus.
///
/// Base symbols are the Unicode scalars of the training corpus, with a byte fallback: a scalar
/// never seen in training is written as the tokens of its UTF-8 bytes (`<0xF0>` …), so any text can
/// be encoded and decoding always gives back the input exactly, accents and emoji included.
/// Training repeatedly merges the most frequent adjacent pair inside pre-tokenized chunks (see
/// `PreTokenizer`); ties go to the pair with the smaller ids. Ids are laid out as: special tokens,
/// the 256 byte tokens, the base scalars in code-point order, then one id per merge in learned order.
public struct BytePairTokenizer: Sendable, Equatable {
    /// One learned merge: the two token ids joined, and the id of the new token.
    public struct Merge: Sendable, Equatable, Hashable {
        /// The left token id.
        public let left: Int
        /// The right token id.
        public let right: Int
        /// The id of the merged token.
        public let result: Int

        /// Creates a merge of `left` and `right` into the token `result`.
        public init(left: Int, right: Int, result: Int) {
            self.left = left
            self.right = right
            self.result = result
        }
    }

    /// The special tokens, which hold ids `0..<specialTokens.count` and are matched literally in text.
    public let specialTokens: [String]
    /// The learned merges, in the order they were learned (earlier merges apply first).
    public let merges: [Merge]
    /// The UTF-8 bytes of every token, indexed by id (special tokens hold their literal text).
    private let tokenBytes: [[UInt8]]
    /// The readable form of every token, indexed by id.
    private let tokenPieces: [String]
    private let scalarIDs: [UInt32: Int]
    private let pieceIDs: [String: Int]
    private let mergeRanks: [Pair: Int]

    struct Pair: Hashable, Sendable {
        let left: Int
        let right: Int
    }

    /// The id of the first byte-fallback token (`<0x00>`).
    public var firstByteID: Int { specialTokens.count }

    /// The number of token ids.
    public var vocabularySize: Int { tokenBytes.count }

    /// Learns a tokenizer from `corpus`.
    ///
    /// Merging stops when the vocabulary reaches `vocabularySize` or when no pair occurs at least
    /// `minPairFrequency` times. `vocabularySize` must leave room for the special tokens, the 256
    /// byte tokens and the corpus's distinct scalars.
    public static func train(
        corpus: String, vocabularySize: Int, minPairFrequency: Int = 2, specialTokens: [String] = []
    ) throws -> BytePairTokenizer {
        guard !corpus.isEmpty else { throw TextModelsError.emptyInput("the corpus") }
        guard minPairFrequency >= 1 else {
            throw TextModelsError.invalidArgument("minPairFrequency must be at least 1")
        }
        guard Set(specialTokens).count == specialTokens.count, !specialTokens.contains("") else {
            throw TextModelsError.invalidArgument("special tokens must be distinct and non-empty")
        }
        let scalars = Array(corpus.unicodeScalars)
        let baseScalars = Set(scalars.map(\.value)).sorted()
        let baseSize = specialTokens.count + 256 + baseScalars.count
        guard vocabularySize >= baseSize else {
            throw TextModelsError.invalidArgument(
                "vocabularySize \(vocabularySize) is smaller than the base vocabulary (\(baseSize): "
                    + "\(specialTokens.count) special, 256 bytes, \(baseScalars.count) characters)")
        }
        var scalarIDs: [UInt32: Int] = [:]
        for (offset, value) in baseScalars.enumerated() {
            scalarIDs[value] = specialTokens.count + 256 + offset
        }

        // Distinct chunks with their frequencies, in first-occurrence order (deterministic).
        var chunkIndex: [ArraySlice<Unicode.Scalar>: Int] = [:]
        var words: [[Int]] = []
        var frequencies: [Int] = []
        for range in PreTokenizer.chunks(of: scalars) {
            let chunk = scalars[range]
            if let index = chunkIndex[chunk] {
                frequencies[index] += 1
            } else {
                chunkIndex[chunk] = words.count
                words.append(chunk.map { scalarIDs[$0.value]! })
                frequencies.append(1)
            }
        }

        var trainer = MergeTrainer(words: words, frequencies: frequencies)
        var merges: [Merge] = []
        var nextID = baseSize
        while nextID < vocabularySize, let pair = trainer.mostFrequentPair(minimum: minPairFrequency) {
            trainer.merge(pair, into: nextID)
            merges.append(Merge(left: pair.left, right: pair.right, result: nextID))
            nextID += 1
        }
        return try BytePairTokenizer(specialTokens: specialTokens, baseScalars: baseScalars, merges: merges)
    }

    /// Rebuilds a tokenizer from its parts (for example, saved merges); throws when they do not fit
    /// together (a base value that is not a Unicode scalar, a merge of ids not yet defined, a merge
    /// whose result is not the next id).
    public init(specialTokens: [String], baseScalars: [UInt32], merges: [Merge]) throws {
        guard Set(specialTokens).count == specialTokens.count, !specialTokens.contains("") else {
            throw TextModelsError.invalidArgument("special tokens must be distinct and non-empty")
        }
        var bytes: [[UInt8]] = specialTokens.map { Array($0.utf8) }
        var pieces: [String] = specialTokens
        for byte in 0..<256 {
            bytes.append([UInt8(byte)])
            pieces.append(BytePairTokenizer.byteName(UInt8(byte)))
        }
        var scalarIDs: [UInt32: Int] = [:]
        for value in baseScalars {
            guard let scalar = Unicode.Scalar(value), scalarIDs[value] == nil else {
                throw TextModelsError.invalidArgument("base scalar \(value) is invalid or repeated")
            }
            scalarIDs[value] = bytes.count
            bytes.append(Array(String(scalar).utf8))
            pieces.append(String(scalar))
        }
        var ranks: [Pair: Int] = [:]
        for (rank, merge) in merges.enumerated() {
            let pair = Pair(left: merge.left, right: merge.right)
            guard bytes.indices.contains(merge.left), bytes.indices.contains(merge.right),
                merge.result == bytes.count, ranks[pair] == nil
            else {
                throw TextModelsError.invalidArgument(
                    "merge \(rank) (\(merge.left), \(merge.right)) -> \(merge.result) does not fit the vocabulary")
            }
            let joined = bytes[merge.left] + bytes[merge.right]
            bytes.append(joined)
            pieces.append(BytePairTokenizer.readable(joined))
            ranks[pair] = rank
        }
        var pieceIDs: [String: Int] = [:]
        for (id, piece) in pieces.enumerated() where pieceIDs[piece] == nil { pieceIDs[piece] = id }
        self.specialTokens = specialTokens
        self.merges = merges
        self.tokenBytes = bytes
        self.tokenPieces = pieces
        self.scalarIDs = scalarIDs
        self.pieceIDs = pieceIDs
        self.mergeRanks = ranks
    }

    /// The base scalars (the training corpus's distinct characters), in code-point order.
    public var baseScalars: [UInt32] { scalarIDs.keys.sorted() }

    /// Encodes `text` into token ids and pieces; never fails thanks to the byte fallback.
    public func encode(_ text: String) -> Encoding {
        var ids: [Int] = []
        for segment in splitOnSpecialTokens(text) {
            switch segment {
            case .special(let id): ids.append(id)
            case .text(let scalars): encodeOrdinary(scalars, into: &ids)
            }
        }
        return Encoding(ids: ids, pieces: ids.map { tokenPieces[$0] })
    }

    /// Decodes token ids back to text; throws on an id outside the vocabulary.
    public func decode(_ ids: [Int]) throws -> String {
        var bytes: [UInt8] = []
        for id in ids {
            guard tokenBytes.indices.contains(id) else { throw TextModelsError.unknownID(id) }
            bytes.append(contentsOf: tokenBytes[id])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The readable piece of a token: its text, or `<0xNN>` for bytes that are not whole characters.
    public func piece(for id: Int) throws -> String {
        guard tokenPieces.indices.contains(id) else { throw TextModelsError.unknownID(id) }
        return tokenPieces[id]
    }

    /// All pieces, indexed by id.
    public var pieces: [String] { tokenPieces }

    /// The id of the token whose piece is `piece`, if any.
    public func id(of piece: String) -> Int? { pieceIDs[piece] }

    // MARK: - Encoding

    private enum Segment {
        case special(Int)
        case text(ArraySlice<Unicode.Scalar>)
    }

    /// Cuts `text` at literal occurrences of special tokens (longest match first).
    private func splitOnSpecialTokens(_ text: String) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        guard !specialTokens.isEmpty else { return [.text(scalars[...])] }
        let candidates = specialTokens.enumerated()
            .map { (id: $0.offset, scalars: Array($0.element.unicodeScalars)) }
            .sorted { $0.scalars.count > $1.scalars.count }
        var segments: [Segment] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if let match = candidates.first(where: { candidate in
                index + candidate.scalars.count <= scalars.count
                    && scalars[index..<(index + candidate.scalars.count)].elementsEqual(candidate.scalars)
            }) {
                if start < index { segments.append(.text(scalars[start..<index])) }
                segments.append(.special(match.id))
                index += match.scalars.count
                start = index
            } else {
                index += 1
            }
        }
        if start < scalars.count { segments.append(.text(scalars[start...])) }
        return segments
    }

    /// Encodes ordinary text (no special tokens) chunk by chunk.
    private func encodeOrdinary(_ scalars: ArraySlice<Unicode.Scalar>, into ids: inout [Int]) {
        let array = Array(scalars)
        var symbols: [Int] = []
        for range in PreTokenizer.chunks(of: array) {
            symbols.removeAll(keepingCapacity: true)
            for scalar in array[range] {
                if let id = scalarIDs[scalar.value] {
                    symbols.append(id)
                } else {
                    for byte in String(scalar).utf8 { symbols.append(firstByteID + Int(byte)) }
                }
            }
            applyMerges(to: &symbols)
            ids.append(contentsOf: symbols)
        }
    }

    /// Applies the learned merges to one chunk: always the adjacent pair learned earliest first.
    private func applyMerges(to symbols: inout [Int]) {
        guard symbols.count > 1 else { return }
        while true {
            var bestRank = Int.max
            for index in 0..<(symbols.count - 1) {
                if let rank = mergeRanks[Pair(left: symbols[index], right: symbols[index + 1])],
                    rank < bestRank
                {
                    bestRank = rank
                }
            }
            guard bestRank != Int.max else { return }
            let merge = merges[bestRank]
            var write = 0
            var read = 0
            while read < symbols.count {
                if read + 1 < symbols.count, symbols[read] == merge.left, symbols[read + 1] == merge.right {
                    symbols[write] = merge.result
                    read += 2
                } else {
                    symbols[write] = symbols[read]
                    read += 1
                }
                write += 1
            }
            symbols.removeLast(symbols.count - write)
            if symbols.count < 2 { return }
        }
    }

    // MARK: - Pieces

    static func byteName(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "<0x" + (hex.count == 1 ? "0" + hex : hex) + ">"
    }

    /// The text of `bytes` when they are valid UTF-8, otherwise each byte as `<0xNN>`.
    static func readable(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return bytes.map(byteName).joined()
    }
}

/// The incremental pair statistics behind BPE training: pair counts are updated only for the
/// chunks that contain the merged pair, so each merge costs time in proportion to its effect.
private struct MergeTrainer {
    typealias Pair = BytePairTokenizer.Pair

    private var words: [[Int]]
    private let frequencies: [Int]
    private var pairCounts: [Pair: Int] = [:]
    private var pairWords: [Pair: Set<Int>] = [:]

    init(words: [[Int]], frequencies: [Int]) {
        self.words = words
        self.frequencies = frequencies
        for index in words.indices { add(word: index) }
    }

    /// The most frequent pair with at least `minimum` occurrences; ties go to smaller ids.
    func mostFrequentPair(minimum: Int) -> Pair? {
        var best: Pair?
        var bestCount = minimum - 1
        for (pair, count) in pairCounts {
            if count > bestCount
                || (count == bestCount && best != nil
                    && (pair.left, pair.right) < (best!.left, best!.right))
            {
                best = pair
                bestCount = count
            }
        }
        return best
    }

    /// Replaces every occurrence of `pair` by `id` and updates the statistics.
    mutating func merge(_ pair: Pair, into id: Int) {
        let affected = (pairWords.removeValue(forKey: pair) ?? []).sorted()
        for index in affected {
            remove(word: index)
            var symbols = words[index]
            var write = 0
            var read = 0
            while read < symbols.count {
                if read + 1 < symbols.count, symbols[read] == pair.left, symbols[read + 1] == pair.right {
                    symbols[write] = id
                    read += 2
                } else {
                    symbols[write] = symbols[read]
                    read += 1
                }
                write += 1
            }
            symbols.removeLast(symbols.count - write)
            words[index] = symbols
            add(word: index)
        }
        pairCounts[pair] = nil
    }

    private mutating func add(word index: Int) {
        let symbols = words[index]
        guard symbols.count > 1 else { return }
        for position in 0..<(symbols.count - 1) {
            let pair = Pair(left: symbols[position], right: symbols[position + 1])
            pairCounts[pair, default: 0] += frequencies[index]
            pairWords[pair, default: []].insert(index)
        }
    }

    private mutating func remove(word index: Int) {
        let symbols = words[index]
        guard symbols.count > 1 else { return }
        for position in 0..<(symbols.count - 1) {
            let pair = Pair(left: symbols[position], right: symbols[position + 1])
            let remaining = (pairCounts[pair] ?? 0) - frequencies[index]
            pairCounts[pair] = remaining > 0 ? remaining : nil
        }
    }
}
