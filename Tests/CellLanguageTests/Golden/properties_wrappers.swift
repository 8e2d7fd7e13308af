// Property wrappers: `@Wrapper var x: T [= v]` with `wrappedValue`, initializer arguments and `projectedValue`.
@propertyWrapper
struct Clamped {
    private var value: Int
    private var maximum: Int
    private(set) var projectedValue: Bool

    var wrappedValue: Int {
        get { value }
        set {
            projectedValue = newValue > maximum
            value = min(newValue, maximum)
        }
    }

    init() {
        value = 0
        maximum = 12
        projectedValue = false
    }

    init(wrappedValue: Int) {
        maximum = 12
        projectedValue = wrappedValue > maximum
        value = min(wrappedValue, maximum)
    }

    init(wrappedValue: Int, maximum: Int) {
        self.maximum = maximum
        projectedValue = wrappedValue > maximum
        value = min(wrappedValue, maximum)
    }
}

struct Box {
    @Clamped var height: Int
    @Clamped var width: Int = 30
    @Clamped(maximum: 5) var depth: Int = 3

    mutating func grow() {
        height += 10
        depth *= 3
        print("grew; clamped: \(_height.projectedValue) \($depth)")
    }
}

var box = Box()
print(box.height, box.width, box.depth, box.$width)
box.height = 8
box.grow()
print(box.height, box.depth, box.$height)
box.height += 100
print(box.height, box.$height)

final class Gauge {
    @Clamped(wrappedValue: 1, maximum: 100) var level: Int
    @Clamped var steps: Int
}
let gauge = Gauge()
gauge.level = 150
gauge.steps += 7
print(gauge.level, gauge.$level, gauge.steps, gauge.$steps)
