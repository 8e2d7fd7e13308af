// Sets: comparing the interests of students (printed sorted, since set order varies).
import Foundation
let anna: Set<String> = ["musica", "calcio", "lettura", "scacchi"]
let marco: Set<String> = ["calcio", "videogiochi", "scacchi"]
let sara: Set = ["pittura", "lettura"]

print(anna.count, marco.count, sara.count)
print(anna.contains("musica"), marco.contains("musica"))
print(anna.union(marco).sorted())
print(anna.intersection(marco).sorted())
print(anna.subtracting(marco).sorted())
print(anna.symmetricDifference(marco).sorted())
print(marco.isDisjoint(with: sara), anna.isDisjoint(with: sara))
print(Set(["calcio"]).isSubset(of: marco), anna.isSuperset(of: sara))

// Building sets from arrays removes duplicates.
let votes = ["rosso", "blu", "rosso", "verde", "blu", "rosso"]
let distinct = Set(votes)
print(distinct.count, distinct.sorted())
print(Set("mississippi").sorted())
print(Set([3, 1, 3, 2, 1]).sorted(by: >))

// Mutating sets.
var seen = Set<Int>()
var duplicates: [Int] = []
for n in [4, 7, 4, 1, 7, 7, 9] {
    if seen.contains(n) {
        duplicates.append(n)
    } else {
        seen.insert(n)
    }
}
print(seen.sorted(), duplicates)
print(seen.remove(7) as Any, seen.remove(100) as Any)
seen.formUnion([10, 11])
seen.subtract([1])
print(seen.sorted(), seen.isEmpty)

// Sets with filter and map.
let evens = Set(1...10).filter { $0 % 2 == 0 }
print(evens.sorted())
print(evens.map { $0 * $0 }.sorted())
print(evens.reduce(0, +), evens.min()!, evens.max()!)

// Everybody's interests, counted.
let everyone = [anna, marco, sara]
let all = everyone.reduce(Set<String>()) { $0.union($1) }
for hobby in all.sorted() {
    let fans = everyone.filter { $0.contains(hobby) }.count
    print(hobby, fans)
}
let empty: Set<Int> = []
print(empty.isEmpty, empty.count, empty == Set<Int>())
print(Set([1]))
