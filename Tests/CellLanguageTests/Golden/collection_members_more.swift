// More collection members: prefix(while:), drop(while:), removeFirst(_:), removeLast(_:),
// append(contentsOf:) of a range, flatMap over Strings, and the usual searches and orderings.
var xs = [5, 3, 8, 1, 9, 2, 7]
print(xs.prefix(while: { $0 > 2 }), xs.drop(while: { $0 > 2 }), xs.dropLast(2), xs.suffix(2))
print(xs.firstIndex(where: { $0 > 7 })!, xs.lastIndex(where: { $0 < 3 })!, xs.contains(where: { $0 == 9 }), xs.allSatisfy { $0 > 0 })
print(xs.max(by: { $0 % 5 < $1 % 5 })!, xs.min()!, xs.sorted(by: >).prefix(3), xs.elementsEqual([5, 3, 8, 1, 9, 2, 7]))
xs.removeFirst(2)
xs.removeLast(1)
xs.insert(10, at: 1)
xs.insert(11, at: 2)
print(xs, xs.starts(with: [8, 10]))
let words = ["pear", "fig", "banana", "kiwi"]
print(words.sorted { $0.count < $1.count || ($0.count == $1.count && $0 < $1) }, words.map { $0.count }.reduce(0, +))
print(words.enumerated().map { "\($0.offset):\($0.element.prefix(2))" }.joined(separator: ","), words.joined().count)
print(words.flatMap { Array($0) }.count, Set(words.flatMap { $0 }).count, words.compactMap { $0.first }.map(String.init).joined())
let grid = Array(repeating: Array(repeating: ".", count: 3), count: 2)
print(grid.map { $0.joined() }.joined(separator: "/"), String(repeating: "=", count: 5))
let scalars = "abc".unicodeScalars.map { $0.value + 1 }
print(scalars, "z".unicodeScalars.first!.value, Character("A").asciiValue!)
var ys = [4, 1, 3]
ys.swapAt(0, 2)
ys.append(contentsOf: 5...6)
print(ys, ys.indices.map { ys[$0] * $0 }, Array(ys.reversed()))
let pairs = zip(words, 1...).map { "\($1)\($0)" }
print(pairs)
print(stride(from: 10, to: 0, by: -3).map { $0 }, (1...10).filter { $0.isMultiple(of: 3) }, (0..<3).map { _ in "x" })
let more = 8...9
ys.append(contentsOf: more)
print(ys)
