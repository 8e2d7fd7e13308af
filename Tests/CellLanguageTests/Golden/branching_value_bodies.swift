// A function, getter, subscript or closure whose body is one `if` or `switch` expression returns its value (Swift 5.9).
enum Label: Int, CaseIterable, CustomStringConvertible {
    case cat, dog, bird
    var description: String {
        switch self {
        case .cat: "gatto"
        case .dog: "cane"
        case .bird: "uccello"
        }
    }
    var legs: Int { if self == .bird { 2 } else { 4 } }
}
func sign(_ x: Double) -> String { if x < 0 { "negativo" } else if x == 0 { "zero" } else { "positivo" } }
func grade(_ score: Int) -> Character {
    switch score {
    case 90...: "A"
    case 75..<90: "B"
    case 60..<75: "C"
    default: "F"
    }
}
var calls = 0
func noisy(_ v: Int) -> Int { calls += 1; return v }
func pick(_ flag: Bool) -> Int { if flag { noisy(1) } else { noisy(2) } }
struct Grid {
    var cells: [Int]
    subscript(i: Int) -> String { get { switch cells[i] { case 0: "."; case 1: "#"; default: "?" } } }
    var summary: String {
        get { if cells.contains(1) { "occupied" } else { "empty" } }
    }
}
let describe = { (x: Int) -> String in switch x % 3 { case 0: "fizz"; case 1: "one"; default: "other" } }
let parity = { (x: Int) -> String in if x.isMultiple(of: 2) { "even" } else { "odd" } }
func log(_ message: String) { if message.isEmpty { print("(empty)") } else { print(message) } }

print(Label.allCases.map { "\($0) \($0.legs)" })
print([-1.5, 0, 2].map(sign), [95, 80, 61, 10].map(grade))
print(pick(true), pick(false), calls)
let g = Grid(cells: [0, 1, 2])
print(g[0], g[1], g[2], g.summary, Grid(cells: [0]).summary)
print((0..<4).map(describe), (1...3).map(parity))
log(""); log("ciao")
