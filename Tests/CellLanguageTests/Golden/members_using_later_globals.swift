// Member bodies (static and instance methods, computed properties, initializers, enum members) that use globals
// declared after the type, as a Swift file allows; a `var` global is read when the member runs.
struct Config {
    static func describe() -> String { "limit \(limit), rate \(rate)" }
    var scale: Double { rate * 2 }
    func show() -> String { "show \(limit)" }
    init() { print("init sees", limit) }
}
enum Mode { case fast, slow
    var steps: Int { self == .fast ? limit : limit * 10 }
}
let limit = 10
var rate = 0.5
print(Config.describe())
print(Config().show(), Config().scale, Mode.slow.steps)
rate = 2
print(Config().scale)

struct Outer {
    struct Inner { func value() -> Int { offset + 1 } }
    func inner() -> Inner { Inner() }
}
class Base { func greet() -> String { greeting } }
final class Derived: Base { override func greet() -> String { super.greet() + "!" } }
let offset = 41
let greeting = "hi"
print(Outer().inner().value(), Derived().greet())
