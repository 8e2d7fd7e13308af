// Sets: building, membership, algebra, mutation (printed in a deterministic way: one element or sorted).
var seen: Set<Int> = [3, 1, 3]
print(seen.count, seen.contains(3), seen.contains(2))
let inserted = seen.insert(5)
print(inserted.inserted, seen.insert(5).inserted, seen.count)
seen.remove(1)
print(seen.sorted(), seen.isEmpty)
let a = Set([1, 2, 3, 4])
let b: Set = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(Set([1, 2]).isSubset(of: a), a.isSuperset(of: [1, 2]), a.isDisjoint(with: [9]))
let letters = Set("mississippi")
print(letters.count, letters.sorted())
var unique = Set<String>()
for w in ["b", "a", "b"] { unique.insert(w) }
print(unique.sorted(), unique.map { $0.uppercased() }.sorted())
print(Set([7]), [Set([1])], a == Set([4, 3, 2, 1]))
var evens = Set((0..<10).filter { $0 % 2 == 0 })
evens.formUnion([1])
evens.subtract([0, 2])
print(evens.sorted(), evens.filter { $0 > 4 }.sorted(), evens.min()!, Array(evens).count)
