// Members of 'extension Array', 'Sequence' and 'Collection' on arrays of every element type: declared types,
// existentials, nested arrays, optionals and tuples (nbrun took only numbers, Booleans, strings and characters).
struct Point: Equatable, CustomStringConvertible { var x: Int; var y: Int; var description: String { "(\(x),\(y))" } }
protocol Shape { var area: Double { get } }
struct Sq: Shape { var s: Double; var area: Double { s * s } }
extension Array {
    var second: Element? { count > 1 ? self[1] : nil }
    func chunked(into n: Int) -> [[Element]] { stride(from: 0, to: count, by: n).map { Array(self[$0..<Swift.min($0 + n, count)]) } }
    func paired<T>(with other: [T]) -> [(Element, T)] { Array<(Element, T)>(zip(self, other)) }
    mutating func rotate() { if let f = first { removeFirst(); append(f) } }
}
extension Array where Element: Equatable {
    func deduped() -> [Element] { var out: [Element] = []; for e in self where !out.contains(e) { out.append(e) }; return out }
}
extension Sequence {
    func count(where p: (Element) -> Bool) -> Int { var n = 0; for e in self where p(e) { n += 1 }; return n }
}
extension Collection {
    var middle: Element? { isEmpty ? nil : self[index(startIndex, offsetBy: count / 2)] }
}
let ps = [Point(x: 1, y: 2), Point(x: 3, y: 4), Point(x: 1, y: 2)]
print(ps.second!, ps.chunked(into: 2), ps.deduped(), ps.count(where: { $0.x > 1 }), ps.middle!)
var qs = ps
qs.rotate()
print(qs)
let shapes: [any Shape] = [Sq(s: 1), Sq(s: 2)]
print(shapes.second!.area, shapes.count(where: { $0.area > 1 }), shapes.chunked(into: 1).count)
let nested = [[1, 2], [3], [4, 5, 6]]
print(nested.second!, nested.deduped(), nested.middle!, nested.paired(with: ["a", "b"]).map { "\($0.1)\($0.0.count)" })
let opts: [Int?] = [1, nil, 3]
print(opts.deduped(), opts.count(where: { $0 == nil }))
let tuples = [(1, "a"), (2, "b")]
print(tuples.second!.1, tuples.chunked(into: 1).count)
print(ps.paired(with: [1.5, 2.5]).map { $0.0.x * 2 })
struct Sample { let x: [Double]; let y: Int }
let data = (0..<7).map { Sample(x: [Double($0)], y: $0 % 2) }
for batch in data.chunked(into: 3) { print(batch.map(\.y), batch.second?.x ?? []) }
extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
var grid = [[1, 2], [3]]
grid[1][0] += 1
print(grid[safe: 1] as Any, grid[safe: 5] as Any, [1, 2][safe: 0] as Any, ps[safe: 2]?.x as Any)
protocol Describable {}
extension Describable { func describe() -> String { "described \(self)" } }
extension Array: Describable {}
print([1, 2].describe(), ps.describe(), [[1]].describe())
