// Slices of generic sequences and collections, as lessons take a batch's first items.
func firstTwo<S: Sequence>(_ s: S) -> [S.Element] { Array(s.prefix(2)) }
func rest<S: Sequence>(_ s: S) -> [S.Element] { Array(s.dropFirst()) }
func doubled<S: Sequence>(_ s: S) -> [String] where S.Element == Int { s.prefix(2).map { "\($0 * 2)" } }
func heads<C: Collection>(_ c: C) -> [C.Element] { Array(c.prefix(2)) }
func tail<C: Collection>(_ c: C) -> [C.Element] { Array(c.dropFirst()) }
func lastTwo<C: Collection>(_ c: C) -> [C.Element] { Array(c.suffix(2)) }
func allButLast<S: Sequence>(_ s: S) -> [S.Element] { Array(s.dropLast()) }
func warmup<S: Sequence>(_ s: S, skip: Int) -> Double where S.Element == Double {
    var total = 0.0
    for x in s.dropFirst(skip) { total += x }
    return total
}
func batches<C: Collection>(_ c: C, size: Int) -> [[C.Element]] {
    var out: [[C.Element]] = []
    var remaining = Array(c)
    while !remaining.isEmpty {
        out.append(Array(remaining.prefix(size)))
        remaining = Array(remaining.dropFirst(size))
    }
    return out
}
print(firstTwo([1, 2, 3]))
print(firstTwo(1...10))
print(rest([1, 2, 3]))
print(rest("abc"))
print(doubled([1, 2, 3]))
print(heads("abc"))
print(tail([1.5, 2.5]))
print(lastTwo([1, 2, 3]))
print(allButLast(["a", "b", "c"]))
print(warmup([0.5, 1.0, 2.0, 4.0], skip: 2))
print(batches([1, 2, 3, 4, 5], size: 2))
print(batches("hello", size: 3))
