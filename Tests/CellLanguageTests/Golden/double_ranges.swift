// Ranges of Double: creation, membership, bounds, switch patterns.
let unit = 0.0...1.0
let half = 0.0..<0.5
print(unit, half, [unit])
print(unit.contains(0.5), unit.contains(1.5), half.contains(0.5), unit.lowerBound, half.upperBound)
func bucket(_ x: Double) -> String {
    switch x {
    case 0..<0.5: return "low"
    case 0.5...1: return "high"
    default: return "outside"
    }
}
print(bucket(0.2), bucket(0.5), bucket(1), bucket(3))
let domain: ClosedRange<Double> = 0.1...3.0
print(domain, domain.lowerBound)
