// Opaque results over collections (`some Collection`, `some Sequence`, a protocol with an associated type) and
// generic functions constrained to `Collection`.
func repeated<T>(_ value: T, count: Int) -> some Collection {
    return Array(repeating: value, count: count)
}

func evens(upTo limit: Int) -> some Collection {
    stride(from: 0, through: limit, by: 2).map { $0 }
}

func firstNumbers(_ n: Int) -> some Sequence {
    1...n
}

func summary<C>(_ items: C) -> String where C: Collection {
    var parts: [String] = []
    for item in items {
        parts.append("\(item)")
    }
    let head = items.first.map { "\($0)" } ?? "none"
    return "\(items.count) item(s), empty: \(items.isEmpty), first: \(head), all: \(parts.joined(separator: " "))"
}

func total<C: Collection>(_ values: C) -> Int where C.Element == Int {
    var sum = 0
    for value in values { sum += value }
    return sum
}

print(summary(repeated("ab", count: 3)))
print(summary(evens(upTo: 9)))
print(summary(repeated(1.5, count: 0)))
print(summary(1..<4))
print(summary("swift"))
print(total([1, 2, 3].map { $0 * 2 }))
print(total([4, 5, 6]))
for n in firstNumbers(3) {
    print(n, terminator: " ")
}
print()
print(type(of: repeated(true, count: 2)))

protocol Container {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Container {}

func wrap<T>(_ item: T) -> some Container {
    return [item, item]
}
let box = wrap("x")
print(box.count, box[1], type(of: box[0]))

// Underlying types of bodies of several statements, of a variadic parameter, of a generic body over a `Numeric`.
let offset = 10
func shifted(upTo limit: Int) -> some Collection {
    var out: [Int] = []
    for i in stride(from: 0, through: limit, by: 2) { out.append(i + offset) }
    return out
}
func all(_ xs: Int...) -> some Sequence { xs }
func scaled<T: Numeric>(_ x: T) -> some Collection { [x, x * 2] }
print(Array(shifted(upTo: 4)), Array(all(1, 2, 3)), Array(scaled(3)), Array(scaled(2.5)), type(of: scaled(UInt8(1))))
