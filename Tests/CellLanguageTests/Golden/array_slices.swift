// ArraySlice: what prefix, suffix, dropFirst, dropLast and range subscripts of an array give. Read as a sequence
// (loops, zip, map, reduce, Array(…), Set(…)), printed, compared, and typed as swiftc types it.
let xs = [10, 20, 30, 40]
let rest = xs.dropFirst()
print(rest, rest.count, rest.first!, rest.last!, type(of: rest))
print(xs[1...2], xs[2...], xs[..<2], xs[...1], type(of: xs[1..<3]))
for x in xs.dropFirst() { print(x, terminator: " ") }
print()
for (a, b) in zip(xs, xs.dropFirst()) { print(b - a, terminator: " ") }
print()
print(xs.suffix(2).map { $0 * 2 }, xs.prefix(3).reduce(0, +), xs.dropLast().filter { $0 > 10 })
print(Array(xs.dropFirst())[0], xs.prefix(2) == xs.prefix(2), xs.prefix(2) == [10, 20], "\(xs.prefix(1))")
print(xs.dropFirst().sorted(by: >), xs.dropFirst().contains(30), xs.dropFirst().min()!, xs.dropLast(2).max()!)
let words = ["a", "b", "c"]
print(words.dropFirst().joined(separator: "-"), String(describing: words.prefix(2)))
print(xs.dropFirst().enumerated().map { $0.offset }, xs.dropFirst().starts(with: [20]))
let twice = xs.dropFirst().dropFirst()
print(twice, type(of: twice), type(of: twice.filter { $0 > 1 }), type(of: twice.sorted()))
print(Set(xs.prefix(2)).count, xs.dropFirst().map(String.init), xs.dropFirst().reversed().map { $0 })
var window = xs[1...]
window = xs.dropLast()
print(window, window.allSatisfy { $0 < 40 }, Array(window).firstIndex(of: 20)!)
let rows = [[1, 2], [3, 4]]
print(rows.dropFirst().map { $0[0] }, rows.prefix(1).flatMap { $0 })
