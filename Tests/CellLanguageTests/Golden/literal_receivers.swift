// An array literal whose type the member read or called on it decides: `[1, 2].average` is a `[Double]` when only
// `extension [Double]` declares `average`.
extension [Double] {
    var average: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    var spread: Double { (self.max() ?? 0) - (self.min() ?? 0) }
    func total() -> Double { reduce(0, +) }
    func scaled(by k: Double) -> [Double] { map { $0 * k } }
}
print([1, 2].average, [3, 5, 10].spread)
let mean = [4, 6, 8].average
print(mean, [0.5, 1].average)
print([1, 2].total(), [1, -3].scaled(by: 1.5), [2, 4].scaled(by: 2).average)
