// Observers added to an inherited stored property (`override var x { didSet … }`): the subclass's willSet, the
// superclass's observers around the store, then the subclass's didSet, chosen by the instance's class.
class Vehicle {
    var currentSpeed = 0.0 {
        willSet { print("Vehicle willSet \(newValue)") }
        didSet { print("Vehicle didSet from \(oldValue)") }
    }
    var wheels = 4
    var description: String { "traveling at \(currentSpeed) miles per hour" }
    func accelerate() { currentSpeed += 10 }
}
class Car: Vehicle {
    var gear = 1
    override var currentSpeed: Double {
        didSet {
            gear = Int(currentSpeed / 10.0) + 1
            print("Car didSet: gear \(gear)")
        }
    }
}
class SportsCar: Car {
    override var currentSpeed: Double {
        willSet(speed) { print("SportsCar willSet \(speed)") }
    }
    override var wheels: Int {
        didSet { print("SportsCar wheels from \(oldValue) to \(wheels)") }
    }
    init(speed: Double) {
        super.init()
        currentSpeed = speed
    }
}
let car = Car()
car.currentSpeed = 35.0
print(car.gear, car.description)
let vehicles: [Vehicle] = [Vehicle(), Car(), SportsCar(speed: 5)]
print("--- through Vehicle")
for vehicle in vehicles {
    vehicle.currentSpeed = 42
    vehicle.accelerate()
    vehicle.wheels += 1
}
let sports = SportsCar(speed: 1)
func brake(_ speed: inout Double) { speed = 0 }
brake(&sports.currentSpeed)
print(sports.gear, sports.currentSpeed, sports.wheels)
