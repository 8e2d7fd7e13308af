// Static stored properties are declared with the cell's other declarations, before any body is checked or compiled:
// an initial value naming another type's static property declared later, a generic type's member reading its type
// argument's static property (A.name), stored-property defaults naming static members, and a static var changed and
// read in static funcs, as swiftc runs them.
// A static property whose initializer reads another type's static property declared later in the cell.
struct Defaults {
    static let rate = Tuning.base * 2
    static let label = "rate " + String(Tuning.base)
}
struct Tuning {
    static let base = 21
}
print(Defaults.rate, Defaults.label)

// --- cell ---
// A static property of a generic type's type argument read in a member.
protocol Activation {
    static var name: String { get }
    static func apply(_ x: Double) -> Double
}
struct Neuron<A: Activation> {
    var weight: Double
    func describe() -> String { "neuron(\(A.name), w=\(weight))" }
    func fire(_ x: Double) -> Double { A.apply(weight * x) }
}
struct ReLU: Activation {
    static let name = "relu"
    static func apply(_ x: Double) -> Double { max(0, x) }
}
struct Identity: Activation {
    static let name: String = "identity"
    static func apply(_ x: Double) -> Double { x }
}
let n = Neuron<ReLU>(weight: 2)
print(n.describe(), n.fire(-1), n.fire(3))
let m = Neuron<Identity>(weight: 0.5)
print(m.describe(), m.fire(-4))

// A stored-property default naming a static member.
struct Config {
    var lr = Config.defaultLR
    var name = Config.prefix + "-run"
    var id = Trainer.nextID()
    static let defaultLR = 0.01
    static var prefix = "cfg"
}
final class Trainer {
    static var counter = 0
    static func nextID() -> Int {
        counter += 1
        return counter
    }
}
let c1 = Config(), c2 = Config()
print(c1.lr, c1.name, c1.id, c2.id)
class Layer {
    var tag = Tags.first
    var units = Tags.width * 2
}
final class Dense: Layer {
    var bias = 0.5
}
enum Tags {
    static let first = "t0"
    static let width = 4
}
let dense = Dense()
print(dense.tag, dense.units, dense.bias, Layer().units)

// --- cell ---
// A static var mutated and read in a static func; an observed one changed by a function declared before its type.
func bump() { Registry.level += 1 }
bump()
enum Registry {
    static var level = 1 {
        didSet { print("level", oldValue, "->", level) }
    }
    static var names: [String] = []
    static var count = 0
    static func register(_ name: String) -> Int {
        names.append(name)
        count += 1
        return count
    }
    static func summary() -> String { "\(count): \(names.joined(separator: ","))" }
}
_ = Registry.register("a")
_ = Registry.register("b")
print(Registry.summary())
