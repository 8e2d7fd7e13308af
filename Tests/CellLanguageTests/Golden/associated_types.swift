// Protocols with associated types, generic functions constrained by them, `where` clauses on associated types
// and class constraints on type parameters.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

protocol Scored {
    associatedtype Score: Comparable
    var score: Score { get }
}

struct IntStack: Container {
    var items: [Int] = []
    typealias Item = Int
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Int { return items[i] }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { return items.removeLast() }
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}

struct Player: Scored {
    var name: String
    var score: Double
}

struct Team: Scored {
    var players: [Player]
    var score: Int { players.count }
}

func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count {
        return false
    }
    for i in 0..<someContainer.count {
        if someContainer[i] != anotherContainer[i] {
            return false
        }
    }
    return true
}

func firstItem<C: Container>(_ container: C) -> C.Item {
    return container[0]
}

func filled<C: Container>(_ container: C, with item: C.Item, times: Int) -> C {
    var result = container
    for _ in 0..<times {
        result.append(item)
    }
    return result
}

func best<S: Scored>(_ items: [S]) -> S.Score {
    var top = items[0].score
    for item in items where item.score > top {
        top = item.score
    }
    return top
}

func sumOfItems<C: Container>(_ container: C) -> Int where C.Item == Int {
    var total = 0
    for i in 0..<container.count {
        total += container[i]
    }
    return total
}

var stackOfInts = Stack<Int>()
stackOfInts.append(10)
stackOfInts.append(20)
var intStack = IntStack()
intStack.append(10)
intStack.append(20)
print(allItemsMatch(stackOfInts, intStack))
intStack.append(30)
print(allItemsMatch(stackOfInts, intStack))
print(firstItem(intStack), sumOfItems(intStack), sumOfItems(stackOfInts))

var words = Stack<String>()
words.push("uno")
words = filled(words, with: "dos", times: 2)
print(words.items, words.count, firstItem(words))
print(words.pop(), words.count)

print(best([Player(name: "a", score: 2.5), Player(name: "b", score: 7.25)]))
print(best([Team(players: []), Team(players: [Player(name: "c", score: 1)])]))

class Shape {
    var name: String { "shape" }
    func area() -> Double { 0 }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    override var name: String { "square" }
    override func area() -> Double { side * side }
}
protocol Labeled {}

func describe<T: Shape, U: Labeled>(_ shape: T, _ label: U) -> String {
    return "\(shape.name): \(shape.area())"
}
struct Tag: Labeled {}
print(describe(Square(side: 3), Tag()))
print(describe(Shape(), Tag()))

// A generic type whose parameter is constrained to a protocol with associated types.
struct Wrapper<C: Container> {
    var content: C
    func first() -> C.Item { content[0] }
    func all() -> [C.Item] {
        var result: [C.Item] = []
        for i in 0..<content.count {
            result.append(content[i])
        }
        return result
    }
}
print(Wrapper(content: intStack).first(), Wrapper(content: words).all(), Wrapper<Stack<Int>>(content: stackOfInts).all())
