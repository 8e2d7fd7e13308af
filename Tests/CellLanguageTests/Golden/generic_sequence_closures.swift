// Generic functions over Sequence and Collection whose closure parameters and results name the element type:
// `(S.Element) -> Bool`, `[S.Element]`, `S.Element?`, `(S.Element, S.Element)`.
func count<S: Sequence>(_ s: S, where p: (S.Element) -> Bool) -> Int {
    var n = 0
    for x in s where p(x) { n += 1 }
    return n
}
func keep<S: Sequence>(_ s: S, _ p: (S.Element) -> Bool) -> [S.Element] { s.filter(p) }
func firstMatch<S: Sequence>(_ s: S, _ p: (S.Element) -> Bool) -> S.Element? {
    for x in s where p(x) { return x }
    return nil
}
func minMax<S: Sequence>(_ s: S) -> (S.Element, S.Element)? where S.Element: Comparable {
    guard let lo = s.min(), let hi = s.max() else { return nil }
    return (lo, hi)
}
func apply<S: Sequence, T>(_ s: S, _ f: (S.Element) -> T) -> [T] { s.map(f) }
func total<S: Sequence>(_ s: S, by key: (S.Element) -> Double) -> Double { s.reduce(0) { $0 + key($1) } }
func sortedBy<S: Sequence, K: Comparable>(_ s: S, _ key: (S.Element) -> K) -> [S.Element] {
    s.sorted { key($0) < key($1) }
}
func pairs<C: Collection>(_ c: C) -> [(C.Element, C.Element)] {
    var result: [(C.Element, C.Element)] = []
    for a in c {
        for b in c { result.append((a, b)) }
    }
    return result
}
func mean<C: Collection>(_ c: C, of value: (C.Element) -> Double) -> Double {
    c.isEmpty ? 0 : c.reduce(0) { $0 + value($1) } / Double(c.count)
}

struct Sample { var label: String; var score: Double }
let samples = [Sample(label: "cat", score: 0.9), Sample(label: "dog", score: 0.4), Sample(label: "cow", score: 0.7)]
print(count([1, 2, 3, 4], where: { $0 % 2 == 0 }), count("hello", where: { $0 == "l" }), count(1...10) { $0 > 7 })
print(keep(1...6) { $0 > 3 }, keep(samples) { $0.score > 0.5 }.map(\.label))
print(firstMatch([3, 8, 11], { $0 > 5 }) ?? -1, firstMatch(samples) { $0.label.hasPrefix("d") }?.score ?? 0)
print(firstMatch([Int](), { $0 > 5 }) as Any)
print(minMax([4, 1, 9])!, minMax("swift")!, minMax([Double]()) == nil)
print(apply(["a", "bb"]) { $0.count }, apply(samples) { $0.score * 10 })
print(total(["ab", "c"], by: { Double($0.count) }), total(samples, by: \.score))
print(sortedBy(["ccc", "a", "bb"], { $0.count }), sortedBy(samples) { -$0.score }.map(\.label))
print(pairs([1, 2]).count, pairs("ab").map { "\($0.0)\($0.1)" })
print(mean(samples, of: \.score), mean([Sample](), of: \.score), mean([1, 2, 4]) { Double($0) })
