// Regression: a switch over `(String, Bool)` ending with `(let other, true)` and `(_, false)` is exhaustive.
// switch: ranges, tuples, bindings and where clauses.
import Foundation
func grade(for score: Int) -> String {
    switch score {
    case 90...100: return "ottimo"
    case 75..<90: return "buono"
    case 60..<75: return "sufficiente"
    case let s where s < 0 || s > 100: return "non valido"
    default: return "insufficiente"
    }
}
for score in [100, 92, 75, 74, 60, 12, -3, 120] {
    print(score, grade(for: score))
}

// Tuples: the quadrant of a point.
func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origine"
    case (_, 0): return "asse x"
    case (0, _): return "asse y"
    case let (x, y) where x == y: return "bisettrice"
    case let (x, y) where x > 0 && y > 0: return "primo quadrante"
    case let (x, y) where x < 0 && y > 0: return "secondo quadrante"
    case let (x, y) where x < 0 && y < 0: return "terzo quadrante"
    default: return "quarto quadrante"
    }
}
for p in [(0, 0), (5, 0), (0, -2), (3, 3), (2, 7), (-1, 4), (-2, -5), (4, -1)] {
    print(p, quadrant(p))
}

// Several patterns in one case, strings and characters.
func kind(of ch: Character) -> String {
    switch ch {
    case "a", "e", "i", "o", "u": return "vocale"
    case let d where d.isNumber: return "cifra"
    case " ": return "spazio"
    default: return "altro"
    }
}
print("ai 2 ".map { kind(of: $0) })

func command(_ text: String) -> String {
    switch text.lowercased() {
    case "start", "avvia": return "avvio"
    case "stop": return "arresto"
    default: return "sconosciuto: \(text)"
    }
}
print(command("AVVIA"), command("stop"), command("pausa"))

// Binding part of a tuple, and Bool tuples.
let samples = [(label: "spam", score: 0.92), (label: "ham", score: 0.40), (label: "spam", score: 0.55)]
for sample in samples {
    switch (sample.label, sample.score >= 0.5) {
    case ("spam", true): print("vero positivo", sample.score)
    case ("spam", false): print("falso negativo", sample.score)
    case (let other, true): print("falso positivo", other)
    case (_, false): print("vero negativo", sample.score)
    }
}

// break inside a switch.
var kept: [Int] = []
for n in 1...10 {
    switch n % 3 {
    case 0: break
    default: kept.append(n)
    }
}
print(kept)
