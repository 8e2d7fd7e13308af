// Arrays of closures created with an initializer, debugPrint, and Double's mutating round.
var gs = [(Int) -> Int]()
gs.append { $0 * 2 }
gs.append { x in x + 1 }
var total = 0
for g in gs { total += g(10) }
print(total)
var tests = [(Int, Int) -> Bool]()
tests.append(<)
tests.append { $0 % $1 == 0 }
print(tests.map { $0(6, 3) })
var curried = [(Int) -> (Int) -> Int]()
curried.append { a in { b in a * b } }
print(curried[0](3)(4))
var cleaners = [(String) -> String?]()
cleaners.append { $0.isEmpty ? nil : $0 }
print(cleaners[0]("x") ?? "-", cleaners[0]("") ?? "-", cleaners.count)
var makers = [() -> [Double]]()
makers.append { [1.5, 2] }
print(makers[0]())

debugPrint("a", 1, [1.5])
debugPrint("line\nbreak", "tab\tquote\"")
let c: Character = "q"
debugPrint(c, [c])
let o: Int? = 4
let none: String? = nil
debugPrint(o, none, [1: "x"], separator: " | ")
debugPrint(3.0, true, terminator: "!\n")
debugPrint((1, "t"), ["k": [1, 2]])
let words: Set<String> = ["solo"]
debugPrint(words)

var x = 2.7
x.round(.down)
var y = -2.5
y.round()
var z = 2.5
z.round(.toNearestOrEven)
var w = -2.5
w.round(.towardZero)
print(x, y, z, w)
struct Reading { var value = 7.5 }
var r = Reading()
r.value.round(.up)
var values = [1.4, 2.6, -0.5]
values[1].round(.towardZero)
for i in values.indices { values[i].round(.awayFromZero) }
print(r.value, values)
