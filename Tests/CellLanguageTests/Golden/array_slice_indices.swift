// ArraySlice indices are its base's, as in Swift: subscripts by position and by range, startIndex, endIndex,
// indices, firstIndex/lastIndex, slices of slices and of ranges, element assignment, nested printing.
let xs = [10, 20, 30, 40, 50, 60]
let s = xs[2...4]
print(s[2], s.startIndex, s.endIndex, s.indices)
print(xs.dropFirst()[1])
print(s.firstIndex(of: 40) as Any, s.lastIndex(where: { $0 > 10 }) as Any)
let t = s.dropFirst()
print(t, t.startIndex, t[4], t[3...4])
let u = xs.suffix(2)
print(u.startIndex, u.first!, u[5])
print(s == [30, 40, 50], s.count, Array(s))
for i in s.indices { print(i, s[i]) }
let p = xs.prefix(3)
print(p.startIndex, p.endIndex, p.dropLast().endIndex)
let names = ["a", "b", "c"]
print(names[1...], names[1...].firstIndex(of: "c")!)
let e: ArraySlice<Int> = [1, 2]
print(e.startIndex, e)
print(Set([xs[1...2], xs.dropFirst().prefix(2)]).count)
print(s[3...])
print(s[..<4])
struct P: Equatable { var v: Int; static func == (a: P, b: P) -> Bool { a.v % 10 == b.v % 10 } }
let ps = [P(v: 1), P(v: 2), P(v: 3)]
print(ps[1...] == [P(v: 12), P(v: 23)], ps[1...].firstIndex(of: P(v: 13))!)
func sum(_ xs: ArraySlice<Int>) -> Int {
    guard let first = xs.first else { return 0 }
    return first + sum(xs.dropFirst())
}
print(sum([1, 2, 3, 4][0...]))
func search(_ xs: ArraySlice<Int>, _ target: Int) -> Int? {
    if xs.isEmpty { return nil }
    let mid = (xs.startIndex + xs.endIndex) / 2
    if xs[mid] == target { return mid }
    return xs[mid] < target ? search(xs[(mid + 1)...], target) : search(xs[..<mid], target)
}
let sorted = [1, 3, 5, 7, 9, 11, 13]
print(search(sorted[0...], 11) as Any, search(sorted[0...], 4) as Any)
let words = ["a", "bb", "ccc", "dddd"]
let tail = words.dropFirst(2)
print(tail, "\(tail)", tail.joined(separator: "-"), tail.map { $0.count }, Array(tail.reversed()))
let any: Any = tail
print(any)
print(zip(tail, tail.indices).map { "\($0)\($1)" })
for (i, w) in tail.enumerated() { print(i, w) }
print(Set(words.prefix(2)).count, tail.max()!, tail.sorted(by: >))
let r = (5..<10).dropFirst()
print(r[6], r.startIndex, (0..<5).suffix(2).startIndex)
let nested = [[1, 2], [3, 4], [5]]
print(nested.dropFirst(), nested.dropFirst()[1][0])
let opt: ArraySlice<Int>? = sorted.prefix(2)
print(opt as Any, opt?.last as Any)
print(tail.contains("ccc"), tail.first(where: { $0.count > 3 })!, tail.reduce("", +))
let chunks = stride(from: 0, to: sorted.count, by: 3).map { sorted[$0..<min($0 + 3, sorted.count)] }
print(chunks, chunks.map { $0.startIndex })
print(sorted[2...].prefix(2).startIndex, sorted[2...].suffix(2).startIndex, sorted.dropLast(2)[4])
var ms = xs[1...]
ms[1] = 20
ms[2] += 5
print(ms, xs)
var mt = ms
mt[3] = 0
print(ms, mt)
func bump(_ v: inout Int) { v += 100 }
bump(&ms[3])
print(ms)
var dict: [ArraySlice<Int>: Int] = [:]
dict[xs[0...1]] = 1
dict[[10, 20]] = 2
print(dict.count, dict[xs.prefix(2)]!)
