// Methods in extensions of built-in types use sibling members without `self.`; Swift.max names the global function.
extension Int {
    var isBig: Bool { self > 100 }
    var squared: Int { self * self }
    var doubledSquare: Int { squared + squared }
    func describe() -> String { isBig ? "big" : "small" }
    func summary() -> String { describe() + "/" + String(isBig) + "/" + String(doubledSquare) }
    func offsets() -> [Int] { [1, 2].map { $0 + squared } }
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.max(low, Swift.min(high, self)) }
    mutating func increment() { self = clamped(0, 1000) + 1 }
}
extension String {
    var firstWord: String { String(split(separator: " ").first ?? "") }
    func greet() -> String { "Hello " + firstWord + " " + String(isEmpty) + " " + uppercased() }
    mutating func shout() { append("!"); self = uppercased() }
    func vowels() -> Int { filter { "aeiou".contains($0) }.count }
}
extension Double {
    var kilo: Double { self * 1000 }
    func describe() -> String { "\(kilo) \(rounded()) \(isNaN)" }
}
extension Array where Element == Double {
    var total: Double { reduce(0, +) }
    var mean: Double { total / Double(count) }
    func centered() -> [Double] { map { $0 - mean } }
    mutating func normalize() { self = centered() }
}
var n = 5
n.increment()
var text = "hi there"
text.shout()
var xs = [1.0, 2.0, 3.0, 6.0]
xs.normalize()
print(5.summary(), 500.summary(), 4.offsets(), 1500.clamped(0, 10), n)
print("bob smith".greet(), text, "education".vowels(), 2.5.describe(), xs, xs.mean)
