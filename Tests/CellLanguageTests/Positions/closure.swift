// Independent mistakes each in a closure: every one is reported, where swiftc reports it.
func takesX(x: Int) {}
struct Point { var x: Int }
enum Color { case red, green }
let run0 = {
    let a1 = undefinedName
}
let run1 = {
    let a2: Int = "x"
}
let run2 = {
    let a4 = [1, 2].cout
}
let run3 = {
    let a5 = [1]; a5.append(2)
}
let run4 = {
    let a6 = 5; a6 = 6
}
let run5 = {
    let a8 = "a" - "b"
}
let run6 = {
    takesX(3)
}
let run7 = {
    takesX(x: "s")
}
let run8 = {
    takesX(x: 1, y: 2)
}
let run9 = {
    let a9 = Point(x: 1).z
}
let run10 = {
    let a11: [Int] = [1, "b"]
}
let run11 = {
    if 3 { print("no") }
}
let run12 = {
    let a12 = Point.origin
}
let run13 = {
    for q in 5 { print(q) }
}
let run14 = {
    let a13 = (1, 2).2
}
let run15 = {
    let a14 = Color.blue
}
let run16 = {
    let b1 = Point(y: 1)
}
let run17 = {
    let b3 = 1 as String
}
let run18 = {
    let b4: Int? = 3; let b5 = b4 + 1
}
let run19 = {
    let b9 = Int("3") + 1
}
let run20 = {
    switch 3 { case "a": print(1); default: print(2) }
}
let run21 = {
    var b11 = [Int](); b11.insert(1)
}
let run22 = {
    let b12 = 3; b12 += 1
}
let run23 = {
    let b13 = Color.red.rawValue
}
let run24 = {
    let b14 = (x: 1, y: 2).z
}
let run25 = {
    let b17 = max(1, "a")
}
let run26 = {
    let b18 = "a".count + "b"
}
let run27 = {
    var b19 = [String: Int](); b19["a"] = "b"
}
