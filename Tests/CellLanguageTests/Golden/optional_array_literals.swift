// An array literal holding nil among other elements is an array of optionals (swiftc infers [Int?]).
let a = [1, nil, 3]
print(a, a.count)
let b = [nil, 1.5, 2]
print(b, b.compactMap { $0 })
let names = ["x", nil, "z"]
for name in names { print(name ?? "none") }
let first = a[0]
print(first as Any, (first ?? 0) + 1)
