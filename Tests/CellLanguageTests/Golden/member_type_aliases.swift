// Type aliases declared inside types: found by their own name in the type, its extensions and the types nested
// in it (before a top-level alias of the same name), and as `S.Item` anywhere.
typealias Item = String
struct S {
    typealias Item = Int
    typealias Pair = (Item, Item)
    var x: Item
    func doubled() -> Item { x * 2 }
    func pair() -> Pair { (x, x + 1) }
    struct Inner { var y: Item }
}
extension S {
    func tripled() -> Item { x * 3 }
}
let s = S(x: 3)
print(s.x, s.doubled(), s.tripled(), s.pair())
let i: S.Item = 4
let label: Item = "top"
print(i + s.x, label, S.Inner(y: 7).y)
var list: [S.Item] = [1, 2]
list.append(s.x)
print(list)
enum E { typealias Code = Int; case a; var code: Code { 1 } }
print(E.a.code)
class C { typealias Name = String; var name: Name = "c" }
print(C().name)
