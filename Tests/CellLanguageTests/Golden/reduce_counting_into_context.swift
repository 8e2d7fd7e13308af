let ds = [1.5, 2.5, 3.0]
extension Array where Element: Numeric {
    func sum() -> Element { reduce(0, +) }
}
extension Array {
    func counted(where p: (Element) -> Bool) -> Int { reduce(0) { p($1) ? $0 + 1 : $0 } }
    func chunked(_ n: Int) -> [[Element]] {
        stride(from: 0, to: count, by: n).map { Array(self[$0..<Swift.min($0 + n, count)]) }
    }
}
extension Array where Element: Comparable {
    func argmax() -> Int? { indices.max { self[$0] < self[$1] } }
}
extension String {
    func counted(where p: (Character) -> Bool) -> Int { filter(p).count }
}
let xs = [1.0, 2, 3, 4]
print(xs.sum(), [1, 2, 3].sum())
print(xs.counted { $0 > 2 }, "hello".counted { $0 == "l" })
print([3, 9, 2].argmax()!, ["b", "a"].argmax()!, [1, 2, 3, 4, 5].chunked(2))
func n(_ xs: [Double]) -> Int { xs.reduce(0) { $1 > 2 ? $0 + 1 : $0 } }
let count: Int = ds.reduce(0) { $0 + ($1 > 2 ? 1 : 0) }
let total: Double = ds.reduce(0) { $0 + $1 }
let nested = [[1.5, 2.0], [3.0]].reduce(0) { $0 + $1.reduce(0, +) }
let asInts: Int = ds.reduce(0) { $0 + Int($1) }
print(n(ds), count, total, nested, asInts)
print(ds.reduce(0) { $0 + $1 }, ds.reduce(0, +))
struct Item { var price: Double }
let items = [Item(price: 2.5), Item(price: 1)]
let cheap: Int = items.reduce(0) { $1.price < 2 ? $0 + 1 : $0 }
print(items.reduce(0) { $0 + $1.price }, cheap)
let deep = [[1.5], [2.0, 0.5]].reduce(0) { $0 + $1.reduce(0) { $0 + $1 } }
let deepCount: Int = [[1.5], [2.0, 0.5]].reduce(0) { $0 + $1.reduce(0) { $1 > 1 ? $0 + 1 : $0 } }
print(deep, deepCount)
