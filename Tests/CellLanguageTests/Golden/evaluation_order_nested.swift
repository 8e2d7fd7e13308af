// Evaluation order in nested places: every subscript argument, receiver, argument and right side of an assignment,
// compound assignment, in-place mutation or `inout` argument is evaluated exactly once, left to right, as in Swift.
var log: [String] = []
func n(_ name: String, _ value: Int) -> Int {
    log.append(name)
    return value
}
func k(_ name: String) -> String {
    log.append("k " + name)
    return name
}
func flush(_ title: String) {
    print(title + ": " + log.joined(separator: ", "))
    log = []
}

var x = [[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]]
x[n("f", 1)][1][2] = n("v", 99)
flush("x[f()][1][2] = v")
x[n("f", 0)][n("g", 1)][n("h", 0)] += n("v", 5)
flush("x[f()][g()][h()] += v")
x[1][n("g", 0)][2] -= n("v", 1)
flush("x[1][g()][2] -= v")
print(x)

var m = [[1, 2], [3, 4]]
m[n("r", 0)][n("c", 1)] *= n("v", 3)
m[n("r", 1)][n("c", 0)] /= n("v", 2)
m[n("r", 1)][n("c", 1)] &+= n("v", 1)
m[n("r", 0)][n("c", 0)] <<= n("v", 2)
m[n("r", 0)][n("c", 0)] %= n("v", 3)
m[n("r", 1)][1] |= n("v", 8)
flush("*= /= &+= <<= %= |=")
print(m)

struct Cell {
    var values = [0, 0, 0]
    var name = "c"
    mutating func bump(_ by: Int) {
        values[0] += by
    }
}
var cells = [Cell(), Cell()]
cells[n("a", 1)].values[n("b", 2)] += n("c", 7)
flush("a[f()].prop[g()] op= h()")
cells[n("a", 0)].name += "\(n("s", 1))"
flush("a[f()].name += s")
cells[n("a", 1)].bump(n("by", 4))
flush("a[f()].mutate(g())")
cells[n("a", 0)].values.append(n("x", 5))
flush("a[f()].prop.append(g())")
print(cells[0].values, cells[0].name, cells[1].values)

var grid = [[Cell()], [Cell(), Cell()]]
grid[n("f", 1)][n("g", 1)].bump(n("h", 3))
flush("a[f()][g()].mutate(h())")
grid[n("f", 1)][n("g", 0)].values[n("h", 1)] = n("v", 2)
flush("a[f()][g()].prop[h()] = v")
print(grid[1][1].values, grid[1][0].values)

var lists = [[1], [2]]
lists[n("f", 1)].append(n("g", 3))
flush("a[f()].append(g())")
lists[n("f", 0)].insert(n("g", 0), at: n("at", 0))
flush("a[f()].insert(g(), at: h())")
lists[n("f", 0)] += [n("e", 9)]
flush("a[f()] += [e()]")
print(lists)

var d: [String: [Int]] = ["a": [1, 2], "b": [3]]
d[k("a")]![n("i", 1)] += 1
flush("d[k()]![i()] += 1")
d[k("z"), default: []].append(n("x", 4))
flush("d[k(), default: []].append(x())")
d[k("b")]?[n("i", 0)] = n("v", 30)
flush("d[k()]?[i()] = v")
d[k("missing")]?[n("i", 0)] = n("v", 30)
flush("d[missing]?[i()] = v")
d[k("a"), default: []][n("i", 0)] -= n("v", 1)
flush("d[k(), default: []][i()] -= v")
print(d.sorted { $0.key < $1.key })

var counts: [String: Int] = [:]
counts[k("w"), default: 0] += n("v", 1)
counts[k("w"), default: 0] += n("v", 1)
flush("counts[k(), default: 0] += v")
print(counts)

struct Point {
    var x = 0
    var y = 0
}
var maybe: [Point]? = [Point(), Point()]
maybe?[n("f", 1)].x = n("g", 5)
flush("a?[f()].x = g()")
maybe?[n("f", 0)].y += n("g", 2)
flush("a?[f()].y += g()")
var none: [Point]? = nil
none?[n("f", 1)].x = n("g", 5)
flush("nil?[f()].x = g()")
print(maybe!.map { [$0.x, $0.y] })

var t = ([1, 2, 3], "t")
t.0[n("f", 2)] += n("v", 10)
flush("t.0[f()] += v")
print(t)

final class Box {
    var items = [0, 0, 0]
    var inner: [[Int]] = [[0, 0], [0, 0]]
}
var boxes = [Box(), Box()]
boxes[n("f", 1)].items[n("g", 2)] += n("h", 6)
flush("boxes[f()].items[g()] += h()")
boxes[n("f", 0)].inner[n("g", 1)][n("h", 0)] = n("v", 8)
flush("boxes[f()].inner[g()][h()] = v")
print(boxes[0].inner, boxes[1].items)

var a = [1, 2, 3]
var b = [10, 20, 30]
swap(&a[n("f", 0)], &b[n("g", 2)])
flush("swap(&a[f()], &b[g()])")
print(a, b)

func inc(_ value: inout Int) {
    value += 1
}
func addTo(_ value: inout Int, _ step: Int) {
    value += step
}
inc(&m[n("f", 0)][n("g", 1)])
flush("inc(&m[f()][g()])")
addTo(&x[n("f", 1)][n("g", 0)][n("h", 0)], n("step", 100))
flush("addTo(&x[f()][g()][h()], step())")
inc(&cells[n("f", 1)].values[n("g", 0)])
flush("inc(&cells[f()].values[g()])")
print(m, x[1][0], cells[1].values)

var words = ["ab", "cd"]
words[n("f", 1)] += String(repeating: "z", count: n("c", 2))
flush("words[f()] += s")
words[n("f", 0)].append(Character("\(n("ch", 7))"))
flush("words[f()].append(ch)")
var chars: [[Character]] = [["a", "b"], ["c"]]
chars[n("f", 0)][n("g", 1)] = Character(k("q"))
flush("chars[f()][g()] = c")
print(words, chars)

var ds = [1.5, 2.5]
ds[n("f", 1)] -= Double(n("v", 1)) * 0.5
ds[n("f", 0)] *= Double(n("v", 2))
flush("doubles")
print(ds)

var opts: [Int?] = [nil, 3]
opts[n("f", 0)] = opts[n("g", 0)] ?? n("v", 4)
flush("opts[f()] = opts[g()] ?? v")
print(opts)

func pick() -> Int {
    log.append("pick")
    return 0
}
var histogram = [[0, 0], [0, 0]]
for _ in 0..<3 {
    histogram[pick()][pick() + 1] += 1
}
flush("histogram")
print(histogram)
var maybeLists: [[Int]]? = [[1], [2]]
maybeLists?[n("f", 1)].append(n("g", 3))
flush("maybeLists?[f()].append(g())")
maybeLists?[n("f", 0)][n("g", 0)] += n("v", 5)
flush("maybeLists?[f()][g()] += v")
var nothing: [[Int]]? = nil
nothing?[n("f", 1)].append(n("g", 3))
nothing?[n("f", 0)][n("g", 0)] += n("v", 5)
flush("nil chains")
print(maybeLists!)
struct Node {
    var next: [Node]? = nil
    var values = [0, 0]
}
var root = Node(next: [Node(), Node(next: [Node()])])
root.next?[n("f", 1)].next?[n("g", 0)].values[n("h", 1)] = n("v", 4)
flush("two links")
root.next?[n("f", 0)].next?[n("g", 0)].values[n("h", 1)] = n("v", 4)
flush("two links, second nil")
print(root.next![1].next![0].values)
if (maybeLists?[n("f", 1)][n("g", 0)] = n("v", 8)) != nil {
    print("stored")
}
flush("assignment as value")
if (nothing?[n("f", 1)][n("g", 0)] = n("v", 8)) == nil {
    print("not stored")
}
flush("nil assignment as value")
var dd: [String: [String: Int]] = ["a": ["b": 1]]
dd[k("a")]?[k("b")]! += n("v", 2)
dd[k("a")]?[k("c"), default: 0] += n("v", 3)
flush("dd")
print(dd["a"]!.sorted { $0.key < $1.key })
// --- cell ---
func local() {
    var x = [[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]]
    x[n("f", 1)][1][2] = n("v", 99)
    flush("local x[f()][1][2] = v")
    x[n("f", 0)][1][2] += n("v", 1)
    flush("local x[f()][1][2] += v")
    var m = [[1, 2], [3, 4]]
    m[n("f", 1)][0] = n("v", 5)
    m[n("f", 1)][n("g", 1)] -= 1
    flush("local m")
    print(x, m)
}
local()
struct Model {
    var grid = [[0, 0], [0, 0]]
    var rows: [[Int]] = [[1]]
    mutating func set() {
        grid[n("f", 1)][0] = n("v", 3)
        self.grid[n("f", 0)][n("g", 1)] += n("v", 4)
        rows[n("r", 0)].append(n("a", 2))
        flush("mutating method")
    }
    subscript(i: Int) -> Int {
        get { log.append("get \(i)"); return grid[0][i] }
        set { log.append("set \(i) \(newValue)"); grid[0][i] = newValue }
    }
}
var model = Model()
model.set()
print(model.grid, model.rows)
model[n("i", 1)] += n("v", 10)
flush("user subscript +=")
model[n("i", 0)] = n("v", 1)
flush("user subscript =")
var models = [Model(), Model()]
models[n("f", 1)][n("i", 1)] += n("v", 2)
flush("models[f()][i()] += v")
print(model.grid, models[1].grid)
final class Holder {
    var data = [[0, 0], [0, 0]]
}
let holder = Holder()
func get() -> Holder {
    log.append("get holder")
    return holder
}
get().data[n("f", 1)][1] = n("v", 7)
flush("get().data[f()][1] = v")
get().data[1][n("g", 0)] += n("v", 7)
flush("get().data[1][g()] += v")
get().data[n("f", 0)].append(n("v", 9))
flush("get().data[f()].append(v)")
print(holder.data)
var calls = 0
func next() -> Int {
    calls += 1
    return calls % 2
}
var nested = [[0, 0], [0, 0]]
for _ in 0..<4 {
    nested[next()][1] += 1
}
print(nested, calls)
var closure: () -> Int = { n("closure", 1) }
nested[closure()][0] = 5
flush("closure index")
var s: [String] = ["x"]
s[n("f", 0)] = s[n("g", 0)] + "y"
flush("s[f()] = s[g()] + y")
print(s)
var q = [1, 2, 3]
q[n("f", 0)] = q[n("g", 1)] + q[n("h", 2)]
flush("q[f()] = q[g()] + q[h()]")
print(q)
var tup = (a: [[1, 2]], b: 0)
tup.a[n("f", 0)][n("g", 1)] += 1
flush("tup.a[f()][g()] += 1")
print(tup)
// --- cell ---
final class Link {
    var values = [0, 0, 0]
    var child: Link?
    var grid: [[Int]]? = [[0, 0], [0, 0]]
}
let head = Link()
head.child = Link()
func makeLink() -> Link? {
    log.append("makeLink")
    return head
}
makeLink()?.values[n("i", 1)] += n("v", 3)
flush("makeLink()?.values[i()] += v")
makeLink()?.child?.values[n("i", 2)] = n("v", 4)
flush("makeLink()?.child?.values[i()] = v")
head.child?.child?.values[n("i", 0)] = n("v", 5)
flush("nil second link")
head.grid?[n("r", 1)][n("c", 0)] -= n("v", 2)
flush("head.grid?[r()][c()] -= v")
struct Keeper {
    var items: [Int]? = [1, 2, 3]
    mutating func bump() {
        items?[n("i", 0)] += n("v", 10)
        self.items?[n("j", 2)] *= n("v", 2)
    }
}
var keeper = Keeper()
keeper.bump()
flush("inside mutating method")
print(head.values, head.child!.values, head.grid!, keeper.items!)
var optionalMatrix: [[Double]]? = [[1, 2], [3, 4]]
optionalMatrix?[n("r", 0)][n("c", 1)] /= Double(n("v", 4))
flush("optional optionalMatrix")
print(optionalMatrix!)
