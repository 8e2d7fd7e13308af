// if used as a value: each branch one expression.
let temperature = 26
let weather = if temperature > 25 { "hot" } else if temperature < 10 { "cold" } else { "mild" }
print(weather)
func sign(_ x: Int) -> Int {
    let s = if x > 0, x < 100 { 1 } else if x == 0 { 0 } else { -1 }
    return s
}
print(sign(5), sign(0), sign(-3), sign(500))
let label: String = if temperature % 2 == 0 { "even" } else { "odd" }
print(label)
