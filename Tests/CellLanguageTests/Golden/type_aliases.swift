// typealias at the top level: for built-in, tuple, collection and declared types.
typealias Score = Int
typealias Point = (x: Double, y: Double)
typealias Scores = [String: Score]
struct Player { var name: String }
typealias Member = Player
let best: Score = Score.max / 2
var table: Scores = ["a": 3]
table["b"] = Score(2.9)
let p: Point = (1.5, 2)
func distance(_ a: Point) -> Double { (a.x * a.x + a.y * a.y).squareRoot() }
let m = Member(name: "Ada")
let team: [Member] = [m, Member(name: "Alan")]
print(best, table.sorted { $0.key < $1.key }, p, distance((3, 4)), m.name, team.count)
