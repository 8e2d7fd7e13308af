// switch in a lesson about classifying data: numbers, strings, tuples, enums.
import Foundation
func bmiCategory(_ bmi: Double) -> String {
    switch bmi {
    case 0.0..<18.5: return "sottopeso"
    case 18.5..<25.0: return "normopeso"
    case 25.0..<30.0: return "sovrappeso"
    case let x where x >= 30: return "obesita"
    default: return "non valido"
    }
}
for (weight, height) in [(50.0, 1.80), (70.0, 1.75), (85.0, 1.70), (110.0, 1.72), (-1.0, 1.7)] {
    let bmi = weight / (height * height)
    print(String(format: "%.1f", bmi), bmiCategory(bmi))
}

func describe(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 3, 5, 7, 9: return "dispari piccolo"
    case 2, 4, 6, 8: return "pari piccolo"
    case 10...99: return "due cifre"
    case let big where big >= 100: return "grande"
    default: return "negativo"
    }
}
print([0, 7, 8, 42, 100, -5].map(describe))

// Tuples of Int with wildcards, bindings and where.
func cell(_ p: (row: Int, column: Int)) -> String {
    switch p {
    case (0, 0): return "angolo"
    case (0, _), (_, 0): return "bordo"
    case let (r, c) where r == c: return "diagonale \(r)"
    case (let r, 1...3): return "riga \(r), colonne vicine"
    default: return "interno"
    }
}
for p in [(0, 0), (0, 4), (3, 0), (2, 2), (5, 2), (4, 9)] {
    print(p, cell((row: p.0, column: p.1)))
}

// Strings, with several patterns per case.
func language(_ greeting: String) -> String {
    switch greeting.lowercased() {
    case "ciao", "buongiorno", "salve": return "italiano"
    case "hello", "hi": return "inglese"
    case "hola": return "spagnolo"
    case let g where g.hasPrefix("bon"): return "francese?"
    default: return "sconosciuta"
    }
}
print(["Ciao", "HI", "hola", "bonjour", "hallo"].map(language))

// Enums with associated values and where clauses.
enum Measurement {
    case temperature(Double)
    case humidity(Int)
    case wind(speed: Double, direction: String)
}
let measurements: [Measurement] = [.temperature(-3), .temperature(22), .humidity(85), .wind(speed: 40, direction: "N"), .wind(speed: 5, direction: "SE")]
for m in measurements {
    switch m {
    case .temperature(let t) where t < 0: print("gelo", t)
    case .temperature(let t): print("temperatura", t)
    case .humidity(let h) where h > 80: print("umido", h)
    case .humidity(let h): print("umidita", h)
    case let .wind(speed, direction) where speed > 30: print("vento forte da", direction, speed)
    case .wind(_, let direction): print("brezza da", direction)
    }
}
