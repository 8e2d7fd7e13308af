// Generic types of a cell specialized with tuple type arguments written in expressions and annotations.
struct Heap<T> {
    private var items: [T] = []
    private let before: (T, T) -> Bool
    init(by before: @escaping (T, T) -> Bool) { self.before = before }
    mutating func push(_ x: T) {
        items.append(x)
        var i = items.count - 1
        while i > 0, before(items[i], items[(i - 1) / 2]) {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }
    mutating func pop() -> T? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            var m = i
            let left = 2 * i + 1, right = left + 1
            if left < items.count && before(items[left], items[m]) { m = left }
            if right < items.count && before(items[right], items[m]) { m = right }
            if m == i { return top }
            items.swapAt(i, m)
            i = m
        }
    }
}
struct Pair<A, B> {
    var first: A
    var second: B
}
var queue = Heap<(Int, String)> { $0.0 < $1.0 }
for (cost, name) in [(4, "b"), (1, "c"), (7, "d"), (3, "a")] { queue.push((cost, name)) }
while let (cost, name) = queue.pop() { print(cost, name) }
var scored = Heap<(name: String, score: Double)>(by: { $0.score > $1.score })
scored.push((name: "ada", score: 0.9))
scored.push(("bo", 0.95))
print(scored.pop()!.name)
let p = Pair<[Int], (Int, Int)>(first: [1, 2], second: (3, 4))
let q = Pair<(String), (x: Int, y: Int)?>(first: "q", second: nil)
print(p.first, p.second.1, q.first, q.second?.x ?? -1)
