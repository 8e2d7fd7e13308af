// Generic functions and types that throw, rethrow, fail or compare: what their declarations say holds in every specialization.
enum E: Error { case empty }
struct Stack<T> {
    var items: [T] = []
    mutating func pop() throws -> T { guard let x = items.popLast() else { throw E.empty }; return x }
    init?(_ xs: [T]) { if xs.isEmpty { return nil }; items = xs }
    init() {}
}
var s = Stack<Int>([1, 2])!
print(try s.pop())
do { var e = Stack<Int>(); _ = try e.pop() } catch { print("caught", error) }
print(Stack<Int>([]) == nil)
func first<T>(_ xs: [T]) throws -> T { guard let f = xs.first else { throw E.empty }; return f }
print(try first([3]))
do { let _: Int = try first([]) } catch { print("caught again") }
func count<T>(_ xs: [T], _ extra: T) -> Int { xs.count + 1 }
print(count([], 5), count([1, 2], 3))
func mapResult<T, U>(_ xs: [T], _ f: (T) throws -> U) rethrows -> [U] { try xs.map(f) }
print(try mapResult([1, 2]) { $0 * 2 })
func apply<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] { xs.map(f) }
print(apply([1, 2]) { $0 * 2 })
func applyT<T, U>(_ xs: [T], _ f: (T) throws -> U) rethrows -> [U] { try xs.map(f) }
print(applyT([1, 2], { x in x * 2 }))
func dd<T>(_ x: T, _ f: (T) throws -> T) rethrows -> T { try f(x) }
print(dd(1) { $0 + 1 })
func mm<T>(_ xs: [T], _ f: (T) throws -> T) rethrows -> [T] { try xs.map(f) }
print(mm([1]) { $0 + 1 })
func twice(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] { try xs.map(f) }
print(twice([1, 2]) { $0 * 2 })
func direct(_ x: Int, _ f: (Int) throws -> Int) rethrows -> Int { try f(x) }
print(direct(1) { $0 + 1 })
enum ParseFailure: Error { case bad }
func parse(_ s: String) throws -> Int { guard let v = Int(s) else { throw ParseFailure.bad }; return v }
let g: (String) throws -> Int = parse
do { print(try ["1", "2"].map(g)); print(try ["1", "x"].map(g)) } catch { print("caught", error) }
func all(_ xs: [String]) throws -> [Int] { try xs.map(parse) }
print(try all(["4"]))
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([3, 9, 2])!)
func smallest<T: Comparable>(_ xs: [T]) -> T? { xs.min() }
print(smallest(["b", "a"])!)
func sortedCopy<T: Comparable>(_ xs: [T]) -> [T] { xs.sorted() }
print(sortedCopy([3, 1, 2]))
do { print(try mapResult(["7", "y"], parse)) } catch { print("mapResult rethrew", error) }
print(try mapResult(["8"], parse), try sortedCopy(all(["3", "1"])))
struct Pair<A: Comparable> {
    var a: A, b: A
    func ordered() throws -> [A] { guard a != b else { throw E.empty }; return [a, b].sorted() }
}
print(try Pair(a: "y", b: "x").ordered())
do { _ = try Pair(a: 1, b: 1).ordered() } catch { print("equal pair", error) }
func keys<K, V>(_ d: [K: V], fallback k: K) -> [K] { d.isEmpty ? [k] : Array(d.keys) }
print(keys(["a": 1], fallback: "z"), keys([Int: String](), fallback: 7))
func invert<K, V>(_ d: [K: V]) -> [V: [K]] { var out: [V: [K]] = [:]; for (k, v) in d { out[v, default: []].append(k) }; return out }
print(invert(["x": 1]).count)
func unique<T>(_ s: Set<T>) -> Int { s.count }
print(unique([1, 2, 2]))
