// Valid Swift that the cell language used to refuse or misread.
let newline: Character = "\n"
let text = "una\nriga\ndue"
print(text.filter { $0 == "\n" }.count, newline == "\n")
let tab: Character = "\t"
print("[\(tab)]", tab.isWhitespace)

let empty = String()
print(empty.isEmpty, empty.count)

let words = ["ab", "cde", "f"]
print(words.map(\.count))
print(words.map(\.count.description))
struct Person {
    var name: String
    var age: Int
}
let people = [Person(name: "Ada", age: 36), Person(name: "Alan", age: 41)]
print(people.map(\.name), people.map(\.age).reduce(0, +))

let maybe: Int? = 3
switch maybe {
case 1: print("one")
case 3: print("three")
case nil: print("nothing")
default: print("other")
}
let missing: Int? = nil
switch missing {
case 1: print("one")
case nil: print("nothing")
default: print("other")
}

var xs = [0, 1, 2, 3, 4, 5, 6, 7]
xs[4...6] = [9, 9]
print(xs)
xs[0..<2] = []
print(xs)
xs[1..<1] = [7, 7, 7]
print(xs)

struct Tally {
    static var total = 0
    static let step = 2
    var count = 0
    static func add() -> Int {
        total += step
        return total
    }
    mutating func bump() {
        count += Tally.step
    }
}
print(Tally.add(), Tally.add())
var tally = Tally()
tally.bump()
print(tally.count)

enum Direction {
    case left, right
    mutating func turn() {
        switch self {
        case .left: self = .right
        case .right: self = .left
        }
    }
}
var heading = Direction.left
heading.turn()
print(heading)

var letters: [Character] = Array("abc")
let isLetterOrDigit = letters.allSatisfy { $0.isLetter || $0.isNumber }
print(isLetterOrDigit, letters.count, "€".first!.isCurrencySymbol, Character("7").isHexDigit)
letters.append("\u{1F600}")
print(letters.count)

enum Level: Comparable {
    case low, mid, high
}
let levels = [Level.high, .low, .mid, .low]
print(levels.sorted())
print(Level.low < .high, Level.high <= .mid, Level.mid >= .mid, Level.high > .low)
print(levels.max()!, levels.min()!)
print(max(Level.low, Level.mid), min(Level.high, Level.mid))
print(levels.sorted(by: >))

let threshold = 3
let label: String
if threshold > 2 {
    label = "alto"
} else {
    label = "basso"
}
print(label)
let parity: Int
switch threshold % 2 {
case 0: parity = 0
default: parity = 1
}
print(parity)

struct Size {
    var width: Int
    var height: Int
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    init(side: Int) {
        self.init(width: side, height: side)
    }
}
let square = Size(side: 4)
print(square.width * square.height)

let numbers = [5, 6, 7, 8, 9]
print(numbers[2...], numbers[..<2], numbers[...1], numbers[4...])
for n in [-4, 0, 12, 95] {
    switch n {
    case ..<0: print(n, "negativo")
    case 90...: print(n, "molto grande")
    case 0...9: print(n, "cifra")
    default: print(n, "altro")
    }
}
let ratio = 0.25
switch ratio {
case ..<0.5: print("meno della metà")
case 0.5...: print("almeno la metà")
default: print("?")
}
