// Capture lists copying a `let` declared without a value, after its one assignment (in one statement or in either
// branch of an `if`), and a global constant.
func h() -> Int {
    let a: Int
    a = 2
    let f = { [a] in a + 1 }
    return f()
}
print(h())
func k(_ flag: Bool) -> [Int] {
    let base: Int
    if flag { base = 10 } else { base = 20 }
    let add = { [base] (x: Int) in base + x }
    return [1, 2].map(add)
}
print(k(true), k(false))
let c = 5
let g = { [c] in c * 2 }
print(g())
