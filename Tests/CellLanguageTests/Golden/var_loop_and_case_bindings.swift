struct P { var x = 0 }
let ps = [P()]
for var r in ps { r.x = 2; print(r.x) }
for var i in 0..<3 { i += 1; print(i) }
let opt: Int? = 4
if var x = opt { x += 1; print(x) }
let t = (1, 2)
switch t {
case var (a, b):
  a += b; b += 1; print(a, b)
}
switch t {
case (var a, let b):
  a += b; print(a, b)
}
let pairs = [(1, 2), (3, 4)]
for case var (a, b) in pairs { a += 10; b -= 1; print(a, b) }
let opts: [Int?] = [1, nil, 3]
for case var v? in opts { v *= 2; print(v) }
guard var g = opt else { fatalError() }
g += 100
print(g)
for var (a, b) in pairs { a += b; print(a, b) }
for (var a, b) in pairs { a *= b; print(a, b) }
for var (index, p) in ps.enumerated() { index += 1; p.x += index; print(index, p.x) }
var total = 0
for var i in stride(from: 0, to: 6, by: 2) where i > 0 { i /= 2; total += i }
print(total)
