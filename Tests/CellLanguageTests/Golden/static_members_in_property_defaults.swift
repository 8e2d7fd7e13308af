// Stored properties whose default values name static members of the cell's types (a namespace enum of constants,
// the type's own static properties and methods, a nested type's), as swiftc runs them.
final class Trainer {
    static let defaultEpochs = 3
    static var created = 0
    var epochs = Trainer.defaultEpochs * 2
    var id: Int = Trainer.nextID()
    var history: [Double] = Array(repeating: 0, count: Trainer.defaultEpochs)
    static func nextID() -> Int { created += 1; return created }
}
let t1 = Trainer(), t2 = Trainer()
print(t1.epochs, t1.id, t2.id, t2.history)
struct Outer {
    struct Inner {
        static let unit = "cm"
        var label = "size in " + Inner.unit
    }
    var inner = Inner()
}
print(Outer().inner.label)
enum Defaults { static let width = 8 }
struct Grid { static let height = 4; var cells = Array(repeating: 0, count: Defaults.width * Grid.height) }
print(Grid().cells.count)
struct Settings {
    static var defaultLR = 0.01
    static let names = ["a"]
    var lr = Settings.defaultLR
    var n = Self.names.count
}
print(Settings().lr, Settings().n)
