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
print("@@listing-end 1@@")
var john: Person?
var unit4A: Apartment?

john = Person(name: "John Appleseed")
unit4A = Apartment(unit: "4A")

john!.apartment = unit4A
unit4A!.tenant = john
print("@@listing-end 2@@")
john = nil
print("@@listing-end 3@@")
unit4A = nil
print("@@listing-end 4@@")
