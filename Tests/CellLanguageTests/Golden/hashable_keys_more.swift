// Keys of declared types with their own hash(into:)/== through generics, subclasses, nested sets, optionals, arrays,
// grouping, reduce(into:), uniqueKeysWithValues and merging; [P]() and [P: Int]() of a declared type; Set.first.
struct Tag: Hashable {
    var name: String
    var note: String
    static func == (lhs: Tag, rhs: Tag) -> Bool { lhs.name == rhs.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
func uniq<T: Hashable>(_ xs: [T]) -> Int { Set(xs).count }
let tags = [Tag(name: "a", note: "1"), Tag(name: "a", note: "2"), Tag(name: "b", note: "3")]
print(uniq(tags), uniq([1, 1, 2]))
struct Pair<T: Hashable>: Hashable { var first: T; var second: T }
let pairs: Set<Pair<Tag>> = [Pair(first: tags[0], second: tags[2]), Pair(first: tags[1], second: tags[2])]
print(pairs.count)
class Animal: Hashable {
    let id: Int
    init(id: Int) { self.id = id }
    static func == (a: Animal, b: Animal) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
final class Dog: Animal {}
let zoo: Set<Animal> = [Animal(id: 1), Dog(id: 1), Dog(id: 2)]
print(zoo.count)
let nested: Set<Set<Tag>> = [Set([tags[0]]), Set([tags[1]])]
print(nested.count)
var optKeys: [Tag?: Int] = [:]
optKeys[tags[0]] = 1
optKeys[tags[1]] = 2
optKeys[nil] = 3
print(optKeys.count, optKeys[Tag(name: "a", note: "")]!)
var arrKeys: [[Tag]: Int] = [:]
arrKeys[[tags[0]]] = 1
arrKeys[[tags[1]]] = 2
print(arrKeys.count)
print(Set([tags[0]]) == Set([tags[1]]), Set(tags) == Set([tags[2], tags[1]]))
var h = Hasher()
tags[0].hash(into: &h)
var h2 = Hasher()
h2.combine(tags[1])
print(h.finalize() == h2.finalize())
var a = Hasher(); a.combine(1); var b = a; b.combine(2)
var c = Hasher(); c.combine(1)
print(a.finalize() == b.finalize(), a.finalize() == c.finalize())
print(1.hashValue == 1.hashValue, "x".hashValue == "x".hashValue)
let grouped = Dictionary(grouping: tags, by: { $0 })
print(grouped.count, grouped[Tag(name: "a", note: "")]!.count)
let counts = tags.reduce(into: [Tag: Int]()) { $0[$1, default: 0] += 1 }
print(counts.count, counts[tags[0]]!)
let objs = [Animal(id: 5), Animal(id: 6)]
var seen = Set<ObjectIdentifier>()
for o in objs + objs { seen.insert(ObjectIdentifier(o)) }
print(seen.count, ObjectIdentifier(objs[0]) == ObjectIdentifier(objs[1]))
let u = Dictionary(uniqueKeysWithValues: [(tags[0], 1), (tags[2], 2)])
print(u.count, u[tags[1]]!)
let m = Dictionary([(tags[0], 1), (tags[1], 2)], uniquingKeysWith: +)
print(m.count, m[tags[0]]!)
print(Set(tags).filter { $0.name == "a" }.count, Set(tags).map(\.name).sorted())
let dict = [tags[0]: 1, tags[2]: 3]
print(dict.filter { $0.value > 0 }[tags[1]]!, dict.mapValues { $0 * 2 }[tags[1]]!)
var s = Set(tags)
s.subtract([Tag(name: "a", note: "z")])
print(s.count)
s.formIntersection([Tag(name: "b", note: "z")])
print(s.count, s.map(\.note))
struct Q: Hashable { var x: Int }
var qa = [Q]()
qa.append(Q(x: 1))
var qd = [Q: Int]()
qd[Q(x: 1)] = 2
let qcounts = [Q(x: 1), Q(x: 1)].reduce(into: [Q: Int]()) { $0[$1, default: 0] += 1 }
print(qa.count, qd.count, qcounts[Q(x: 1)]!)
let qs: Set<Q> = [Q(x: 2)]
print(qs.first!.x)
print("\(ObjectIdentifier(objs[0]))".hasPrefix("ObjectIdentifier(0x"), "\(ObjectIdentifier(objs[0]))".count)
// A subclass is Hashable through its superclass's hash(into:) and ==.
let dogs: Set<Dog> = [Dog(id: 1), Dog(id: 1), Dog(id: 2)]
var byDog: [Dog: String] = [:]
byDog[Dog(id: 3)] = "x"
print(dogs.count, byDog[Dog(id: 3)]!, Dog(id: 1) == Dog(id: 1), [Dog(id: 4)].contains(Dog(id: 4)))
