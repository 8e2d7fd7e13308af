enum ASCIIControlCharacter: Character {
   case tab = "\t"
   case lineFeed = "\n"
   case carriageReturn = "\r"
}
print("@@listing-end 1@@")
enum Planet: Int {
   case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}
print("@@listing-end 2@@")
enum CompassPoint: String {
   case north, south, east, west
}
print("@@listing-end 3@@")
let earthsOrder = Planet.earth.rawValue
print("earthsOrder is \(earthsOrder)")

let sunsetDirection = CompassPoint.west.rawValue
print("sunsetDirection is \"\(sunsetDirection)\"")
print("@@listing-end 4@@")
let possiblePlanet = Planet(rawValue: 7)
print(type(of: possiblePlanet))
assert(possiblePlanet == .uranus)
// possiblePlanet is of type Planet? and equals Planet.uranus
print("@@listing-end 5@@")
let positionToFind = 11
if let somePlanet = Planet(rawValue: positionToFind) {
   switch somePlanet {
      case .earth:
         print("Mostly harmless")
      default:
         print("Not a safe place for humans")
   }
} else {
   print("There isn't a planet at position \(positionToFind)")
}
print("@@listing-end 6@@")
