// A declared AdditiveArithmetic type: zero and + - required, Equatable implied, += and -= by default, T.zero in
// generic code specialized to it.
struct Money: AdditiveArithmetic, CustomStringConvertible {
    var cents: Int
    static let zero = Money(cents: 0)
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    var description: String { "€\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
func total<T: AdditiveArithmetic>(_ xs: [T]) -> T {
    var s = T.zero
    for x in xs { s += x }
    return s
}
func net<T: AdditiveArithmetic>(_ a: T, _ b: T) -> T { var r = a; r -= b; return r - .zero }
var wallet = Money.zero
wallet += Money(cents: 250)
wallet -= Money(cents: 105)
print(wallet, wallet == Money(cents: 145), wallet != .zero)
print(total([Money(cents: 5), Money(cents: 100)]), total([1, 2, 3]), total([0.5, 1.5]), total([Money]()))
print(net(Money(cents: 1000), Money(cents: 1)), net(7, 2))
struct V: AdditiveArithmetic {
    var x = 0.0
    static var zero: V { V() }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
    static func - (a: V, b: V) -> V { V(x: a.x - b.x) }
    static func += (a: inout V, b: V) { a.x += 2 * b.x }
}
var v = V(x: 1)
v += V(x: 1)
print(v, total([V(x: 1), V(x: 2)]), [V(x: 1), V(x: 2)].reduce(.zero, +))
func mean<T: AdditiveArithmetic>(_ xs: [T], divide: (T, Int) -> T) -> T { divide(total(xs), xs.count) }
print(mean([Money(cents: 100), Money(cents: 300)]) { Money(cents: $0.cents / $1) })
