class Vehicle {
   var currentSpeed = 0.0
   var description: String {
      return "traveling at \(currentSpeed) miles per hour"
   }
   func makeNoise() {
      // do nothing - an arbitrary vehicle doesn't necessarily make a noise
   }
}
print("@@listing-end 1@@")
let someVehicle = Vehicle()
print("@@listing-end 2@@")
print("Vehicle: \(someVehicle.description)")
print("@@listing-end 3@@")
class Bicycle: Vehicle {
   var hasBasket = false
}
print("@@listing-end 4@@")
let bicycle = Bicycle()
bicycle.hasBasket = true
print("@@listing-end 5@@")
bicycle.currentSpeed = 15.0
print("Bicycle: \(bicycle.description)")
print("@@listing-end 6@@")
class Tandem: Bicycle {
   var currentNumberOfPassengers = 0
}
print("@@listing-end 7@@")
let tandem = Tandem()
tandem.hasBasket = true
tandem.currentNumberOfPassengers = 2
tandem.currentSpeed = 22.0
print("Tandem: \(tandem.description)")
print("@@listing-end 8@@")
class Train: Vehicle {
   override func makeNoise() {
      print("Choo Choo")
   }
}
print("@@listing-end 9@@")
let train = Train()
train.makeNoise()
print("@@listing-end 10@@")
class Car: Vehicle {
   var gear = 1
   override var description: String {
      return super.description + " in gear \(gear)"
   }
}
print("@@listing-end 11@@")
let car = Car()
car.currentSpeed = 25.0
car.gear = 3
print("Car: \(car.description)")
print("@@listing-end 12@@")
class AutomaticCar: Car {
   override var currentSpeed: Double {
      didSet {
         gear = Int(currentSpeed / 10.0) + 1
      }
   }
}
print("@@listing-end 13@@")
let automatic = AutomaticCar()
automatic.currentSpeed = 35.0
print("AutomaticCar: \(automatic.description)")
print("@@listing-end 14@@")
