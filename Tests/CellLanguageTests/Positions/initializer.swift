// Independent mistakes inside a initializer: every one is reported, where swiftc reports it.
func takesX(x: Int) {}
struct Point { var x: Int }
enum Color { case red, green }
struct Holder {
    var v = 0
    init() {
        let a1 = undefinedName
        let a2: Int = "x"
        let a4 = [1, 2].cout
        let a5 = [1]; a5.append(2)
        let a6 = 5; a6 = 6
        let a8 = "a" - "b"
        takesX(3)
        takesX(x: "s")
        takesX(x: 1, y: 2)
        let a9 = Point(x: 1).z
        let a11: [Int] = [1, "b"]
        if 3 { print("no") }
        let a12 = Point.origin
        for q in 5 { print(q) }
        let a13 = (1, 2).2
        let a14 = Color.blue
        let b1 = Point(y: 1)
        let b3 = 1 as String
        let b4: Int? = 3; let b5 = b4 + 1
        let b9 = Int("3") + 1
        switch 3 { case "a": print(1); default: print(2) }
        var b11 = [Int](); b11.insert(1)
        let b12 = 3; b12 += 1
        let b13 = Color.red.rawValue
        let b14 = (x: 1, y: 2).z
        let b17 = max(1, "a")
        let b18 = "a".count + "b"
        var b19 = [String: Int](); b19["a"] = "b"
    }
}
