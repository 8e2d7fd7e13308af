// `deinit` runs when the last reference to an instance goes away, subclass first, then its superclass.
class Person {
    let name: String
    init(name: String) {
        self.name = name
        print("\(name) is being initialized")
    }
    deinit {
        print("\(name) is being deinitialized")
    }
}
var reference1: Person?
var reference2: Person?
reference1 = Person(name: "John Appleseed")
reference2 = reference1
reference1 = nil
print("one reference left")
reference2 = nil
print("none left")

class Bank {
    static var coins = 100
}
class Player {
    var purse: Int
    init(coins: Int) {
        purse = coins
        Bank.coins -= coins
    }
    deinit {
        Bank.coins += purse
    }
}
var player: Player? = Player(coins: 30)
print(Bank.coins)
player!.purse += 5
player = nil
print(Bank.coins)

class Node {
    let id: Int
    var next: Node?
    init(id: Int) { self.id = id }
    deinit { print("node \(id) freed") }
}
class Tagged: Node {
    deinit { print("tagged \(id) freed") }
}
var head: Node? = Node(id: 1)
head!.next = Tagged(id: 2)
head!.next!.next = Node(id: 3)
head = nil
print("list gone")

var nodes = [Node(id: 10), Node(id: 11)]
nodes.removeFirst()
print("removed first")
nodes = []
print("emptied")

func makeAndDrop() {
    let temporary = Tagged(id: 20)
    print("made \(temporary.id)")
}
makeAndDrop()
print("after function")

class Apartment {
    let unit: String
    init(unit: String) { self.unit = unit }
    var tenant: Tenant?
    deinit { print("Apartment \(unit) freed") }
}
class Tenant {
    let name: String
    init(name: String) { self.name = name }
    var apartment: Apartment?
    deinit { print("\(name) freed") }
}
var tenant: Tenant? = Tenant(name: "Ann")
var flat: Apartment? = Apartment(unit: "4A")
tenant!.apartment = flat
flat!.tenant = tenant
tenant = nil
flat = nil
print("a reference cycle keeps both alive")
