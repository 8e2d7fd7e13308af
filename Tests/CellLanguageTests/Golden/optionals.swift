// Optionals: if let, guard let, ??, force unwrap, printing.
let values = [4, 8, 15]
if let first = values.first {
    print("first is", first)
}
let empty: [Int] = []
if let first = empty.first {
    print("unexpected", first)
} else {
    print("empty has no first")
}
let maybe: Int? = nil
print(maybe ?? -1)
var name: String? = "Ada"
print(name as Any, name!)
name = nil
print(name as Any, name ?? "anonymous")
func findIndex(_ target: Int, in xs: [Int]) -> Int? {
    for i in 0..<xs.count where xs[i] == target { return i }
    return nil
}
print(findIndex(15, in: values) as Any, findIndex(16, in: values) as Any)
func describe(_ index: Int?) -> String {
    guard let index = index else { return "not found" }
    return "at \(index)"
}
print(describe(findIndex(8, in: values)), describe(nil))
if let a = Int("3"), let b = Int("4"), a < b {
    print(a + b)
}
let optionalArray: [Int?] = [1, nil, 3]
print(optionalArray)
var total = 0
for v in optionalArray { total += v ?? 0 }
print(total)
print(maybe == nil, name != nil)
