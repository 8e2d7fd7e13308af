// `if let (a, b) = pair` binds the elements of an optional tuple (also with `var`, `guard`, `while`, nested tuples).
let pair: (Int, Int)? = (1, 2)
if let (a, b) = pair { print(a + b) }
if var (a, _) = pair { a += 10; print(a) }
if let (a, (b, c)) = Optional((1, (2, 3))) { print(a, b, c) }
let missing: (String, Int)? = nil
if let (name, age) = missing { print(name, age) } else { print("none") }
func total(_ p: (Int, Int)?) -> Int {
    guard let (x, y) = p else { return -1 }
    return x + y
}
print(total(pair), total(nil))
var queue: [(String, Int)] = [("a", 1), ("b", 2)]
while let (key, value) = queue.popLast() { print(key, value) }
