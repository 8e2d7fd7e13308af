// let/var with and without annotations; Int, Double, Bool, String literals.
let a = 42
let b: Int = -7
var c = 3.5
var d: Double = 2
let big = 1_000_000
let hex = 0xFF
let flag = true
let off: Bool = false
let name = "Ada"
var greeting: String = "Ciao"
c = c * 2
d += 1
greeting = greeting + ", " + name
print(a, b, c, d)
print(big, hex)
print(flag, off, !flag)
print(greeting)
let e = 1e3
let f = 2.5e-3
print(e, f)
var g: Double = -4
g -= 0.25
print(g)
