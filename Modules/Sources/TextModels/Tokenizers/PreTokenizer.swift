/// Splits text into the chunks inside which byte-pair merges may happen (merges never cross chunks).
///
/// The rule follows GPT-2's: a chunk is a run of letters (with combining marks), a run of digits,
/// or a run of other symbols, optionally preceded by the single space before it; remaining
/// whitespace forms chunks of its own. Chunks are capped at `maximumChunkLength` scalars so that
/// encoding stays fast on pathological input (one very long run).
struct PreTokenizer: Sendable {
    /// The longest chunk, in Unicode scalars.
    static let maximumChunkLength = 256

    private enum Kind: Equatable {
        case letter, digit, space, other
    }

    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .enclosingMark
        {
            return .letter
        }
        if properties.numericType != nil { return .digit }
        return .other
    }

    /// Returns the chunks of `scalars` as half-open index ranges covering the whole array in order.
    static func chunks(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let count = scalars.count
        /// Appends `lower..<upper` cut into pieces of at most `maximumChunkLength`.
        func appendCapped(_ lower: Int, _ upper: Int) {
            var lower = lower
            while lower < upper {
                let next = min(upper, lower + maximumChunkLength)
                ranges.append(lower..<next)
                lower = next
            }
        }
        /// The end of the run of scalars of one kind starting at `index`.
        func runEnd(from index: Int) -> Int {
            let runKind = kind(of: scalars[index])
            var end = index + 1
            while end < count, kind(of: scalars[end]) == runKind { end += 1 }
            return end
        }
        var start = 0
        while start < count {
            let end = runEnd(from: start)
            guard kind(of: scalars[start]) == .space else {
                appendCapped(start, end)
                start = end
                continue
            }
            if end < count, scalars[end - 1] == " " {
                // The run's last space joins the following run: " gatto", " 42", " (".
                appendCapped(start, end - 1)
                let wordEnd = runEnd(from: end)
                appendCapped(end - 1, wordEnd)
                start = wordEnd
            } else {
                appendCapped(start, end)
                start = end
            }
        }
        return ranges
    }
}
