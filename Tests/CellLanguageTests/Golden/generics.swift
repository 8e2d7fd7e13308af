// Generic functions: type parameters inferred from the arguments, constraints (`<T: Equatable>`, `where`,
// protocols declared in the cell), inout parameters, arrays and optionals of a type parameter, recursion.
func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoValues(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)

func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() {
        if value == valueToFind {
            return index
        }
    }
    return nil
}
print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) as Any)
print(findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"])!)

func largest<T>(_ items: [T]) -> T where T: Comparable {
    var best = items[0]
    for item in items where item > best { best = item }
    return best
}
print(largest([3, 9, 2]), largest(["pear", "apple"]), largest([0.5, -1.5]))

func repeated<Element>(_ value: Element, times: Int) -> [Element] {
    var result: [Element] = []
    for _ in 0..<times { result.append(value) }
    return result
}
print(repeated("ab", times: 3), repeated(1.5, times: 2))

func firstOrNil<T>(_ items: [T]) -> T? {
    items.isEmpty ? nil : items[0]
}
print(firstOrNil([Int]()) as Any, firstOrNil(["x", "y"]) as Any)

func countDown<T>(_ value: T, _ n: Int) -> [T] {
    n == 0 ? [] : [value] + countDown(value, n - 1)
}
print(countDown(true, 3))

// --- cell ---
protocol Scorable {
    var score: Int { get }
}
struct Player: Scorable {
    var name: String
    var score: Int
}
struct Team: Scorable {
    var players: [Player]
    var score: Int {
        var total = 0
        for player in players { total += player.score }
        return total
    }
}
func best<T: Scorable>(_ items: [T]) -> T {
    var best = items[0]
    for item in items where item.score > best.score { best = item }
    return best
}
let ann = Player(name: "Ann", score: 7)
let bob = Player(name: "Bob", score: 9)
print(best([ann, bob]))
print(best([Team(players: [ann]), Team(players: [ann, bob])]).score)

func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
print(pair(1, "one"), pair([1.5], ann.name))
