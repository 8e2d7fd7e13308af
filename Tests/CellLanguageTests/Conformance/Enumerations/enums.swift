enum SomeEnumeration {
   // enumeration definition goes here
}
print("@@listing-end 1@@")
enum CompassPoint {
   case north
   case south
   case east
   case west
}
print("@@listing-end 2@@")
enum Planet {
   case mercury, venus, earth, mars, jupiter, saturn, uranus, neptune
}
print("@@listing-end 3@@")
var directionToHead = CompassPoint.west
print("@@listing-end 4@@")
directionToHead = .east
print("@@listing-end 5@@")
directionToHead = .south
switch directionToHead {
   case .north:
      print("Lots of planets have a north")
   case .south:
      print("Watch out for penguins")
   case .east:
      print("Where the sun rises")
   case .west:
      print("Where the skies are blue")
}
print("@@listing-end 6@@")
let somePlanet = Planet.earth
switch somePlanet {
   case .earth:
      print("Mostly harmless")
   default:
      print("Not a safe place for humans")
}
print("@@listing-end 7@@")
enum Beverage: CaseIterable {
    case coffee, tea, juice
}
let numberOfChoices = Beverage.allCases.count
print("\(numberOfChoices) beverages available")
print("@@listing-end 8@@")
for beverage in Beverage.allCases {
    print(beverage)
}
// coffee
// tea
// juice
print("@@listing-end 9@@")
enum Barcode {
   case upc(Int, Int, Int, Int)
   case qrCode(String)
}
print("@@listing-end 10@@")
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
print("@@listing-end 11@@")
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
print("@@listing-end 12@@")
switch productBarcode {
   case .upc(let numberSystem, let manufacturer, let product, let check):
      print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
   case .qrCode(let productCode):
      print("QR code: \(productCode).")
}
print("@@listing-end 13@@")
switch productBarcode {
   case let .upc(numberSystem, manufacturer, product, check):
      print("UPC : \(numberSystem), \(manufacturer), \(product), \(check).")
   case let .qrCode(productCode):
      print("QR code: \(productCode).")
}
print("@@listing-end 14@@")
