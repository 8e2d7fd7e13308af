struct G<T> {}
struct P<A, B> { var a: A; var b: B }
print(type(of: G<[Int]>()))
print(G<[[Int]]>())
print(G<[String: Int]>())
print("\(type(of: G<Int?>())) and \(type(of: G<G<[Int]>>()))")
print(P(a: [1], b: ["x": 2.0]))
print(type(of: P(a: [1], b: Optional(3))))
let g = G<[Double]>()
print(type(of: g), g)
class C<T> { var x: T; init(_ x: T) { self.x = x } }
print(type(of: C([1: "a"])))
let o: Any = G<[String: [Int?]]>()
print(o)
print("\(G<[Bool]>())")
