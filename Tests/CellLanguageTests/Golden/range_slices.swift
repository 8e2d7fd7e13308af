// A Range<Int> is a collection of its Ints: r[i] is an Int, and a slice of a range (r[a..<b], r[a...b], r[..<b],
// r[a...]) is a Range again, with the bounds written (Swift checks none of a slice's bounds).
let r = 0..<10
let s = r[2..<5]
print(s, s.count, s.lowerBound, s.upperBound, Array(s))
print((0..<10)[2..<5], r[3], r[2...4], r[..<3], r[7...], r[...2])
for i in r[8..<10] { print(i, terminator: " ") }
print()
print(type(of: s), s.first!, s.contains(4), s == 2..<5, s.map { $0 * $0 })
let window = 3
let data = Array(10..<20)
let positions = data.indices
for start in stride(from: 0, to: data.count, by: 4) {
    let part = positions[start..<min(start + window, data.count)]
    print(part, part.map { data[$0] })
}
let offset = (5..<15)[7...]
print(offset, offset.count, (5..<15)[12], (100..<200)[150..<160].reduce(0, +))
