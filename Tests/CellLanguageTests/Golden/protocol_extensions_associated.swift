// Extensions of generic types and of protocols with associated types, constrained by `where` clauses; arrays
// conforming to such a protocol; associated types constrained by `where`; `Sequence` as a generic constraint.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

protocol SuffixableContainer: Container {
    associatedtype Suffix: SuffixableContainer where Suffix.Item == Item
    func suffix(_ size: Int) -> Suffix
}

protocol SortedContainer: Container where Item: Comparable {}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}

extension Array: Container {}

extension Stack: SuffixableContainer {
    func suffix(_ size: Int) -> Stack {
        var result = Stack()
        for index in (count - size)..<count {
            result.append(self[index])
        }
        return result
    }
}

extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else {
            return false
        }
        return topItem == item
    }
}

extension Stack where Element == Int {
    var total: Int { items.reduce(0, +) }
}

extension Container where Item: Equatable {
    func startsWith(_ item: Item) -> Bool {
        return count >= 1 && self[0] == item
    }
    func occurrences(of item: Item) -> Int {
        var found = 0
        for index in 0..<count where self[index] == item {
            found += 1
        }
        return found
    }
}

extension Container where Item == Double {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count {
            sum += self[index]
        }
        return sum / Double(count)
    }
}

extension Container {
    func average() -> Double where Item == Int {
        var sum = 0.0
        for index in 0..<count {
            sum += Double(self[index])
        }
        return sum / Double(count)
    }
    func endsWith(_ item: Item) -> Bool where Item: Equatable {
        return count >= 1 && self[count - 1] == item
    }
    func lastItem() -> Item {
        return self[count - 1]
    }
}

struct Ranks: SortedContainer {
    var values: [String] = []
    mutating func append(_ item: String) { values.append(item) }
    var count: Int { values.count }
    subscript(i: Int) -> String { values[i] }
    func lastItem() -> String { "own: " + values[values.count - 1] }
}

func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count {
        return false
    }
    for i in 0..<someContainer.count where someContainer[i] != anotherContainer[i] {
        return false
    }
    return true
}

func anyCommonElements<T: Sequence, U: Sequence>(_ lhs: T, _ rhs: U) -> Bool
    where T.Element: Equatable, T.Element == U.Element {
    for lhsItem in lhs {
        for rhsItem in rhs {
            if lhsItem == rhsItem {
                return true
            }
        }
    }
    return false
}

func total<S: Sequence>(_ values: S) -> Int where S.Element == Int {
    var sum = 0
    for value in values {
        sum += value
    }
    return sum
}

var stackOfInts = Stack<Int>()
stackOfInts.append(10)
stackOfInts.append(20)
stackOfInts.append(30)
print(stackOfInts.suffix(2).items, stackOfInts.suffix(0).items)
print(stackOfInts.isTop(30), stackOfInts.isTop(10), stackOfInts.total)
print(stackOfInts.startsWith(10), stackOfInts.occurrences(of: 20), stackOfInts.average(), stackOfInts.endsWith(30))

var words = Stack<String>()
words.push("uno")
words.push("dos")
print(allItemsMatch(words, ["uno", "dos"]), allItemsMatch(words, ["uno"]), words.isTop("dos"), words.lastItem())

print([9, 9, 9].startsWith(42), [1260.0, 1200.0, 98.6, 37.0].average(), [1260, 1200, 98, 37].average())
print([3, 1, 3].occurrences(of: 3), ["a", "b"].endsWith("b"), [true, false].lastItem())

var ranks = Ranks()
ranks.append("gold")
ranks.append("silver")
print(ranks.startsWith("gold"), ranks.lastItem(), allItemsMatch(ranks, ["gold", "silver"]))

print(anyCommonElements([1, 2, 3], [3]), anyCommonElements("abc", "xyz"), anyCommonElements(Set([1, 2]), 2...9))
print(total([1, 2, 3]), total(1...4), total(Set([5])))
