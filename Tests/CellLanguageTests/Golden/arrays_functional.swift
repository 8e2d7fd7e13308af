// Higher-order array methods with closures.
let xs = [5, 3, 8, 1, 9, 2]
print(xs.map { $0 * 2 })
print(xs.filter { $0 > 3 })
print(xs.reduce(0, +), xs.reduce(1) { $0 * $1 })
print(xs.sorted(), xs.sorted(by: >), xs.sorted { $0 > $1 })
print(Array(xs.reversed()))
print(xs.min()!, xs.max()!, xs.min() as Any)
print(xs.firstIndex(of: 8) as Any, xs.firstIndex(of: 42) as Any)
print(xs.contains { $0 % 2 == 0 }, xs.allSatisfy { $0 > 0 })
print(xs.first { $0 > 6 } as Any)
print(xs.prefix(2), xs.suffix(2), xs.dropFirst(), xs.dropLast(2))
let doubles = xs.map { Double($0) / 2 }
print(doubles)
let labels = xs.map { "n\($0)" }
print(labels.joined(separator: ","))
xs.forEach { print($0, terminator: " ") }
print()
let total = doubles.reduce(0, +)
print(total, total / Double(doubles.count))
let squares = (1...5).map { $0 * $0 }
print(squares)
let evens = Array(0..<10).filter { $0 % 2 == 0 }.map { $0 * 10 }
print(evens)
let words = ["pear", "fig", "banana", "kiwi"]
print(words.sorted(), words.sorted { $0.count < $1.count })
print(words.map { $0.count }.max()!)
let nested = [[1, 2], [3, 4]].map { row in row.map { $0 * 10 } }
print(nested)
print([3.5, 1.25].min()!, ["b", "a"].max()!)
