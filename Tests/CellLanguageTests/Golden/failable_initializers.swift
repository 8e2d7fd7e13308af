// Failable initializers (`init?`, `init!`) of structs, classes and enums, `return nil`, and failures that
// propagate through `self.init` and `super.init`.
struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}
let someCreature = Animal(species: "Giraffe")
if let giraffe = someCreature {
    print("An animal was initialized with a species of \(giraffe.species)")
}
let anonymousCreature = Animal(species: "")
if anonymousCreature == nil {
    print("The anonymous creature couldn't be initialized")
}

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
print(TemperatureUnit(symbol: "F") == .fahrenheit, TemperatureUnit(symbol: "X") == nil)

enum Planet: Character {
    case mercury = "M", venus = "V"
}
print(Planet(rawValue: "V") == .venus, Planet(rawValue: "Q") == nil, Planet.mercury.rawValue)

class Product {
    let name: String
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
}
class CartItem: Product {
    let quantity: Int
    init?(name: String, quantity: Int) {
        if quantity < 1 { return nil }
        self.quantity = quantity
        super.init(name: name)
        print("created \(quantity) x \(name)")
    }
}
if let twoSocks = CartItem(name: "sock", quantity: 2) {
    print("Item: \(twoSocks.name), quantity: \(twoSocks.quantity)")
}
if let zeroShirts = CartItem(name: "shirt", quantity: 0) {
    print("Item: \(zeroShirts.name), quantity: \(zeroShirts.quantity)")
} else {
    print("Unable to initialize zero shirts")
}
if let oneUnnamed = CartItem(name: "", quantity: 1) {
    print("Item: \(oneUnnamed.name), quantity: \(oneUnnamed.quantity)")
} else {
    print("Unable to initialize one unnamed product")
}

struct Range01 {
    var value: Double
    init?(_ value: Double) {
        guard value >= 0 && value <= 1 else { return nil }
        self.value = value
    }
    init?(percent: Int) {
        self.init(Double(percent) / 100)
        print("percent \(percent) accepted")
    }
    init!(unchecked: Double) {
        self.init(unchecked)
    }
}
print(Range01(0.5)?.value ?? -1.0, Range01(2)?.value ?? -1.0)
print(Range01(percent: 25)?.value ?? -1.0)
print(Range01(percent: 250)?.value ?? -1.0)

class Document {
    var name: String?
    init() {}
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
}
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
print(AutomaticallyNamedDocument(name: "").name ?? "nil", Document(name: "")?.name ?? "failed")
