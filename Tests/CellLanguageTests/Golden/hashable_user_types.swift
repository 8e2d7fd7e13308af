// Declared types with their own hash(into:) and ==, and synthesized Hashable, as Set elements and Dictionary keys.
// Swift's set and dictionary order changes from run to run, so only sorted results, counts and lookups are printed.
struct Tag: Hashable {
    var name: String
    var note: String
    // Only the name counts: two tags with the same name are the same element.
    static func == (lhs: Tag, rhs: Tag) -> Bool { lhs.name == rhs.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
var tags: Set<Tag> = [Tag(name: "a", note: "first"), Tag(name: "b", note: "x")]
let inserted = tags.insert(Tag(name: "a", note: "second"))
print(inserted.inserted, inserted.memberAfterInsert.note, tags.count)
print(tags.contains(Tag(name: "b", note: "other")), tags.contains(Tag(name: "c", note: "x")))
let removed = tags.remove(Tag(name: "b", note: "?"))
print(removed?.note ?? "none", tags.count)
print(tags.map { $0.name + ":" + $0.note }.sorted())

final class Node: Hashable {
    let id: Int
    var label: String
    init(_ id: Int, _ label: String) { self.id = id; self.label = label }
    static func == (lhs: Node, rhs: Node) -> Bool { lhs.id == rhs.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
let n1 = Node(1, "one"), n2 = Node(2, "two"), n1again = Node(1, "uno")
var nodes = Set<Node>()
nodes.insert(n1)
nodes.insert(n2)
print(nodes.insert(n1again).inserted, nodes.count, nodes.contains(Node(2, "deux")))
var labels: [Node: String] = [:]
labels[n1] = "A"
labels[n1again] = "B"
labels[n2] = "C"
print(labels.count, labels[n1]!, labels[Node(2, "")]!)
for (node, label) in labels.sorted(by: { $0.key.id < $1.key.id }) { print(node.id, node.label, label) }

// Identity: a class hashed by ObjectIdentifier.
final class Box: Hashable {
    var value: Int
    init(_ value: Int) { self.value = value }
    static func == (lhs: Box, rhs: Box) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
let b1 = Box(1), b2 = Box(1)
let boxes: Set<Box> = [b1, b2, b1]
print(boxes.count, boxes.contains(b1), boxes.contains(Box(1)), b1 == b2, b1 == b1)
var byObject: [ObjectIdentifier: String] = [:]
byObject[ObjectIdentifier(b1)] = "b1"
byObject[ObjectIdentifier(b2)] = "b2"
print(byObject.count, byObject[ObjectIdentifier(b1)]!, byObject[ObjectIdentifier(b2)]!)

// Set algebra with the user's equality.
let left: Set<Tag> = [Tag(name: "x", note: "1"), Tag(name: "y", note: "2")]
let right: Set<Tag> = [Tag(name: "y", note: "3"), Tag(name: "z", note: "4")]
print(left.union(right).count, left.intersection(right).map(\.name), left.subtracting(right).map(\.name))
print(left.symmetricDifference(right).map(\.name).sorted(), left.isSubset(of: left.union(right)), left.isDisjoint(with: right))
var grown = left
grown.formUnion(right)
print(grown.count, grown.filter { $0.name != "x" }.count)
var names: [String] = []
for tag in grown { names.append(tag.name) }
print(names.sorted())

// Synthesized Hashable: every stored property counts.
struct Point: Hashable { var x: Int; var y: Int }
enum Shape: Hashable { case circle(radius: Int), square(side: Int), dot }
let points: Set<Point> = [Point(x: 1, y: 2), Point(x: 1, y: 2), Point(x: 2, y: 1)]
print(points.count, points.contains(Point(x: 2, y: 1)))
var areas: [Shape: Int] = [.circle(radius: 1): 3, .square(side: 2): 4, .dot: 0]
areas[.circle(radius: 1)] = 31
print(areas.count, areas[.circle(radius: 1)]!, areas[.square(side: 3)] ?? -1, areas[.dot]!)

// A struct whose synthesized hash holds a type with its own hash(into:).
struct Labeled: Hashable { var tag: Tag; var count: Int }
let labeled: Set<Labeled> = [Labeled(tag: Tag(name: "a", note: "1"), count: 1), Labeled(tag: Tag(name: "a", note: "2"), count: 1),
                             Labeled(tag: Tag(name: "a", note: "3"), count: 2)]
print(labeled.count)

// An enum with its own hash(into:) and ==: case payloads ignored.
enum Token: Hashable {
    case word(String), number(Int)
    static func == (lhs: Token, rhs: Token) -> Bool {
        switch (lhs, rhs) {
        case (.word, .word), (.number, .number): return true
        default: return false
        }
    }
    func hash(into hasher: inout Hasher) {
        switch self {
        case .word: hasher.combine(0)
        case .number: hasher.combine(1)
        }
    }
}
let kinds = Set([Token.word("a"), .number(1), .word("b"), .number(2)])
print(kinds.count, kinds.contains(.word("zzz")))

// Hasher and hashValue: equal values hash alike (the numbers themselves change from run to run).
var h1 = Hasher()
h1.combine(Tag(name: "a", note: "1"))
var h2 = Hasher()
h2.combine(Tag(name: "a", note: "2"))
print(h1.finalize() == h2.finalize())
var h3 = Hasher()
h3.combine(1)
h3.combine("two")
var h4 = Hasher()
h4.combine(1)
h4.combine("two")
print(h3.finalize() == h4.finalize())
print(Tag(name: "q", note: "1").hashValue == Tag(name: "q", note: "2").hashValue, Point(x: 1, y: 2).hashValue == Point(x: 1, y: 2).hashValue)
print(n1.hashValue == n1again.hashValue, ObjectIdentifier(b1).hashValue == ObjectIdentifier(b1).hashValue, ObjectIdentifier(b1) == ObjectIdentifier(b2))
