// `negate()` changes an Int's or a Double's sign where it is stored: a variable, an array element, a property.
var i = 3
i.negate()
print(i)
var d = 2.5
d.negate()
print(d)
var xs = [1, -2]
xs[1].negate()
print(xs)
struct P { var n = 4 }
var p = P()
p.n.negate()
print(p.n)
var z = 0.0
z.negate()
print(z)
var m = Int.min + 1
m.negate()
print(m)
