// Tuples and patterns: switch on tuples with ranges and where clauses, labeled loops, for case, casts from Any,
// quotientAndRemainder, rounding rules.
let point = (x: 3, y: -2)
switch point {
case (0, 0): print("origin")
case (let x, 0), (0, let x): print("on an axis at", x)
case let (x, y) where x == y: print("diagonal")
case (1...5, ..<0): print("right, below")
default: print("elsewhere")
}
let grades = [95, 82, 67, 45, 100, 73]
for g in grades {
    switch g {
    case 90...: print(g, "A", terminator: " ")
    case 80..<90: print(g, "B", terminator: " ")
    case 70..<80: print(g, "C", terminator: " ")
    default: print(g, "F", terminator: " ")
    }
}
print()
outer: for i in 1...3 {
    for j in 1...3 {
        if j == 2 { continue outer }
        if i == 3 { break outer }
        print(i, j)
    }
}
let pairs = [(1, "one"), (2, "two"), (3, "three")]
for case let (n, name) in pairs where n % 2 == 1 { print(n, name) }
let (q, r) = 17.quotientAndRemainder(dividingBy: 5)
print(q, r)
var (a, b) = (1, 2)
(a, b) = (b, a)
print(a, b, (1, "z") < (1, "zz"), (2, 0) > (1, 99))
let optionals: [Int?] = [1, nil, 3]
for case let v? in optionals { print("value", v) }
print(optionals.compactMap { $0 }, optionals.map { $0 ?? 0 })
func classify(_ value: Any) -> String {
    switch value {
    case let i as Int where i < 0: return "negative int"
    case is Int: return "int"
    case let s as String: return "string of \(s.count)"
    case let (x, y) as (Int, Int): return "pair \(x + y)"
    default: return "other"
    }
}
print([classify(-1), classify(4), classify("hey"), classify((1, 2)), classify(2.5)])
var counter = 0
repeat { counter += 3 } while counter < 10
print(counter)
var n = 27, steps = 0
while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
print(steps)
print(Double.pi.rounded(.down), (2.5).rounded(.toNearestOrEven), (-2.5).rounded(.towardZero), (2.1).rounded(.up), (-7).quotientAndRemainder(dividingBy: 2))
