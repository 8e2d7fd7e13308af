// A protocol composition with a class (`Location & Named`): instances of the class or a subclass that conform.
protocol Named {
    var name: String { get }
}
protocol Aged {
    var age: Int { get }
}
class Location {
    var latitude: Double
    var longitude: Double
    init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
class City: Location, Named {
    var name: String
    init(name: String, latitude: Double, longitude: Double) {
        self.name = name
        super.init(latitude: latitude, longitude: longitude)
    }
}
final class OldCity: City, Aged {
    var age: Int { 2000 }
}
func beginConcert(in location: Location & Named) {
    print("Hello, \(location.name)!")
}
func describe(_ place: City & Aged) -> String {
    return "\(place.name) is \(place.age) years old"
}
let seattle = City(name: "Seattle", latitude: 47.6, longitude: -122.3)
beginConcert(in: seattle)
let rome = OldCity(name: "Rome", latitude: 41.9, longitude: 12.5)
beginConcert(in: rome)
print(describe(rome))
let places: [Location & Named] = [seattle, rome]
for place in places {
    print(place.name)
}
