struct Rng {
    var state: UInt64
    init(seed: inout UInt64) {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        state = seed
    }
    init(copying other: Rng, advance steps: inout Int) {
        state = other.state
        while steps > 0 { state = state &* 3 &+ 1; steps -= 1 }
    }
    init?(checked value: inout Int) {
        guard value >= 0 else { value = 0; return nil }
        state = UInt64(value)
        value += 100
    }
    init(delegating count: inout Int) {
        var s: UInt64 = UInt64(count)
        self.init(seed: &s)
        count = Int(s % 1000)
    }
}

class Layer {
    var sizes: [Int]
    var name: String
    init(sizes: inout [Int], name: String) {
        self.sizes = sizes
        self.name = name
        sizes.append(sizes.count)
    }
    convenience init(name: String, counter: inout Int) {
        var s = [counter]
        self.init(sizes: &s, name: name)
        counter += s.count
    }
}

final class Dense: Layer {
    var bias: Double
    init(sizes: inout [Int], bias: inout Double) {
        self.bias = bias
        bias *= 2
        super.init(sizes: &sizes, name: "dense")
    }
}

struct Box<T> {
    var item: T
    init(taking items: inout [T]) {
        item = items.removeLast()
    }
}

enum Mode {
    case fast, slow
    init(votes: inout [Bool]) {
        self = votes.removeFirst() ? .fast : .slow
    }
}

struct Counter {
    var n = 0
    init(from values: inout [Int], times: Int) throws {
        guard times > 0 else { throw CounterError.bad }
        for _ in 0..<times { n += values.popLast() ?? 0 }
    }
}
enum CounterError: Error { case bad }

var seed: UInt64 = 7
let r1 = Rng(seed: &seed)
let r2 = Rng(seed: &seed)
print(r1.state == r2.state, seed == r2.state)
var steps = 3
let r3 = Rng(copying: r1, advance: &steps)
print(r3.state, steps)
var v = 5
print(Rng(checked: &v)?.state as Any, v)
var w = -2
print(Rng(checked: &w) == nil, w)
var c = 42
let r4 = Rng(delegating: &c)
print(r4.state % 1000, c)

var sizes = [3, 4]
let layer = Layer(sizes: &sizes, name: "l")
print(layer.sizes, sizes, layer.name)
var counter = 9
let l2 = Layer(name: "c", counter: &counter)
print(l2.sizes, counter)
var b = 0.5
let d = Dense(sizes: &sizes, bias: &b)
print(d.sizes, sizes, d.bias, b, d.name)

var items = ["a", "b", "c"]
let box = Box(taking: &items)
print(box.item, items)
var votes = [false, true]
print(Mode(votes: &votes), votes)
var pool = [1, 2, 3, 4]
do {
    let k = try Counter(from: &pool, times: 2)
    print(k.n, pool)
    _ = try Counter(from: &pool, times: 0)
} catch {
    print("error:", error, pool)
}
var rs = [Rng(seed: &seed)]
rs.append(Rng(seed: &seed))
print(rs.count, rs[0].state != rs[1].state)
struct Holder { var s: UInt64 = 1 }
var h = Holder()
let r5 = Rng(seed: &h.s)
print(r5.state == h.s)
