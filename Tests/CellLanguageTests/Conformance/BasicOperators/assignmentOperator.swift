let b = 10
var a = 5
a = b
print("a is now equal to \(a)")
print("@@listing-end 1@@")
let (x, y) = (1, 2)
print("x is equal to \(x), and y is equal to \(y)")
print("@@listing-end 2@@")
