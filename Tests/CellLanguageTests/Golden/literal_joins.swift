// Literals joined across an operator or a declaration as swiftc joins them: tuple literals of number literals compared
// as tuples of Doubles, a value promoted through two optionals, a mixed array literal and another array joined by `+`
// as an `[Any]`, and an array's `+=` of any sequence of its elements (a set, a range, a slice).
print((1, 2) < (1.5, 2.5), (1, 2) == (1.0, 2), (3, 2.5) > (3, 1), (0, 0) <= (0, 0.5))
var o: Int?? = 3
print(o as Any)
let x = 4
var p: Int?? = x
print(p as Any)
p = nil
print(p as Any)
p = 5
if let a = p, let b = a { print("unwrapped twice", b) }
let named: String?? = "s"
print(named as Any)
let q: [Double] = [0.5, 1.5]
let counts = [1, 2]
print(["s", 2, 3] + q)
let mixed = ["s", 2] + counts
print(mixed, mixed.count)
print(["a", true] + ["b", 3])
var xs = [1, 2]
let s: Set<Int> = [5]
xs += s
xs += 1...3
xs += 0..<2
let ys = [7, 8, 9]
xs += ys[0..<2]
xs += ys[1...]
print(xs)
var words = ["a"]
words += ["b", "c", "d"][1...]
print(words)
