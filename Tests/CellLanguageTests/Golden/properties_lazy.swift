// `lazy var` properties of classes (computed on first read, once) and computed variables at the top level.
class DataImporter {
    var filename = "data.txt"
    init() {
        print("DataImporter created")
    }
}

class DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
    lazy var summary: String = "\(data.count) items"
}

let manager = DataManager()
manager.data.append("Some data")
manager.data.append("Some more data")
print("before first access")
print(manager.importer.filename)
print(manager.importer.filename)
print(manager.summary)
manager.data.append("more")
print(manager.summary)
manager.summary = "replaced"
print(manager.summary)

class Sequence {
    var calls = 0
    lazy var first: Int = {
        calls += 1
        print("computing first")
        return 42
    }()
}
let sequence = Sequence()
let untouched = Sequence()
print(sequence.first + 1, sequence.first, sequence.calls, untouched.calls)
sequence.first += 1
print(sequence.first)

// Computed variables outside a type.
var storedRadius = 2.0
var diameter: Double {
    get { storedRadius * 2 }
    set {
        print("setting diameter to \(newValue)")
        storedRadius = newValue / 2
    }
}
print(diameter)
diameter = 10
print(storedRadius)
diameter += 2
print(storedRadius, diameter)

var answer: Int { 42 }
print(answer + 1)

func area() -> Double {
    var side: Double {
        print("computing side")
        return storedRadius
    }
    return side * side
}
print(area())
