// Static stored properties across cells: a later cell reads an earlier cell's type's static properties (in a static
// property's initial value, a stored property's default, a member body, a generic type's member through its type
// argument) and adds static properties to it in an extension; each initial value still runs on first access.
func note(_ label: String) -> String {
    print("init", label)
    return label
}
protocol Activation {
    static var name: String { get }
}
struct ReLU: Activation {
    static let name = note("relu")
}
struct Palette {
    static let primary = note("blue")
    static var uses = 0
    static let sizes = [1, 2, 3]
}
print("cell 1")
// --- cell ---
struct Theme {
    static let main = Palette.primary + "!"
    var size = Palette.sizes.count
    func describe() -> String { "\(Theme.main) \(size) \(Palette.uses)" }
}
extension Palette {
    static let accent = primary + "-light"
    static func use() -> Int { uses += 1; return uses }
}
struct Neuron<A: Activation> {
    var weight: Double
    func label() -> String { "\(A.name):\(weight)" }
}
print("cell 2")
_ = Palette.use()
print(Theme().describe(), Palette.accent)
print(Neuron<ReLU>(weight: 0.5).label(), ReLU.name)
// --- cell ---
struct Sigmoid: Activation {
    static let name = note("sigmoid") + "/" + ReLU.name
}
print(Neuron<Sigmoid>(weight: 2).label(), Palette.use())
