// Values the checker types before the generator compiles them: a stored property's array literal default (of
// declared values, of mixed literals typed [[Any]]), zero-argument number and Boolean initializers.
struct P { var x: Int }
struct S {
    var corners = [P(x: 0), P(x: 1)]
    var rows = [["s", 0], [0, 0]]
    var table = [[1.5, 2], [3, 4]]
}
var s = S()
s.corners[1].x += 1
s.corners.append(P(x: 7))
print(s.corners.map { $0.x }, s.rows, s.table)
s.rows[0][1] = "t"
print(s.rows[0], s.rows.count, type(of: s.rows))
let a = Int(), b = Double(), c = Bool(), d = UInt8(), e = Int64()
var total = Int()
for n in [3, 4] { total += n }
print(a + 1, b * 2, !c, d &+ 1, e, total)
func f(_ text: String) -> String { "text " + text }
func f(_ number: Int) -> String { "number \(number)" }
let count = 2
print(f(count * 10), f("s" + "t"))
