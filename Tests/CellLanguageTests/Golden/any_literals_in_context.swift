// Array literals whose elements join only as Any, where swiftc types them [Any] without a word: arguments of print
// and of generic functions, rows of another literal, a dictionary's values, a for-in sequence, a receiver.
print([1, "s", 3], [true, 2], [[1, 2], ["s"]], [[0.5], []])
print(["chiave": ["s", 2, 3]], String(describing: ["s", 2]))
print([(0, 0), ("s", 0)])
func rest<T>(_ xs: [T]) -> [T] { Array(xs.dropFirst()) }
print(rest([1, 2, "s"]), rest(["a", 2.5]))
extension Array {
    var half: ArraySlice<Element> { prefix(count / 2) }
    func paired<U>(with other: [U]) -> [(Element, U)] { zip(self, other).map { ($0, $1) } }
}
print([1, "s", 3, 4].half, ["a", "b"].paired(with: [1, 2, "s"]))
for x in [1, "s", true] { print(x, type(of: x)) }
let pairs = Array(zip([1, 2, "s", 4], ["a", "b"]))
print(pairs.count, pairs.map { $0.1 })
var grid = [[0, 0, "s"], [0, 0, 0]]
grid[1][2] = 7
print(grid, grid.count, grid[0].count)
print([[1, 2], ["s"]].flatMap { $0 }, [1, "s"].count)
