// Optional chaining, compactMap, flatMap, reduce(into:), min/max(by:).
let names: [String?] = ["ada", nil, "bob"]
print(names.compactMap { $0 }, names.map { $0?.uppercased() })
let first = names[0]
print(first?.count as Any, names[1]?.count as Any)
let counts = ["a", "b", "a"].reduce(into: [String: Int]()) { acc, w in acc[w, default: 0] += 1 }
print(counts["a"]!, counts["b"]!)
let total = [1, 2, 3].reduce(into: 0) { $0 += $1 }
print(total)
print([[1, 2], [3]].flatMap { $0 })
print(["x1", "22", "z"].compactMap { Int($0) })
let words = ["pear", "fig", "banana"]
print(words.min { $0.count < $1.count }!, words.max(by: { $0.count < $1.count })!)
struct P { var name: String; var age: Int? }
let people = [P(name: "a", age: 3), P(name: "b", age: nil)]
print(people.compactMap { $0.age }, people.first?.name ?? "-", people.first?.age as Any)
