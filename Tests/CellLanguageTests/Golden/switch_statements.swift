// switch over Int ranges, strings, tuples, with bindings and where clauses; break in switch.
func grade(_ score: Int) -> String {
    switch score {
    case 90...100: return "A"
    case 80..<90: return "B"
    case let s where s < 0: return "invalid"
    default: return "C"
    }
}
print(grade(95), grade(85), grade(-1), grade(50))
for word in ["ciao", "hello", "hola", "x"] {
    switch word {
    case "ciao", "hola": print(word, "-> romance")
    case "hello": print(word, "-> english")
    default: print(word, "-> unknown")
    }
}
let points = [(0, 0), (1, 0), (0, 5), (2, 2), (3, -3)]
for point in points {
    switch point {
    case (0, 0): print("origin")
    case (_, 0): print("on the x axis")
    case (0, let y): print("on the y axis at", y)
    case let (x, y) where x == y: print("diagonal", x)
    case let (x, y): print("somewhere", x, y)
    }
}
var total = 0
for i in 0..<10 {
    switch i % 3 {
    case 0:
        if i > 5 { break }
        total += i
    case 1: continue
    default: total += 100
    }
    total += 1
}
print(total)
let flag = true
switch flag {
case true: print("yes")
case false: print("no")
}
let value: Int? = 4
switch value {
case .some(let v) where v > 3: print("big", v)
case .some(let v): print("small", v)
case .none: print("nothing")
}
