// Setters, observers, lazy properties and subscripts inherited by a subclass.
class Base {
    var x = 0 { didSet { print("Base.x \(oldValue) -> \(x)") } }
    var twice: Int {
        get { x * 2 }
        set { x = newValue / 2 }
    }
    lazy var label: String = "base \(x)"
    var items = [1, 2]
    subscript(i: Int) -> Int {
        get { items[i] }
        set { items[i] = newValue }
    }
}
class Derived: Base {
    var y = 1 { willSet { print("Derived.y will be \(newValue)") } }
}
let d = Derived()
d.x = 3
d.twice += 4
d.y = 9
d[1] = 7
print(d.x, d.twice, d.label, d[1], d.y)
let b: Base = d
b.x = 1
print(b.twice)
