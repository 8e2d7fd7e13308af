// fatalError and preconditionFailure never return (Swift's Never): they end a path, and a body made of one is no value.
func grade(_ s: Int) -> String {
    switch s {
    case 90...: return "A"
    case 0..<90: return "B"
    default: fatalError("negative score \(s)")
    }
}
func pick(_ xs: [Int]) -> Int {
    guard let f = xs.first else { fatalError("empty") }
    return f
}
func never() -> Int { fatalError("not implemented") }
func check(_ x: Int) -> Int {
    if x > 0 { return x }
    preconditionFailure("x must be positive")
}
let f: (Int) -> Int = { x in
    if x >= 0 { return x * 2 }
    fatalError()
}
print(grade(95), grade(10), pick([3]), check(4), f(2))
struct Unfinished { var size: Int { fatalError("later") }; func area() -> Double { preconditionFailure() } }
