// A RandomNumberGenerator of the cell: Int, Double and Bool random values, shuffles and random elements drawn with Swift's algorithms.
struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
var g = LCG(state: 42)
print((0..<8).map { _ in Int.random(in: 0..<10, using: &g) })
print((0..<4).map { _ in Int.random(in: -5...5, using: &g) })
print(Int.random(in: Int.min...Int.max, using: &g))
print((0..<4).map { _ in Double.random(in: 0..<1, using: &g) })
print((0..<4).map { _ in Double.random(in: -1...1, using: &g) })
print(Double.random(in: 10.0..<20.0, using: &g))
print((0..<6).map { _ in Bool.random(using: &g) })
var deck = Array(1...10)
deck.shuffle(using: &g)
print(deck)
print(["a", "b", "c", "d"].shuffled(using: &g))
print([1, 2, 3].randomElement(using: &g)!, [Int]().randomElement(using: &g) as Any)
print((1...6).randomElement(using: &g)!, (0..<5).shuffled(using: &g))
print(g.state)
