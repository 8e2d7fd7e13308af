// Closures stored in properties, tuples and collections; assignment through optional chaining; swap.
import Foundation
struct Op {
    let name: String
    var apply: (Int) -> Int
    static let identity: (Int) -> Int = { $0 }
    func run(_ x: Int) -> Int { apply(x) + 1 }
}
var op = Op(name: "double", apply: { $0 * 2 })
print(op.apply(4), op.run(4), Op.identity(9))
op.apply = { $0 * 10 }
print(op.apply(4), op.run(4))
// --- cell ---
final class Button {
    var onTap: (() -> String)?
    var handler: (String) -> Void = { _ in }
    init() {}
    func tap() -> String { onTap?() ?? "nothing" }
    func fire() { handler("fired") }
}
let b = Button()
print(b.tap())
b.onTap = { "tapped" }
print(b.tap(), b.onTap?() as Any)
b.handler = { print("handler got", $0) }
b.fire()
b.handler("direct")
// --- cell ---
let ops: [(Int) -> Int] = [{ $0 + 1 }, { $0 * $0 }]
print(ops[0](3), ops[1](5), ops.map { $0(2) })
let table: [String: (Double, Double) -> Double] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
print(table["add"]!(2, 3), table["mul"]?(2, 3) as Any, table["pow"]?(2, 3) as Any)
let maybeOp: Op? = op
let noOp: Op? = nil
print(maybeOp?.apply(7) as Any, noOp?.apply(7) as Any)
let pair = (name: "inc", f: { (x: Int) -> Int in x + 1 })
print(pair.f(1), pair.1(2))
struct Maker { let make: (Int) -> (Int) -> Int }
let m = Maker(make: { k in { $0 * k } })
print(m.make(3)(4))
var counters: [String: Int] = ["a": 1]
counters["a"]! += 5
counters["a"]! *= 2
print(counters)
var lists: [String: [Int]] = ["x": [1]]
lists["x"]?.append(2)
lists["y"]?.append(3)
print(lists)
struct P { var x = 0; var tags: [String] = [] }
var p: P? = P()
p?.x = 3
p?.x += 1
p?.tags.append("t")
print(p as Any)
p = nil
p?.x = 9
print(p as Any)
func noisy() -> Int { print("evaluated"); return 5 }
final class Node { var value: Int; var next: Node?; init(_ v: Int) { value = v } }
let head = Node(1)
head.next?.value = noisy()
head.next = Node(2)
head.next?.value = noisy()
head.next?.value += 10
print(head.next!.value)
var found: (row: Int, column: Int)? = nil
let q = (3, 4)
found = q
print(found as Any)
func locate() -> (row: Int, column: Int)? { return (1, 2) }
print(locate()!.row)
var a1 = [1, 2], a2 = [3]
swap(&a1, &a2)
print(a1, a2)
var pp = P(x: 1), pq = P(x: 2)
swap(&pp.x, &pq.x)
print(pp.x, pq.x)
var nums = Array(1...10)
nums.removeAll { $0 % 2 == 0 }
print(nums, Array([[1], [2, 3]].joined(separator: [0])), Array((1...5).lazy.map { $0 * 2 }.filter { $0 > 4 }))
print("hello".starts(with: "he"), [1, 2].elementsEqual([1, 2]), [1, 2].starts(with: [2]))
