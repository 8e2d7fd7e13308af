// `weak` and `unowned` properties do not keep their object alive: a cycle through one is freed (and `deinit`
// runs); a weak property reads nil once its object is gone.
class Person {
    let name: String
    init(name: String) { self.name = name }
    var apartment: Apartment?
    deinit { print("\(name) is being deinitialized") }
}
class Apartment {
    let unit: String
    init(unit: String) { self.unit = unit }
    weak var tenant: Person?
    deinit { print("Apartment \(unit) is being deinitialized") }
}
var john: Person? = Person(name: "John Appleseed")
var unit4A: Apartment? = Apartment(unit: "4A")
john!.apartment = unit4A
unit4A!.tenant = john
print(unit4A!.tenant?.name ?? "nobody")
john = nil
print(unit4A!.tenant?.name ?? "nobody", unit4A!.tenant == nil)
unit4A = nil

class Customer {
    let name: String
    var card: CreditCard?
    init(name: String) { self.name = name }
    deinit { print("\(name) is being deinitialized") }
}
class CreditCard {
    let number: Int
    unowned let customer: Customer
    init(number: Int, customer: Customer) {
        self.number = number
        self.customer = customer
    }
    deinit { print("Card #\(number) is being deinitialized") }
}
var alice: Customer? = Customer(name: "Alice")
alice!.card = CreditCard(number: 1234, customer: alice!)
print(alice!.card!.customer.name)
alice = nil

class Course {
    var name: String
    unowned var next: Course?
    init(name: String) { self.name = name }
}
let intro = Course(name: "Intro")
let advanced = Course(name: "Advanced")
intro.next = advanced
print(intro.next?.name ?? "none", advanced.next?.name ?? "none")
