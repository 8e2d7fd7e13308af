/// Stores many versions of one cell's output HTML compactly: each version as edits of the run's own version (the
/// base), so what does not change between states — a plot's axes, points and legend, unchanged text — is stored
/// once, and only the numbers and words that change are stored per version.
///
/// A version is rebuilt from the base by (1) replacing, everywhere, each word of `substitutions` (a word that
/// changes the same way at every place it occurs, such as a plot's content-hash id), then (2) applying `edits`
/// left to right: keep `skip` UTF-16 code units, drop `delete`, insert `text`. Lines are matched with a shortest
/// edit script (Myers); lines replaced one for one are compared word by word, where a word is a run of letters,
/// digits, `.`, `_` and non-ASCII characters.
public enum LiveOutputCompactor {
    /// One step of an edit script, offsets in UTF-16 code units as JavaScript counts them.
    public struct Edit: Hashable, Sendable {
        /// Code units kept from where the previous edit ended.
        public var skip: Int
        /// Code units dropped.
        public var delete: Int
        /// Text inserted.
        public var text: String
    }

    /// How to rebuild one version from the base.
    public struct Delta: Hashable, Sendable {
        /// Words replaced everywhere first: `(old, new)`.
        public var substitutions: [(String, String)]
        /// Then these edits, in order.
        public var edits: [Edit]

        public static func == (a: Delta, b: Delta) -> Bool {
            a.edits == b.edits && a.substitutions.map { [$0.0, $0.1] } == b.substitutions.map { [$0.0, $0.1] }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(edits)
            for (old, new) in substitutions { hasher.combine(old); hasher.combine(new) }
        }
    }

    /// The delta that turns `base` into `version`.
    public static func delta(from base: String, to version: String) -> Delta {
        let first = edits(from: Array(base.utf16), to: Array(version.utf16))
        let substitutions = repeatedWords(first, base: base)
        guard !substitutions.isEmpty else { return Delta(substitutions: [], edits: first.map(\.edit)) }
        let substituted = apply(substitutions, to: base)
        return Delta(substitutions: substitutions, edits: edits(from: Array(substituted.utf16), to: Array(version.utf16)).map(\.edit))
    }

    /// Rebuilds a version from the base (what the page's script does).
    public static func rebuild(_ base: String, with delta: Delta) -> String {
        let units = Array(apply(delta.substitutions, to: base).utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var position = 0
        for edit in delta.edits {
            out += units[position..<position + edit.skip]
            out += Array(edit.text.utf16)
            position += edit.skip + edit.delete
        }
        out += units[position...]
        return String(decoding: out, as: UTF16.self)
    }

    /// Replaces every occurrence of each old word, left to right, comparing UTF-16 code units as JavaScript's
    /// `split(old).join(new)` does (not Swift's canonical equivalence).
    static func apply(_ substitutions: [(String, String)], to text: String) -> String {
        var units = Array(text.utf16)
        for (old, new) in substitutions {
            let oldUnits = Array(old.utf16), newUnits = Array(new.utf16)
            var out: [UInt16] = []
            var position = 0
            for start in occurrences(of: oldUnits, in: units) {
                out += units[position..<start] + newUnits
                position = start + oldUnits.count
            }
            units = out + units[position...]
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The starts of the non-overlapping occurrences of `word` in `units`, left to right.
    static func occurrences(of word: [UInt16], in units: [UInt16]) -> [Int] {
        guard !word.isEmpty, word.count <= units.count else { return [] }
        var starts: [Int] = []
        var index = 0
        while index <= units.count - word.count {
            if units[index] == word[0] && units[index..<index + word.count].elementsEqual(word) {
                starts.append(index)
                index += word.count
            } else {
                index += 1
            }
        }
        return starts
    }

    /// An edit with the text it removed, for finding repeated words.
    struct Change {
        var edit: Edit
        var removed: String
    }

    /// Words that every one of their occurrences in the base changes into the same new word, at least twice.
    static func repeatedWords(_ changes: [Change], base: String) -> [(String, String)] {
        var counts: [String: (new: String, count: Int, consistent: Bool)] = [:]
        for change in changes where !change.removed.isEmpty && isWord(change.removed) && isWord(change.edit.text) {
            if let known = counts[change.removed] {
                counts[change.removed] = (known.new, known.count + 1, known.consistent && known.new == change.edit.text)
            } else {
                counts[change.removed] = (change.edit.text, 1, true)
            }
        }
        let units = Array(base.utf16)
        return counts.filter { old, entry in
            entry.consistent && entry.count >= 2 && old.utf16.count >= 6
                && occurrences(of: Array(old.utf16), in: units).count == entry.count
                && occurrences(of: Array(entry.new.utf16), in: units).isEmpty
        }.map { ($0.key, $0.value.new) }.sorted { Array($0.0.utf16).lexicographicallyPrecedes(Array($1.0.utf16)) }
    }

    private static func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf16.allSatisfy(isWordUnit)
    }

    static func isWordUnit(_ unit: UInt16) -> Bool {
        unit >= 0x80 || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            || unit == 0x2E || unit == 0x5F
    }

    /// The edits from `base` to `version`: lines matched by a shortest edit script, replaced lines word by word.
    static func edits(from base: [UInt16], to version: [UInt16]) -> [Change] {
        let baseLines = lines(base)
        let versionLines = lines(version)
        let script = LineDiff.hunks(baseLines.map { base[$0] }, versionLines.map { version[$0] })
        var changes: [Change] = []
        var kept = 0
        func emit(_ start: Int, _ end: Int, _ text: ArraySlice<UInt16>) {
            changes.append(Change(edit: Edit(skip: start - kept, delete: end - start, text: String(decoding: text, as: UTF16.self)),
                                  removed: String(decoding: base[start..<end], as: UTF16.self)))
            kept = end
        }
        for hunk in script {
            if hunk.old.count == hunk.new.count {
                for (old, new) in zip(hunk.old, hunk.new) {
                    let oldRange = baseLines[old], newRange = versionLines[new]
                    let oldWords = words(base, in: oldRange), newWords = words(version, in: newRange)
                    if oldWords.count == newWords.count {
                        for (a, b) in zip(oldWords, newWords) where base[a] != version[b] {
                            emit(a.lowerBound, a.upperBound, version[b])
                        }
                    } else {
                        emit(oldRange.lowerBound, oldRange.upperBound, version[newRange])
                    }
                }
            } else {
                let start = hunk.old.first.map { baseLines[$0].lowerBound } ?? hunk.oldPosition(in: baseLines, length: base.count)
                let end = hunk.old.last.map { baseLines[$0].upperBound } ?? start
                let text = hunk.new.isEmpty ? version[0..<0]
                    : version[versionLines[hunk.new.first!].lowerBound..<versionLines[hunk.new.last!].upperBound]
                emit(start, end, text)
            }
        }
        return changes
    }

    /// Line ranges, each with its newline.
    static func lines(_ units: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, unit) in units.enumerated() where unit == 0x0A {
            ranges.append(start..<index + 1)
            start = index + 1
        }
        if start < units.count { ranges.append(start..<units.count) }
        return ranges
    }

    /// The line split into words and single other code units.
    static func words(_ units: [UInt16], in range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index + 1
            if isWordUnit(units[index]) {
                while end < range.upperBound && isWordUnit(units[end]) { end += 1 }
            }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }
}
