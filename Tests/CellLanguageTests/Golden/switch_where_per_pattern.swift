// A switch `where` clause guards only the pattern it follows (swiftc warns about it; the program is valid).
for x in [1, 2, 3, 4] {
    switch x {
    case 1, 2 where x > 1: print("A", x)
    case 3: print("B", x)
    default: print("D", x)
    }
}
enum Shape { case circle(Double), square(Double), dot }
for s in [Shape.circle(1), .square(5), .dot, .circle(9)] {
    switch s {
    case .circle(let r) where r > 2, .square(let r) where r > 2: print("big", r)
    case .circle, .square: print("small")
    case .dot: print("dot")
    }
}
for pair in [(1, 5), (2, 2), (7, 0), (3, 9)] {
    switch pair {
    case (let a, _) where a > 5, (_, let a) where a > 8: print("large", a)
    case (let a, let b) where a == b: print("same", a)
    case (1, _), (_, 0): print("edge", pair.0, pair.1)
    default: print("other")
    }
}
