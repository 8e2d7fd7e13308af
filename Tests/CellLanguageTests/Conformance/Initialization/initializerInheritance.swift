class Vehicle {
   var numberOfWheels = 0
   var description: String {
      return "\(numberOfWheels) wheel(s)"
   }
}
print("@@listing-end 1@@")
let vehicle = Vehicle()
print("Vehicle: \(vehicle.description)")
print("@@listing-end 2@@")
class Bicycle: Vehicle {
   override init() {
      super.init()
      numberOfWheels = 2
   }
}
print("@@listing-end 3@@")
let bicycle = Bicycle()
print("Bicycle: \(bicycle.description)")
print("@@listing-end 4@@")
class Hoverboard: Vehicle {
    var color: String
    init(color: String) {
        self.color = color
        // super.init() implicitly called here
    }
    override var description: String {
        return "\(super.description) in a beautiful \(color)"
    }
}
print("@@listing-end 5@@")
let hoverboard = Hoverboard(color: "silver")
print("Hoverboard: \(hoverboard.description)")
print("@@listing-end 6@@")
