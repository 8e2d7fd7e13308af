// inout parameters of methods: instance, mutating, static and overridden ones, places that are elements and properties.
struct Grid {
    var cells: [[Int]]
    func copy(into other: inout [[Int]]) { other = cells }
    mutating func absorb(_ other: inout Grid) { for (i, row) in other.cells.enumerated() { cells[i] = zip(cells[i], row).map(+) }; other.cells = [] }
    static func bump(_ g: inout Grid, by k: Int) -> Int { g.cells = g.cells.map { $0.map { $0 + k } }; return k }
    func count(_ n: inout Int) { n += cells.flatMap { $0 }.count }
}
class Counter {
    var hits = 0
    func tally(_ xs: [Int], into total: inout Int, evens: inout [Int]) { for x in xs { total += x; if x % 2 == 0 { evens.append(x) } }; hits += 1 }
}
class Loud: Counter {
    override func tally(_ xs: [Int], into total: inout Int, evens: inout [Int]) { print("loud"); super.tally(xs, into: &total, evens: &evens) }
}
var g = Grid(cells: [[1, 2], [3, 4]])
var h = Grid(cells: [[10, 20], [30, 40]])
var out: [[Int]] = []
g.copy(into: &out)
g.absorb(&h)
print(g.cells, h.cells, out, Grid.bump(&g, by: 1), g.cells)
var n = 0
g.count(&n); g.count(&n)
var total = 0, evens: [Int] = []
let counters: [Counter] = [Counter(), Loud()]
for c in counters { c.tally([1, 2, 3, 4], into: &total, evens: &evens) }
print(n, total, evens, counters.map(\.hits))
struct Player { var score = 0 }
var players = [Player(), Player()]
func award(_ p: inout Player) { p.score += 5 }
extension Player { static func award(_ p: inout Player, _ k: Int) { p.score += k } }
Player.award(&players[1], 7)
award(&players[0])
print(players.map(\.score))
