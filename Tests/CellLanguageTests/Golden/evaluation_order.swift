// Every subexpression of an assignment, compound assignment, subscript, call or in-place mutation is evaluated
// exactly once, left to right, as in Swift.
var log: [String] = []
func note(_ name: String, _ value: Int) -> Int {
    log.append(name)
    return value
}
func key(_ name: String) -> String {
    log.append("key \(name)")
    return name
}
func flush(_ title: String) {
    print(title + ": " + log.joined(separator: ", "))
    log = []
}

var a = [10, 20, 30]
a[note("i", 1)] = note("rhs", 5)
flush("assign")
a[note("i", 1)] += note("rhs", 2)
flush("+=")
a[note("i", 2)] -= note("rhs", 3)
a[note("j", 0)] *= note("rhs", 4)
flush("-= *=")
print(a)

var weights = [1.0, 2.0]
weights[note("w", 1)] /= 4.0
flush("/=")
print(weights)

var counts: [String: Int] = [:]
counts[key("a")] = note("rhs", 1)
counts[key("b"), default: 0] += note("rhs", 2)
counts[key("b"), default: 0] += 1
counts[key("a")]! += note("rhs", 10)
flush("dictionary")
print(counts.sorted { $0.key < $1.key })

var grid = [[0, 0, 0], [0, 0, 0]]
grid[note("row", 1)][note("column", 2)] += note("rhs", 7)
flush("nested")
print(grid)

struct Particle {
    var x = 0.0
    var tags: [String] = []
}
var particles = [Particle(), Particle()]
particles[note("p", 1)].x += Double(note("dx", 3))
particles[note("p", 0)].tags.append("t\(note("tag", 9))")
flush("struct element")
print(particles[0].tags, particles[1].x)

struct Bag {
    var values = [1, 2, 3]
}
var bag = Bag()
bag.values[note("k", 2)] += note("rhs", 100)
flush("struct property")
print(bag.values)

final class Counter {
    var totals = [0, 0]
}
let shared = Counter()
func counter() -> Counter {
    log.append("receiver")
    return shared
}
counter().totals[note("slot", 1)] += note("rhs", 4)
flush("class receiver")
print(shared.totals)

var words = ["a", "b"]
words[note("s", 0)] += "z"
flush("string element")
print(words)

func bump(_ value: inout Int, by step: Int) {
    value += step
}
bump(&a[note("inout", 0)], by: note("step", 1))
flush("inout")
print(a)

func pair(_ x: Int, _ y: Int) -> Int {
    x * 10 + y
}
print(pair(note("first", 1), note("second", 2)))
flush("arguments")

var histogram = [0, 0, 0, 0]
var draws = [3, 1, 3, 0, 3]
func nextDraw() -> Int {
    draws.removeFirst()
}
for _ in 0..<5 {
    histogram[nextDraw()] += 1
}
print("histogram", histogram)

enum Light {
    case red, green
    mutating func toggle() {
        self = self == .red ? .green : .red
    }
}
var light = Light.red
light.toggle()
print(light)
light.toggle()
print(light)

// A plain argument written before an `inout` argument whose index calls a function is evaluated first.
func add(_ step: Int, to value: inout Int, _ more: Int) {
    value += step + more
}
add(note("step", 1), to: &a[note("index", 0)], note("more", 2))
flush("argument before inout")
print(a)
