// Computed properties with setters: structs, classes, enums, static; assignments, compound assignments,
// mutation through them, and Swift's evaluation order (printed by the accessors).
struct Point {
    var x = 0.0, y = 0.0
}

struct Size {
    var width = 0.0, height = 0.0
}

struct Rect {
    var origin = Point()
    var size = Size()
    var center: Point {
        get {
            print("get center")
            let centerX = origin.x + (size.width / 2)
            let centerY = origin.y + (size.height / 2)
            return Point(x: centerX, y: centerY)
        }
        set(newCenter) {
            print("set center to \(newCenter)")
            origin.x = newCenter.x - (size.width / 2)
            origin.y = newCenter.y - (size.height / 2)
        }
    }
    var area: Double { size.width * size.height }
    mutating func grow(by amount: Double) {
        size.width += amount
        size.height += amount
    }
}

var square = Rect(origin: Point(x: 0.0, y: 0.0), size: Size(width: 10.0, height: 10.0))
let initialSquareCenter = square.center
print(initialSquareCenter)
square.center = Point(x: 15.0, y: 15.0)
print("square.origin is now at (\(square.origin.x), \(square.origin.y))")
square.center.x = 3
print(square.origin)
square.center.y += 4
print(square.origin, square.area)

// A setter with the implicit `newValue`.
struct Temperature {
    var celsius = 0.0
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature()
t.fahrenheit = 212
print(t.celsius)
t.fahrenheit -= 180
print(t.celsius, t.fahrenheit)
t.fahrenheit *= 2
print(t.celsius)

func bump(_ value: inout Double) {
    print("bump")
    value += 1.8
}
bump(&t.fahrenheit)
print(t.celsius)

// Classes: the instance is shared, so a `let` reference can be assigned through.
class Counter {
    var count = 0
    var doubled: Int {
        get { count * 2 }
        set {
            print("set doubled to \(newValue)")
            count = newValue / 2
        }
    }
}
let counter = Counter()
counter.doubled = 10
print(counter.count)
counter.doubled += 4
print(counter.count, counter.doubled)
let alias = counter
alias.doubled = 100
print(counter.count)

// Evaluation order of a compound assignment: the right side first, then get, then set.
func three() -> Int {
    print("right side")
    return 3
}
class Traced {
    var stored = 1
    var value: Int {
        get {
            print("get value")
            return stored
        }
        set {
            print("set value \(newValue)")
            stored = newValue
        }
    }
}
let traced = Traced()
traced.value += three()
print(traced.stored)
traced.value = three()

// A struct inside a struct: `outer.inner.computed = v` gets the inner value, sets, and writes back.
struct Box {
    var rect = Rect()
}
var box = Box()
box.rect.center = Point(x: 1, y: 1)
print(box.rect.origin)
box.rect.grow(by: 2)
print(box.rect.size)

// Arrays of structs.
var rects = [Rect(), Rect(origin: Point(x: 1, y: 1), size: Size(width: 2, height: 2))]
rects[1].center = Point(x: 5, y: 5)
print(rects[1].origin)

// Mutating methods through a computed property.
struct Wrapper {
    var storage = [1, 2]
    var items: [Int] {
        get { storage }
        set { storage = newValue.map { $0 * 10 } }
    }
}
var wrapper = Wrapper()
wrapper.items.append(3)
print(wrapper.storage)
wrapper.items += [4]
print(wrapper.storage)

// Enums.
enum Light {
    case red, green
    var isOn: Bool {
        get { self == .green }
        set { self = newValue ? .green : .red }
    }
}
var light = Light.red
light.isOn = true
print(light)
light.isOn = !light.isOn
print(light)

// Static computed properties with setters.
struct Settings {
    static var storedVolume = 5
    static var volume: Int {
        get { storedVolume }
        set {
            print("volume set to \(newValue)")
            storedVolume = min(newValue, 10)
        }
    }
}
Settings.volume = 7
Settings.volume += 6
print(Settings.volume, Settings.storedVolume)
