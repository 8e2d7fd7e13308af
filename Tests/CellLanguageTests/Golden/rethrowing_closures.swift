// Closures that throw, given to standard-library members that rethrow (map, filter, sorted, first, reduce), under
// try, try? and do-catch.
enum E: Error { case bad(Int) }
let xs = [1, 2, 3, 4]
let a = try? xs.map { x -> Int in if x == 3 { throw E.bad(x) }; return x * 2 }
print(a as Any)
let b = try? xs.filter { x in if x > 9 { throw E.bad(x) }; return x % 2 == 0 }
print(b as Any)
do {
    let s = try xs.sorted { l, r in if l == 4 { throw E.bad(l) }; return l > r }
    print(s)
} catch E.bad(let v) {
    print("caught", v)
} catch {
    print("other")
}
func firstBig(_ ys: [Int]) throws -> Int? {
    try ys.first { y in
        guard y >= 0 else { throw E.bad(y) }
        return y > 2
    }
}
print(try firstBig(xs) as Any, (try? firstBig([-1])) as Any)
let total = try xs.reduce(0) { acc, x in
    if x > 100 { throw E.bad(x) }
    return acc + x
}
print(total)
let nested = try? [[1, 2], [3]].map { row in try row.map { v -> Int in if v == 3 { throw E.bad(v) }; return v } }
print(nested as Any)
