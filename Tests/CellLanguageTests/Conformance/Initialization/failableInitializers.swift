let wholeNumber: Double = 12345.0
let pi = 3.14159

if let valueMaintained = Int(exactly: wholeNumber) {
    print("\(wholeNumber) conversion to Int maintains value of \(valueMaintained)")
}

let valueChanged = Int(exactly: pi)
// valueChanged is of type Int?, not Int

if valueChanged == nil {
    print("\(pi) conversion to Int doesn't maintain value")
}
print("@@listing-end 1@@")
struct Animal {
   let species: String
   init?(species: String) {
      if species.isEmpty { return nil }
      self.species = species
   }
}
print("@@listing-end 2@@")
let someCreature = Animal(species: "Giraffe")
// someCreature is of type Animal?, not Animal

if let giraffe = someCreature {
   print("An animal was initialized with a species of \(giraffe.species)")
}
print("@@listing-end 3@@")
let anonymousCreature = Animal(species: "")
// anonymousCreature is of type Animal?, not Animal

if anonymousCreature == nil {
   print("The anonymous creature couldn't be initialized")
}
print("@@listing-end 4@@")
enum TemperatureUnit {
   case kelvin, celsius, fahrenheit
   init?(symbol: Character) {
      switch symbol {
         case "K":
            self = .kelvin
         case "C":
            self = .celsius
         case "F":
            self = .fahrenheit
         default:
            return nil
      }
   }
}
print("@@listing-end 5@@")
let fahrenheitUnit = TemperatureUnit(symbol: "F")
if fahrenheitUnit != nil {
   print("This is a defined temperature unit, so initialization succeeded.")
}

let unknownUnit = TemperatureUnit(symbol: "X")
if unknownUnit == nil {
   print("This isn't a defined temperature unit, so initialization failed.")
}
print("@@listing-end 6@@")
class Product {
   let name: String
   init?(name: String) {
      if name.isEmpty { return nil }
      self.name = name
   }
}
let p = Product(name: "")

class CartItem: Product {
   let quantity: Int
   init?(name: String, quantity: Int) {
      if quantity < 1 { return nil }
      self.quantity = quantity
      super.init(name: name)
   }
}
print("@@listing-end 7@@")
if let twoSocks = CartItem(name: "sock", quantity: 2) {
   print("Item: \(twoSocks.name), quantity: \(twoSocks.quantity)")
}
print("@@listing-end 8@@")
if let zeroShirts = CartItem(name: "shirt", quantity: 0) {
   print("Item: \(zeroShirts.name), quantity: \(zeroShirts.quantity)")
} else {
   print("Unable to initialize zero shirts")
}
print("@@listing-end 9@@")
if let oneUnnamed = CartItem(name: "", quantity: 1) {
   print("Item: \(oneUnnamed.name), quantity: \(oneUnnamed.quantity)")
} else {
   print("Unable to initialize one unnamed product")
}
print("@@listing-end 10@@")
class Document {
   var name: String?
   // this initializer creates a document with a nil name value
   init() {}
   // this initializer creates a document with a nonempty name value
   init?(name: String) {
      if name.isEmpty { return nil }
      self.name = name
   }
}
print("@@listing-end 11@@")
class AutomaticallyNamedDocument: Document {
   override init() {
      super.init()
      self.name = "[Untitled]"
   }
   override init(name: String) {
      super.init()
      if name.isEmpty {
         self.name = "[Untitled]"
      } else {
         self.name = name
      }
   }
}
print("@@listing-end 12@@")
class UntitledDocument: Document {
   override init() {
      super.init(name: "[Untitled]")!
   }
}
print("@@listing-end 13@@")
