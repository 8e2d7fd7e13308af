// Generic functions over Sequence and Collection parameters: `Array(s)` and the sequence methods.
func total<S: Sequence>(_ s: S) -> Int where S.Element == Int { s.reduce(0, +) }
func squares<C: Collection>(_ c: C) -> [Int] where C.Element == Int { c.map { $0 * $0 } }
func evens<S: Sequence>(_ s: S) -> [S.Element] where S.Element: BinaryInteger { s.filter { $0 % 2 == 0 } }
func largest<C: Collection>(_ c: C) -> C.Element? where C.Element: Comparable { c.max() }
func ordered<C: Collection>(_ c: C) -> [C.Element] where C.Element: Comparable { c.sorted() }
func firstTwo<C: Collection>(_ c: C) -> [C.Element] where C.Element: Comparable { Array(c.sorted().prefix(2)) }
func elements<S: Sequence>(_ s: S) -> [S.Element] { Array(s) }
func described<S: Sequence>(_ s: S) -> String where S.Element: CustomStringConvertible {
    s.map(\.description).joined(separator: "|")
}
print(total([1, 2, 3]), total(1...4), squares([2, 3]), evens(1...9), largest([3, 7, 2])!, largest([Int]()) as Any)
print(ordered("swift"), firstTwo([5, 2, 8]), elements(Set([4]).union([4])), elements("ab"), described([1.5, 2]))
