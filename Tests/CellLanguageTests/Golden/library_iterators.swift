let xs = [3, 1, 4]
var it = xs.makeIterator()
while let x = it.next() { print(x) }
print(it.next() as Any)
var chars = "héllo".makeIterator()
var letters: [Character] = []
while let c = chars.next() { letters.append(c) }
print(letters)
var r = (1...3).makeIterator()
print(r.next()!, r.next()!)
var copy = r
print(r.next()!, copy.next()!, r.next() as Any)
var d = ["one": 1].makeIterator()
if let (k, v) = d.next() { print(k, v) }
var half = (0..<4).makeIterator()
for x in half { print("h", x) }
print(half.next()!)
var s = Set([7]).makeIterator()
print(s.next()!, s.next() == nil)
var u = sequence(first: 1) { $0 + 1 }.makeIterator()
print(u.next()!, u.next()!)
print(type(of: it), type(of: chars), type(of: r))

// A declared Sequence whose makeIterator() gives a library iterator.
struct Playlist: Sequence {
    var songs: [String]
    func makeIterator() -> IndexingIterator<[String]> {
        songs.makeIterator()
    }
}
let playlist = Playlist(songs: ["intro", "verse", "outro"])
for song in playlist { print(song) }
print(Array(playlist))
print(playlist.map { $0.uppercased() })
print(playlist.contains { $0.hasPrefix("v") })
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> IndexingIterator<ClosedRange<Int>> {
        (0...start).makeIterator()
    }
}
for n in Countdown(start: 3) { print(n, terminator: " ") }
print()
var it2: IndexingIterator<[Int]> = [10, 20].makeIterator()
print(it2.next()!, it2.next()!, it2.next() == nil)

struct Stack<T>: Sequence {
    var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    func makeIterator() -> IndexingIterator<[T]> {
        items.reversed().makeIterator()
    }
}
var stack = Stack<Int>()
stack.push(1); stack.push(2); stack.push(3)
for x in stack { print(x) }
print(Array(stack), stack.reduce(0, +))

// AnyIterator: a closure giving each element (copies share its state).
func countdown(from n: Int) -> AnyIterator<Int> {
    var current = n
    return AnyIterator {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}
for x in countdown(from: 3) { print(x) }
var down = countdown(from: 2)
print(down.next()!, down.next()!, down.next() as Any)
var k = 0
let squares = AnyIterator<Int> {
    k += 1
    return k <= 4 ? k * k : nil
}
print(Array(squares))
let pair = ["a", "b"]
var index = 0
let cycle = AnyIterator { () -> String? in
    defer { index += 1 }
    return pair[index % pair.count]
}
print(Array(cycle.prefix(5)))
print(type(of: cycle))
