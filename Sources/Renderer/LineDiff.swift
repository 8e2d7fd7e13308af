/// A shortest edit script between two sequences (Myers' greedy algorithm), as hunks of replaced elements.
enum LineDiff {
    /// Elements `old` (indexes in the first sequence) replaced by elements `new` (indexes in the second).
    struct Hunk {
        var old: [Int]
        var new: [Int]
        /// Where the hunk starts in the first sequence, as an element index.
        var oldStart: Int
        /// Where the hunk starts in the second sequence, as an element index.
        var newStart: Int

        /// The code-unit position of an insertion with no old lines.
        func oldPosition(in lines: [Range<Int>], length: Int) -> Int {
            oldStart < lines.count ? lines[oldStart].lowerBound : length
        }
    }

    static func hunks<T: Equatable>(_ a: [T], _ b: [T]) -> [Hunk] {
        hunks(a, b, maxEdits: Int.max)!
    }

    /// The hunks, or nil when the shortest script needs more than `maxEdits` insertions and deletions (the time and
    /// memory Myers' algorithm takes grow with that number).
    static func hunks<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int) -> [Hunk]? {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let x = a[prefix..<(a.count - suffix)], y = b[prefix..<(b.count - suffix)]
        guard let matches = lcsPairs(x, y, maxEdits: maxEdits) else { return nil }
        var hunks: [Hunk] = []
        var i = 0, j = 0
        for (mi, mj) in matches + [(x.count, y.count)] {
            if mi > i || mj > j {
                hunks.append(Hunk(old: Array((i..<mi).map { $0 + prefix }), new: Array((j..<mj).map { $0 + prefix }),
                                  oldStart: i + prefix, newStart: j + prefix))
            }
            i = mi + 1
            j = mj + 1
        }
        return hunks
    }

    /// Matched index pairs (relative to the slices' starts) of a shortest edit script (Myers, O((N+M)·D) time,
    /// O(D²) memory); nil when D would exceed `maxEdits`.
    static func lcsPairs<T: Equatable>(_ a: ArraySlice<T>, _ b: ArraySlice<T>, maxEdits: Int) -> [(Int, Int)]? {
        let n = a.count, m = b.count
        guard n > 0 && m > 0 else { return [] }
        let a0 = a.startIndex, b0 = b.startIndex
        let maximum = n + m
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        // trace[d] holds v[-d...d] as it was before round d.
        var trace: [[Int]] = []
        var found = false
        for d in 0...maximum {
            if d > maxEdits { return nil }
            trace.append(Array(v[(maximum - d)...(maximum + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1])) ? v[maximum + k + 1] : v[maximum + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[a0 + x] == b[b0 + y] { x += 1; y += 1 }
                v[maximum + k] = x
                if x >= n && y >= m { found = true; break }
            }
            if found { break }
        }
        var pairs: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let previous = trace[d]
            let at = { (k: Int) in previous[k + d] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY { x -= 1; y -= 1; pairs.append((x, y)) }
            x = previousX
            y = previousY
        }
        while x > 0 && y > 0 { x -= 1; y -= 1; pairs.append((x, y)) }
        return pairs.reversed()
    }
}
