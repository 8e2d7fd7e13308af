// Setters chosen by the instance's class: overridden getters and setters, observers of an inherited computed
// property, override subscript, super.p = v and super[i], through assignments, compound assignments and inout.
class Shape {
    var stored = 0
    var side: Int {
        get { print("Shape get"); return stored }
        set { print("Shape set \(newValue)"); stored = newValue }
    }
    subscript(i: Int) -> Int {
        get { print("Shape sub get \(i)"); return stored + i }
        set { print("Shape sub set \(i) \(newValue)"); stored = newValue - i }
    }
    func describe() -> String { "\(stored)" }
}

class Square: Shape {
    override var side: Int {
        get { print("Square get"); return super.side * 10 }
        set { print("Square set \(newValue)"); super.side = newValue + 1 }
    }
    override subscript(i: Int) -> Int {
        get { print("Square sub get"); return super[i] * 10 }
        set { print("Square sub set"); super[i] = newValue + 1 }
    }
}

class Watched: Shape {
    override var side: Int {
        willSet { print("Watched willSet \(newValue)") }
        didSet { print("Watched didSet from \(oldValue)") }
    }
}

class Quiet: Shape {
    override var side: Int {
        didSet { print("Quiet didSet") }
    }
}

class Deeper: Watched {
    override var side: Int {
        willSet { print("Deeper willSet \(newValue)") }
        didSet { print("Deeper didSet") }
    }
}

func bump(_ value: inout Int) { value += 100 }

let shapes: [Shape] = [Shape(), Square(), Watched(), Quiet(), Deeper()]
for shape in shapes {
    print("-- \(type(of: shape))")
    shape.side = 1
    shape.side += 5
    bump(&shape.side)
    shape[3] = 4
    shape[2] += 1
    bump(&shape[1])
    print(shape.side, shape[0], shape.describe())
}

// An override chosen through a variable of the superclass's type, and the subclass's own type.
var square = Square()
square.side = 7
let base: Shape = square
base.side -= 2
print(square.stored, base.side)

// A final class and a final property keep direct calls; a read-only property overridden with a setter.
final class Plain {
    var value = 1
    var doubled: Int {
        get { value * 2 }
        set { value = newValue / 2 }
    }
}
let plain = Plain()
plain.doubled += 10
print(plain.value, plain.doubled)

class Reading {
    var name: String { "reading" }
}
class Writing: Reading {
    var stored = "writing"
    override var name: String {
        get { stored }
        set { stored = newValue.uppercased() }
    }
}
let writing = Writing()
writing.name = "changed"
let reading: Reading = writing
print(reading.name, writing.name)

// super.p = v on a stored property of the superclass.
class Counter {
    var count = 0
}
class DoubleCounter: Counter {
    func add() {
        super.count += 2
        super.count = super.count * 1
    }
}
let counter = DoubleCounter()
counter.add()
counter.add()
print(counter.count)
