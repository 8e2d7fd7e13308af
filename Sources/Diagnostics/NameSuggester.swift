/// Picks the closest known name to a misspelt one, for `did you mean '…'?` notes.
public enum NameSuggester {
    /// The candidate nearest to `name` by edit distance, or `nil` when none is close enough to be a likely typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the longer name's length (at least 1);
    /// ties go to the candidate that sorts first, so the answer is deterministic.
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        var best: (name: String, distance: Int)?
        let source = Array(name.unicodeScalars)
        for candidate in candidates where candidate != name {
            let target = Array(candidate.unicodeScalars)
            let limit = max(1, max(source.count, target.count) / 3)
            if abs(source.count - target.count) > limit { continue }
            let distance = editDistance(source, target)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name < candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, adjacent swaps.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
