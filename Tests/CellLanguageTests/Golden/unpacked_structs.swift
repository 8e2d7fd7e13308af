// Structs of Int/Double/Bool fields held in `var`s: value semantics, whole-value uses, and in-place stores.
struct Particle {
    var x, y: Double
    var alive: Bool
    var hits: Int

    var speed: Double { x * x + y * y }

    mutating func bounce() {
        x = -x
        hits += 1
    }

    func moved(by d: Double) -> Particle {
        Particle(x: x + d, y: y + d, alive: alive, hits: hits)
    }
}

struct Counter {
    let id: Int
    var count: Int
}

func describe(_ p: Particle) -> String {
    "(\(p.x), \(p.y), \(p.alive), \(p.hits))"
}

func bump(_ p: inout Particle) {
    p.y += 10
}

var particles = [Particle(x: 1, y: 2, alive: true, hits: 0), Particle(x: -3, y: 0.5, alive: false, hits: 2)]

// A copy read from an array does not share mutations with it.
var p = particles[0]
p.x += 100
p.alive = false
print(particles[0].x, p.x, particles[0].alive, p.alive)

// Storing it back replaces the element; the local copy stays independent afterwards.
particles[0] = p
p.hits = 7
print(particles[0].hits, p.hits)

// Whole-value uses: printing, passing, returning, equality of fields, arrays.
print(p)
print(describe(p))
let q = p.moved(by: 0.5)
print(q, p.speed)
var list: [Particle] = []
list.append(p)
p.x = 0
list.append(p)
print(list.map { $0.x })

// Mutating methods, inout, and assignment of a whole value.
p.bounce()
p.bounce()
bump(&p)
print(p.x, p.y, p.hits)
p = Particle(x: 9, y: 8, alive: true, hits: 1)
print(p)

// Captured by a closure: the closure sees and changes the variable itself.
var tracked = Particle(x: 0, y: 0, alive: true, hits: 0)
let step = { tracked.x += 1; tracked.hits += 2 }
step()
step()
print(tracked.x, tracked.hits)

// Declared without a value, then initialised.
var later: Particle
later = particles[1]
later.y *= 4
print(later.y, particles[1].y)

// A struct with a `let` field.
var counter = Counter(id: 3, count: 0)
for _ in 0..<5 { counter.count += counter.id }
print(counter)

// Inside a function, in a loop: read, update, store back.
func simulate(_ steps: Int) -> [Particle] {
    var items = [Particle(x: 0.25, y: 0.5, alive: true, hits: 0), Particle(x: 0.75, y: 0.1, alive: true, hits: 0)]
    for _ in 0..<steps {
        for i in 0..<items.count {
            var item = items[i]
            item.x += 0.3
            item.y -= 0.2
            if item.x > 1.0 || item.x < 0.0 { item.bounce() }
            if item.y < 0.0 { item.y = -item.y; item.hits += 1 }
            items[i] = item
        }
    }
    return items
}
for item in simulate(7) { print(describe(item)) }

// Out-of-range store of an unpacked struct is still checked.
var copy = particles[1]
copy.hits = 99
particles[1] = copy
print(particles.map { $0.hits })

// Fields read straight from array elements, of every word type, inside and outside functions.
var fleet = [Particle(x: 1.5, y: -2, alive: true, hits: 3), Particle(x: 0, y: 4, alive: false, hits: 9)]
var sum = 0.0
for i in 0..<fleet.count where fleet[i].alive || fleet[i].hits > 5 { sum += fleet[i].x * Double(fleet[i].hits) }
print(sum, fleet[1].alive, fleet[0].hits + fleet[1].hits)
func energy(_ items: [Particle]) -> Double {
    var total = 0.0
    for i in 0..<items.count { total += items[i].x * items[i].x + items[i].y * items[i].y }
    return total
}
print(energy(fleet))
fleet[0].x += fleet[1].y
print(fleet[0].x, fleet.map { $0.x })
