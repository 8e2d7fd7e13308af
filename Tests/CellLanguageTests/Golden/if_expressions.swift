// if and switch used as values: each branch one expression.
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
// switch used as a value: each case one expression.
enum Planet { case mercury, earth, jupiter }
func describe(_ p: Planet) -> String {
    let size = switch p {
    case .mercury: "small"
    case .earth: "medium"
    case .jupiter: "large"
    }
    return size
}
print(describe(.earth), describe(.jupiter))
let n = 7
let parity = switch n % 2 { case 0: "even"; default: "odd" }
let bucket: Int = switch n {
case ..<0: -1
case 0...5: 0
default: 1
}
print(parity, bucket)
