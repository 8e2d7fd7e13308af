// Inside a member, an unqualified name is the member's even when a global of that name exists (declared
// before, in an earlier cell, or seen by a body compiled late, as a generic member's is).
let n = 5
var total = 100
// --- cell ---
struct S {
    var n = 0
    var total = 0
    func get<T>(_ x: T) -> Int { n + total }
    mutating func bump<T>(_ x: T) { n += 1; n = n * 10; total += 2 }
    mutating func plain() { n += 1; total -= 1 }
}
var s = S()
s.bump(1)
s.plain()
print(s.get("a"), s.n, s.total, n, total)
// --- cell ---
var xs = [1, 2]
struct T {
    var total = 1
    var n = 2
    var xs = [9]
    func get() -> Int { total * 2 + n }
    mutating func f() { total = total + n; n += total; xs.append(total); xs[0] += 1; total *= 2 }
    func g<U>(_ u: U) -> Int { total * 2 + n + xs[0] }
}
var t = T()
t.f()
print(t.get(), t.g(1), t.total, t.n, t.xs, total, n, xs)
