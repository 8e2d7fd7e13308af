// Sequence's suffix and dropLast give arrays where an array is expected (an annotation, an argument, an assignment).
let xs = [1, 2, 3]
func f(_ a: [Int]) -> Int { a.count }
let b: [Int] = xs.dropLast()
let c: [Int] = xs.suffix(2)
print(b, c, f(xs.suffix(1)), f(xs.dropLast(2)))
var m: [Int] = []
m = xs.suffix(2)
print(m)
