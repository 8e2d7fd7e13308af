// Built-in initializers named as functions: `Array.init` on slices, strings, sets and ranges, beside
// `String.init`, `Int.init` and `Double.init`.
let fibs = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
let parts = fibs.split(whereSeparator: { $0 % 5 == 0 })
let arrays = parts.map(Array.init)
print(arrays, arrays.map(\.count))
print(["ab", "cde"].map(Array.init))
print("a-bc-d".split(separator: "-").map(Array.init))
print([1..<3, 5..<8].map(Array.init))
print([1...2, 4...4].map(Array.init).flatMap { $0 })
let sets: [Set<Int>] = [[3, 1, 2], [9]]
print(sets.map(Array.init).map { $0.sorted() })
func chunks(_ xs: [Int], _ n: Int) -> [[Int]] {
    stride(from: 0, to: xs.count, by: n).map { xs[$0..<min($0 + n, xs.count)] }.map(Array.init)
}
print(chunks(fibs, 3))
print([3, 4].map(String.init), ["7", "x"].map(Int.init), [2, 5].map(Double.init))
