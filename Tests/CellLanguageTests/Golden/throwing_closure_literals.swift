// Closure literals written `throws`: throwing closures whatever their bodies, called with `try`, given to the
// library's rethrowing methods and to a declared `rethrows` function, and a function type naming its parameters `_ x`.
struct TooBig: Error { let value: Int }
let double = { (x: Int) throws -> Int in x * 2 }
print(try double(21))
let checked: (Int) throws -> Int = { x throws in
    if x > 9 { throw TooBig(value: x) }
    return x + 1
}
print(try checked(3))
do {
    _ = try checked(12)
} catch let error as TooBig {
    print("too big:", error.value)
}
let tripled = try [1, 2, 3].map { (x: Int) throws -> Int in x * 3 }
print(tripled)
func apply(_ f: (Int) throws -> Int, to x: Int) rethrows -> Int { try f(x) }
print(try apply({ (n: Int) throws -> Int in n - 1 }, to: 10))
let fail = { () throws -> Int in throw TooBig(value: 0) }
print((try? fail()) as Any)
let named: (_ x: Int, _ y: Int) throws -> Int = { x, y in x * 10 + y }
print(try named(4, 2))
