protocol Container {
   associatedtype Item
   mutating func append(_ item: Item)
   var count: Int { get }
   subscript(i: Int) -> Item { get }
}
print("@@listing-end 1@@")
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
print("@@listing-end 2@@")
struct NotEquatable { }
var notEquatableStack = Stack<NotEquatable>()
let notEquatableValue = NotEquatable()
notEquatableStack.push(notEquatableValue)
notEquatableStack.isTop(notEquatableValue)  // Error
print("@@listing-end 3@@")
extension Container where Item == Int {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count {
            sum += Double(self[index])
        }
        return sum / Double(count)
    }
}
extension Container where Item: Equatable {
    func endsWith(_ item: Item) -> Bool {
        return count >= 1 && self[count-1] == item
    }
}
print("@@listing-end 4@@")
