// Structs with custom initializers, static members, descriptions and comparison operators.
import Foundation
struct Temperature: Comparable, CustomStringConvertible {
    var celsius: Double

    init(celsius: Double) {
        self.celsius = celsius
    }

    init(fahrenheit: Double) {
        self.celsius = (fahrenheit - 32) * 5 / 9
    }

    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    var description: String { String(format: "%.1f C", celsius) }

    static let freezing = Temperature(celsius: 0)
    static let boiling = Temperature(celsius: 100)
    static func average(_ values: [Temperature]) -> Temperature {
        Temperature(celsius: values.map { $0.celsius }.reduce(0, +) / Double(values.count))
    }
    static func < (lhs: Temperature, rhs: Temperature) -> Bool { lhs.celsius < rhs.celsius }
    static func == (lhs: Temperature, rhs: Temperature) -> Bool { lhs.celsius == rhs.celsius }
}

let today = Temperature(celsius: 21.5)
let body = Temperature(fahrenheit: 98.6)
print(today, body)
print(today.fahrenheit, Temperature.boiling.fahrenheit)
print("freezing: \(Temperature.freezing), boiling: \(Temperature.boiling)")
let week = [Temperature(celsius: 18), Temperature(celsius: 23.5), Temperature(fahrenheit: 50), today]
print(week)
print(week.sorted())
print(week.min()!, week.max()!)
print(Temperature.average(week))
print(today < body, today > body, Temperature(celsius: 100) == Temperature.boiling)

struct Fraction: Equatable, CustomStringConvertible {
    let numerator: Int
    let denominator: Int

    init(_ numerator: Int, _ denominator: Int) {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
        let g = max(gcd(numerator, denominator), 1)
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / g
        self.denominator = sign * denominator / g
    }

    var value: Double { Double(numerator) / Double(denominator) }
    var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    static func + (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.numerator, a.denominator * b.denominator)
    }
}
let half = Fraction(1, 2)
let third = Fraction(2, 6)
print(half, third, half + third, half * third)
print(Fraction(4, -8), Fraction(6, 3), Fraction(0, 5))
print(Fraction(2, 4) == half, (half + half).value)
let harmonic = (1...4).map { Fraction(1, $0) }.reduce(Fraction(0, 1), +)
print(harmonic, harmonic.value)
