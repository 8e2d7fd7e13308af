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
print(fibs.chunks(3))
extension Array {
    func chunks(_ n: Int) -> [[Element]] {
        stride(from: 0, to: count, by: n).map { self[$0..<Swift.min($0 + n, count)] }.map(Array.init)
    }
}
print([3, 4].map(String.init), ["7", "x"].map(Int.init), [2, 5].map(Double.init))
