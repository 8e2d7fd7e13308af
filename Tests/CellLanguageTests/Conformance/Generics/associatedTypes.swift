protocol Container {
   associatedtype Item
   mutating func append(_ item: Item)
   var count: Int { get }
   subscript(i: Int) -> Item { get }
}
print("@@listing-end 1@@")
struct IntStack: Container {
   // original IntStack implementation
   var items: [Int] = []
   mutating func push(_ item: Int) {
      items.append(item)
   }
   mutating func pop() -> Int {
      return items.removeLast()
   }
   // conformance to the Container protocol
   typealias Item = Int
   mutating func append(_ item: Int) {
      self.push(item)
   }
   var count: Int {
      return items.count
   }
   subscript(i: Int) -> Int {
      return items[i]
   }
}
print("@@listing-end 2@@")
struct Stack<Element>: Container {
   // original Stack<Element> implementation
   var items: [Element] = []
   mutating func push(_ item: Element) {
      items.append(item)
   }
   mutating func pop() -> Element {
      return items.removeLast()
   }
   // conformance to the Container protocol
   mutating func append(_ item: Element) {
      self.push(item)
   }
   var count: Int {
      return items.count
   }
   subscript(i: Int) -> Element {
      return items[i]
   }
}
print("@@listing-end 3@@")
extension Array: Container {}
print("@@listing-end 4@@")
protocol SuffixableContainer: Container {
    associatedtype Suffix: SuffixableContainer where Suffix.Item == Item
    func suffix(_ size: Int) -> Suffix
}
print("@@listing-end 5@@")
extension Stack: SuffixableContainer {
    func suffix(_ size: Int) -> Stack {
        var result = Stack()
        for index in (count-size)..<count {
            result.append(self[index])
        }
        return result
    }
    // Inferred that Suffix is Stack.
}
var stackOfInts = Stack<Int>()
stackOfInts.append(10)
stackOfInts.append(20)
stackOfInts.append(30)
assert(stackOfInts.suffix(0).items == [])
let suffix = stackOfInts.suffix(2)
// suffix contains 20 and 30
assert(suffix.items == [20, 30])
print("@@listing-end 6@@")
extension IntStack: SuffixableContainer {
    func suffix(_ size: Int) -> Stack<Int> {
        var result = Stack<Int>()
        for index in (count-size)..<count {
            result.append(self[index])
        }
        return result
    }
    // Inferred that Suffix is Stack<Int>.
}
var intStack = IntStack()
intStack.append(10)
intStack.append(20)
intStack.append(30)
assert(intStack.suffix(0).items == [])
assert(intStack.suffix(2).items == [20, 30])
print("@@listing-end 7@@")
func allItemsMatch<C1: Container, C2: Container>
      (_ someContainer: C1, _ anotherContainer: C2) -> Bool
      where C1.Item == C2.Item, C1.Item: Equatable {

   // Check that both containers contain the same number of items.
   if someContainer.count != anotherContainer.count {
      return false
   }

   // Check each pair of items to see if they're equivalent.
   for i in 0..<someContainer.count {
      if someContainer[i] != anotherContainer[i] {
         return false
      }
   }

   // All items match, so return true.
   return true
}
print("@@listing-end 8@@")
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")

var arrayOfStrings = ["uno", "dos", "tres"]

if allItemsMatch(stackOfStrings, arrayOfStrings) {
   print("All items match.")
} else {
   print("Not all items match.")
}
print("@@listing-end 9@@")
extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else {
            return false
        }
        return topItem == item
    }
}
print("@@listing-end 10@@")
if stackOfStrings.isTop("tres") {
   print("Top element is tres.")
} else {
   print("Top element is something else.")
}
print("@@listing-end 11@@")
extension Container where Item: Equatable {
   func startsWith(_ item: Item) -> Bool {
      return count >= 1 && self[0] == item
   }
}
print("@@listing-end 12@@")
if [9, 9, 9].startsWith(42) {
   print("Starts with 42.")
} else {
   print("Starts with something else.")
}
print("@@listing-end 13@@")
extension Container where Item == Double {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count {
            sum += self[index]
        }
        return sum / Double(count)
    }
}
print([1260.0, 1200.0, 98.6, 37.0].average())
print("@@listing-end 14@@")
extension Container {
    func average() -> Double where Item == Int {
        var sum = 0.0
        for index in 0..<count {
            sum += Double(self[index])
        }
        return sum / Double(count)
    }
    func endsWith(_ item: Item) -> Bool where Item: Equatable {
        return count >= 1 && self[count-1] == item
    }
}
let numbers = [1260, 1200, 98, 37]
print(numbers.average())
print(numbers.endsWith(37))
print("@@listing-end 15@@")
protocol ComparableContainer: Container where Item: Comparable { }
print("@@listing-end 16@@")
