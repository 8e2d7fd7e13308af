// Casts of values held as Any to tuple types, in switch cases, conditions and forced casts; a tuple's labels may
// differ where one side has none, as in Swift.
let items: [Any] = [(1, 2), (3, "s"), 4, (5, 6.5), (a: 1, b: 2)]
for item in items {
    switch item {
    case let (a, b) as (Int, Int): print("ints", a + b)
    case let (n, s) as (Int, String): print("int string", n, s)
    case let t as (Int, Double): print("int double", t.0, t.1)
    case is (Int, Int, Int): print("triple")
    default: print("other", item)
    }
}
for item in items {
    if let t = item as? (Int, String) { print("pair", t.0, t.1) }
    if item is (Int, Double) { print("is pair") }
    if case let (x, y)? = item as? (Int, Int) { print("case", x, y) }
}
let forced = items[0] as! (Int, Int)
print(forced.0 + forced.1)
let labelled: Any = (p: 1, q: "z")
if let u = labelled as? (p: Int, q: String) { print(u.p, u.q) }
if let u = labelled as? (Int, String) { print(u.0, u.1) }
let plain: Any = (2, "y")
if let u = plain as? (p: Int, q: String) { print(u.p, u.q) }
if case let (p, q) as (Int, String) = plain { print(p, q) }
