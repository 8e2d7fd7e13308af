// Declared Sequence and IteratorProtocol types: for-in calls next() lazily (a sequence without end left with
// break), Array(s), the Sequence methods, first(where:) stopping early, makeIterator() by hand.
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        if n == 0 { return nil }
        defer { n -= 1 }
        return n
    }
}
for i in Countdown(n: 3) { print(i, terminator: " ") }
print(Array(Countdown(n: 4)), Countdown(n: 5).map { $0 * 2 }, Countdown(n: 4).reduce(0, +))
struct BatchIterator: IteratorProtocol {
    let data: [Double]
    let size: Int
    var start = 0
    mutating func next() -> [Double]? {
        guard start < data.count else { return nil }
        let end = min(start + size, data.count)
        defer { start = end }
        return Array(data[start..<end])
    }
}
struct Batches: Sequence {
    let data: [Double]
    let size: Int
    func makeIterator() -> BatchIterator { BatchIterator(data: data, size: size) }
}
let loader = Batches(data: (1...7).map(Double.init), size: 3)
for (k, batch) in loader.enumerated() { print(k, batch) }
print(loader.map { $0.count }, loader.filter { $0.count == 3 }.count, loader.contains { $0.first == 4 })
var it = loader.makeIterator()
while let b = it.next() { print(b.reduce(0, +), terminator: " ") }
print()
struct Naturals: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n }
}
var evens: [Int] = []
for x in Naturals() where x % 2 == 0 {
    if x > 10 { break }
    evens.append(x)
}
print(evens, Naturals().first { $0 * $0 > 50 } ?? -1)
struct Fib: Sequence {
    let limit: Int
    func makeIterator() -> FibIterator { FibIterator(limit: limit) }
}
struct FibIterator: IteratorProtocol {
    let limit: Int
    var a = 0, b = 1
    mutating func next() -> Int? {
        guard a <= limit else { return nil }
        defer { (a, b) = (b, a + b) }
        return a
    }
}
let f = Fib(limit: 100)
print(Array(f), f.filter { $0 % 2 == 0 }, f.reduce(0, +), f.max() ?? 0, f.contains(21), f.sorted(by: >).prefix(3))
for (i, v) in f.enumerated() where i < 3 { print(i, v, terminator: " | ") }
print()
var manual = f.makeIterator()
print(manual.next()!, manual.next()!, manual.next()!)
let copy = manual
print(manual.next()!, copy.a)
