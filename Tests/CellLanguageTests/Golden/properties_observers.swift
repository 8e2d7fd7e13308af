// Property observers (willSet/didSet) on stored properties of structs and classes, static properties, and
// variables at the top level and in functions; they fire on every kind of modification.
class StepCounter {
    var totalSteps: Int = 0 {
        willSet(newTotalSteps) {
            print("About to set totalSteps to \(newTotalSteps)")
        }
        didSet {
            if totalSteps > oldValue {
                print("Added \(totalSteps - oldValue) steps")
            }
        }
    }
}
let stepCounter = StepCounter()
stepCounter.totalSteps = 200
stepCounter.totalSteps = 360
stepCounter.totalSteps += 536
stepCounter.totalSteps = 896

// Assigning in didSet replaces the new value without firing the observers again.
class Clamped {
    var value = 0 {
        didSet {
            if value > 10 { value = 10 }
        }
    }
}
let clamped = Clamped()
clamped.value = 24
print(clamped.value)

// Structs: observers fire when the variable is changed through a property, a method or an inout argument.
struct Account {
    var balance = 0 {
        willSet { print("balance will be \(newValue), was \(balance)") }
        didSet(previous) { print("balance changed from \(previous) to \(balance)") }
    }
    var history: [Int] = [] {
        didSet { print("history now has \(history.count) entries") }
    }
    mutating func deposit(_ amount: Int) {
        balance += amount
        history.append(amount)
    }
    init(opening: Int) {
        balance = opening
        print("initialised without observers")
    }
}
var account = Account(opening: 10)
account.deposit(5)
account.balance = 100
func double(_ value: inout Int) {
    print("doubling")
    value *= 2
}
double(&account.balance)
account.history.append(7)
print(account.balance, account.history)

// Observers that change other properties of the struct.
struct Audio {
    static let thresholdLevel = 10
    static var maxInputLevel = 0
    var currentLevel: Int = 0 {
        didSet {
            if currentLevel > Audio.thresholdLevel {
                currentLevel = Audio.thresholdLevel
            }
            if currentLevel > Audio.maxInputLevel {
                Audio.maxInputLevel = currentLevel
            }
        }
    }
}
var left = Audio()
var right = Audio()
left.currentLevel = 7
print(left.currentLevel, Audio.maxInputLevel)
right.currentLevel = 11
print(right.currentLevel, Audio.maxInputLevel)

// Static properties with observers.
struct Config {
    static var level = 1 {
        willSet { print("level will become \(newValue)") }
        didSet { print("level was \(oldValue)") }
    }
}
Config.level = 2
Config.level += 3
print(Config.level)

// Top-level variables with observers.
var score = 0 {
    willSet { print("score will be \(newValue)") }
    didSet { print("score was \(oldValue), now \(score)") }
}
score = 5
score += 1
func addTen(_ value: inout Int) {
    print("in addTen")
    value += 10
}
addTen(&score)
print(score)

var names: [String] = [] {
    didSet { print("names: \(names)") }
}
names.append("Ada")
names += ["Grace"]
names[0] = "Alan"

// Local variables with observers.
func countdown() {
    var remaining = 3 {
        didSet { print("remaining \(remaining)") }
    }
    while remaining > 0 {
        remaining -= 1
    }
}
countdown()
