// Members of 'extension Sequence', 'Collection' and 'BidirectionalCollection' on strings, and of 'extension
// Sequence' on ranges and sets (nbrun gave them to arrays only).
extension Sequence where Element: Hashable {
    func frequencies() -> [Element: Int] { reduce(into: [:]) { $0[$1, default: 0] += 1 } }
}
extension Sequence {
    func count(where p: (Element) -> Bool) -> Int { var n = 0; for e in self where p(e) { n += 1 }; return n }
    var asArray: [Element] { Array(self) }
    func sum<T: Numeric>(_ f: (Element) -> T) -> T { var s: T = 0; for e in self { s += f(e) }; return s }
}
extension Collection {
    var middle: Element? { isEmpty ? nil : self[index(startIndex, offsetBy: count / 2)] }
}
extension BidirectionalCollection {
    var penultimate: Element? { count < 2 ? nil : self[index(endIndex, offsetBy: -2)] }
}
extension Sequence where Element == Int {
    var total: Int { reduce(0, +) }
}
let f = "hello".frequencies()
print(f.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined())
print("hello world".count(where: { $0 == "o" }), "abc".asArray, "abcde".middle!, "abc".penultimate!)
print("abc".sum { $0 == "a" ? 1 : 2 }, "xyz".sum { _ in 0.5 })
print((1...10).count(where: { $0 % 3 == 0 }), (0..<4).asArray, (0..<4).sum { Double($0) })
let s: Set<Int> = [1, 2, 3]
print(s.count(where: { $0 > 1 }), s.frequencies().count, s.asArray.sorted())
print([1, 2, 2].frequencies().sorted { $0.key < $1.key }.map { $0.value }, [3, 4].penultimate!, [1, 2].total)
