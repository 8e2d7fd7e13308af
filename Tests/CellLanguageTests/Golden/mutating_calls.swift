// Mutating methods with no argument or one, called on variables, array elements, properties and `self` of an
// extension of Int (a word): the receiver is updated in place and the result returned (see LeanCallee).
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { return items.popLast() }
    mutating func pushTwice(_ item: Element) -> Int {
        push(item)
        push(item)
        return items.count
    }
    var isEmpty: Bool { return items.isEmpty }
}

extension Int {
    mutating func double() { self *= 2 }
    mutating func add(_ other: Int) -> Int {
        self += other
        return self
    }
}

extension Double {
    mutating func halve() -> Double {
        self /= 2.0
        return self
    }
}

struct Counter {
    var count = 0
    var stack = Stack<String>()
    mutating func tick(_ by: Int) -> Bool {
        count += by
        stack.push("t\(count)")
        return count % 2 == 0
    }
}

var numbers = Stack<Int>()
var words = Stack<String>()
for i in 0..<10 {
    numbers.push(i * i)
    words.push(i % 2 == 0 ? "even" : "odd")
}
print(numbers.pushTwice(100), words.pushTwice("x"))
var sum = 0
while let top = numbers.pop() { sum += top }
print(sum, numbers.isEmpty)
while !words.isEmpty { print(words.pop() ?? "none", terminator: " ") }
print()
var stacks = [Stack<Int>(), Stack<Int>()]
stacks[1].push(7)
stacks[1].push(8)
print(stacks[1].pop() ?? -1, stacks[0].pop() ?? -1, stacks.map { $0.items })
var n = 5
n.double()
print(n, n.add(3), n)
var d = 9.0
print(d.halve(), d)
var counter = Counter()
print(counter.tick(1), counter.tick(3), counter.count, counter.stack.items)
var counters = [Counter(), Counter()]
print(counters[0].tick(2), counters[1].tick(5), counters.map { $0.count })
