// `.init(…)` where the context names the type: an annotation, an assignment, a return, an argument, a property.
struct Point: CustomStringConvertible {
    var x = 0.0, y = 0.0
    var description: String { "(\(x), \(y))" }
}
final class Model {
    var weights: [Double] = []
    var origin: Point = .init()
    func reset(_ n: Int) { weights = .init(repeating: 0.5, count: n) }
}
func zeros(_ n: Int) -> [Double] { .init(repeating: 0, count: n) }
func place(_ p: Point) -> String { "at \(p)" }
var grid: [[Int]] = .init(repeating: .init(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
let m = Model()
m.reset(3)
var seen: Set<String> = .init(["b", "a", "b"])
var counts: [String: Int] = .init()
counts["x", default: 0] += 2
let label: String = .init(repeating: "ab", count: 2)
let half: Double = .init(7) / 2
let n: Int = .init("42") ?? 0
var p: Point = .init(x: 1)
p = .init(x: 2, y: 3)
let maybe: Point? = .init(y: 4)
print(grid, m.weights, m.origin, zeros(2), place(.init(x: 5)))
print(seen.sorted(), counts, label, half, n, p, maybe!)
