// Observers and setters reached through nested properties, arrays, closures and subscripts.
struct Inner { var c = 0 }
struct Outer {
    var b = Inner() { didSet { print("b changed from \(oldValue.c) to \(b.c)") } }
    var items = [1, 2, 3] { willSet { print("items will be \(newValue)") } }
}
var o = Outer()
o.b.c = 5
o.b.c += 1
o.items[0] = 9
o.items.append(4)
var arr = [Outer(), Outer()]
arr[1].b.c = 7
print(arr[1].b.c)
class Node {
    var value = 0 { didSet { print("node \(oldValue) -> \(value)") } }
    func bump() { value += 1 }
    var label: String {
        get { "v\(value)" }
        set { value = Int(newValue.dropFirst()) ?? 0 }
    }
}
let n = Node()
n.bump()
n.label += "0"
print(n.value, n.label)
var counter = 0 { didSet { print("counter \(counter)") } }
let inc = { counter += 1 }
inc(); inc()
func twice(_ f: () -> Void) { f(); f() }
twice { counter *= 2 }
struct Grid {
    var rows = [[0, 0], [0, 0]]
    subscript(r: Int, c: Int) -> Int {
        get { rows[r][c] }
        set { rows[r][c] = newValue }
    }
    subscript(r: Int) -> [Int] {
        get { rows[r] }
        set { rows[r] = newValue }
    }
}
var g = Grid()
g[1][0] = 3
g[0, 1] += 2
g[1].append(9)
print(g.rows)
struct Holder { var grid = Grid() { didSet { print("grid set") } } }
var h = Holder()
h.grid[0, 0] = 1
print(h.grid.rows)

// swap of places behind accessors: read in order, written back last-begun first.
struct Swapped {
    var x = 1 { didSet { print("x \(oldValue) -> \(x)") } }
    var y: Int {
        get { print("get y"); return x * 10 }
        set { print("set y \(newValue)"); x = newValue / 10 }
    }
}
var p = Swapped()
var q = Swapped()
q.x = 5
swap(&p.x, &q.x)
print(p.x, q.x)
var k = 7
swap(&k, &p.x)
print(k, p.x)
