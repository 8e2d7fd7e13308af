// Paths of the interpreter's fast calls and loops: mutating methods with one word argument (Int, Double, Bool) on
// local variables, array elements and properties; protocol-extension methods and requirements returning Int, Double
// and Bool on existentials in `for` loops and elsewhere; loops of simple statements with and without `where`.
struct Counter {
    var total = 0
    var scale = 1.0
    var flags: [Bool] = []
    mutating func add(_ amount: Int) { total += amount }
    mutating func grow(_ factor: Double) -> Double {
        scale *= factor
        return scale
    }
    mutating func flag(_ on: Bool) -> Int {
        flags.append(on)
        return flags.count
    }
}

struct Holder {
    var counter = Counter()
}

var counter = Counter()
for i in 0..<5 { counter.add(i) }
print(counter.total, counter.grow(1.5), counter.grow(2), counter.flag(true), counter.flag(false), counter.flags)
var counters = [Counter(), Counter()]
counters[1].add(7)
print(counters[1].grow(0.5), counters[1].flag(3 > 2), counters.map(\.total))
var holder = Holder()
holder.counter.add(11)
print(holder.counter.total, holder.counter.grow(4), holder.counter.flag(false))

protocol Item {
    var weight: Int { get }
    func price() -> Double
    func isHeavy() -> Bool
}

extension Item {
    func cost() -> Double { price() * Double(weight) }
    func heavyWeight() -> Int { isHeavy() ? weight : 0 }
    func flagged() -> Bool { isHeavy() && price() > 1.0 }
}

struct Book: Item {
    var pages: Int
    var weight: Int { pages / 100 }
    func price() -> Double { Double(pages) * 0.05 }
    func isHeavy() -> Bool { pages > 300 }
}

final class Crate: Item {
    let weight: Int
    init(weight: Int) { self.weight = weight }
    func price() -> Double { 0.5 }
    func isHeavy() -> Bool { weight > 10 }
}

func summary(_ items: [any Item]) -> (Double, Int, Int) {
    var cost = 0.0, heavy = 0, flagged = 0
    for item in items {
        cost += item.cost()
        heavy += item.heavyWeight()
        if item.flagged() { flagged += 1 }
    }
    return (cost, heavy, flagged)
}

let items: [any Item] = [Book(pages: 120), Crate(weight: 12), Book(pages: 450), Crate(weight: 3)]
print(summary(items))
let single: any Item = Book(pages: 999)
print(single.cost(), single.heavyWeight(), single.flagged())

func evens(_ values: [Int]) -> Int {
    var sum = 0
    for value in values where value % 2 == 0 { sum += value }
    for value in values { sum += value * 10 }
    for i in 1...3 { sum += i }
    for i in 0..<4 where i != 2 { sum -= i }
    return sum
}
print(evens([1, 2, 3, 4, 5, 6]))
