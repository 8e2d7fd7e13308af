extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
}
extension Collection where Element == Double {
    var total: Double { reduce(0, +) }
    var variance: Double {
        let m = total / Double(count)
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
}
extension Sequence where Element: Numeric {
    func sum() -> Element { reduce(0, +) }
}
extension Sequence {
    func counted(where p: (Element) -> Bool) -> Int { reduce(0) { p($1) ? $0 + 1 : $0 } }
    func grouped<K: Hashable>(by key: (Element) -> K) -> [K: [Element]] { Dictionary(grouping: self, by: key) }
}
extension Collection {
    var second: Element? { count > 1 ? self[index(after: startIndex)] : nil }
    func chunks(of n: Int) -> [[Element]] {
        var out: [[Element]] = []
        var current: [Element] = []
        for x in self {
            current.append(x)
            if current.count == n { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
extension Sequence where Element: Comparable {
    func isSortedAscending() -> Bool {
        var previous: Element? = nil
        for x in self {
            if let p = previous, x < p { return false }
            previous = x
        }
        return true
    }
}
let xs = [1.0, 2, 3, 4]
print(xs.mean, xs.total, xs.variance, xs.sum(), [1, 2, 3].sum())
print(xs.counted { $0 > 2 }, ["a", "bb", "cc"].counted { $0.count == 2 })
print([3, 1, 2].second!, ["x"].second as Any, [1, 2, 3, 4, 5].chunks(of: 2), ["a", "b", "c"].chunks(of: 2))
print([1, 2, 2, 5].isSortedAscending(), ["b", "a"].isSortedAscending())
let g = ["apple", "avocado", "banana"].grouped { $0.first! }
print(g.keys.sorted(), g["a"]!)
