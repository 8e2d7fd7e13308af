// Definite initialization: constants and variables declared without a value, assigned on every path before use
// (if/else, switch with fatalError, guard, repeat, while true with break, closures capturing after assignment).
let c = [1, 2].count == 2
let x: Int
if c { x = 1 } else { x = 2 }
print(x)
var y: Int
switch x { case 1: y = 10; case 2: y = 20; default: fatalError("no") }
print(y)
let z: String
guard c else { fatalError() }
z = "ok"
print(z)
var w: [Int]
w = []
w.append(3)
print(w)
let q: Int
repeat { q = 5 } while false
print(q)
func f() -> Int { let r: Int; if c { r = 1 } else { return 0 }; return r }
print(f())
var n: Int
n = 1
n += 1
for i in 0..<2 { n += i }
let m: Int
do2()
func do2() {}
m = n
print(m, { m * 2 }())
func h(_ flag: Bool) -> Int {
    let r: Int
    while true {
        if flag { r = 1; break }
        r = 2
        break
    }
    return r
}
print(h(true), h(false))
var grid: [[Int]]
grid = [[1, 2], [3]]
grid[0].append(9)
print(grid)
