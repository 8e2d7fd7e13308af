// A stored `description` meets CustomStringConvertible: print, interpolation and collections use it.
struct Named: CustomStringConvertible { let description: String }
class Counter: CustomStringConvertible {
    var count = 0
    var description = "counter"
    func bump() { count += 1; description = "counter at \(count)" }
}
let n = Named(description: "a name")
print(n)
print("[\(n)]", [n, Named(description: "b")])
let c = Counter()
c.bump()
c.bump()
print(c, Optional(n) as Any)
