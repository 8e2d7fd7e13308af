// Was refused ("cannot find 'f' in scope" at the generic method's parameter): a generic function's
// specialization, freed after use, left its address to the generic method 'mapped' of the extension of Stack,
// whose compile then found the stale signature of the other function by that address.
protocol Shape { func area() -> Double }
struct Sq: Shape { var s: Double; func area() -> Double { s * s } }
struct Circle: Shape { var r: Double; func area() -> Double { 3 * r * r } }
func twice<T>(_ x: T) -> [T] { [x, x] }
struct Stack<Element> { var items: [Element] = [] }
extension Stack {
    func mapped<U>(_ f: (Element) -> U) -> [U] { items.map(f) }
    func paired<U>(with u: U) -> [(Element, U)] { items.map { ($0, u) } }
}
struct Calc {
    static func total<S: Shape>(_ shapes: [S]) -> Double {
        var t = 0.0
        for s in shapes { t += s.area() }
        return t
    }
    static func both<A: Shape, B: Shape>(_ a: A, _ b: B) -> Double { total([a]) + total([b]) }
    func dup<T>(_ x: T) -> [[T]] { [twice(x)] }
}
print(Calc.total([Sq(s: 2), Sq(s: 3)]), Calc.both(Sq(s: 1), Circle(r: 1)))
print(Calc().dup("x"))
let st = Stack(items: [1, 2])
print(st.mapped { Double($0) / 2 }, st.paired(with: "p"))
var counts: [String: Int] = [:]
struct Tally {
    var seen: [String: Int] = [:]
    mutating func note<T: Hashable>(_ x: T) { seen["\(x)", default: 0] += 1 }
}
var tally = Tally()
tally.note(1); tally.note("a"); tally.note(1)
print(tally.seen.sorted { $0.key < $1.key })
