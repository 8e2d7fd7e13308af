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
