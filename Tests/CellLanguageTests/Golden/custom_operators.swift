// Operators declared in types (Comparable, custom +), count(where:), last(where:).
struct Money: Comparable, CustomStringConvertible {
    var cents: Int
    static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    var description: String { "€\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let prices = [Money(cents: 250), Money(cents: 99), Money(cents: 1005)]
print(prices.sorted(), prices.max()!, prices.min()!)
print(prices[0] + prices[1], prices[0] > prices[1], prices[1] <= prices[1], prices[2] >= prices[0])
print(prices.reduce(Money(cents: 0), +))
print(Money(cents: 5) == Money(cents: 5), Money(cents: 5) < Money(cents: 7))
let xs = [3, 8, 1, 9, 4]
print(xs.count(where: { $0 > 3 }), xs.last(where: { $0 < 5 })!, xs.lastIndex(where: { $0 > 5 })!)
