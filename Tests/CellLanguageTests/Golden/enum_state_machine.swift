// Enums as state machines: a traffic light and a tiny lexer, across cells.
import Foundation
enum Light: String, CaseIterable {
    case red = "rosso", green = "verde", yellow = "giallo"

    var next: Light {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }
    var seconds: Int { self == .red ? 30 : self == .green ? 25 : 5 }
}
// --- cell ---
var light = Light.red
var timeline: [String] = []
var elapsed = 0
for _ in 0..<7 {
    timeline.append("\(elapsed)s \(light.rawValue)")
    elapsed += light.seconds
    light = light.next
}
print(timeline.joined(separator: " | "))
print(light, elapsed)
print(Light.allCases.map { $0.seconds }.reduce(0, +))
// --- cell ---
enum Token: Equatable {
    case number(Int)
    case plus, minus, times
    case unknown(Character)
}
func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var digits = ""
    for ch in text + " " {
        if let d = ch.wholeNumberValue, ch.isNumber {
            digits += String(d)
            continue
        }
        if !digits.isEmpty {
            tokens.append(.number(Int(digits)!))
            digits = ""
        }
        switch ch {
        case "+": tokens.append(.plus)
        case "-": tokens.append(.minus)
        case "*": tokens.append(.times)
        case " ": break
        default: tokens.append(.unknown(ch))
        }
    }
    return tokens
}
let tokens = tokenize("12 + 3 * 4 - 5 ? 7")
print(tokens)
print(tokens.count, tokens.contains(.plus), tokens.contains(.unknown("?")))
// --- cell ---
// Evaluate left to right with * binding tighter, ignoring unknown tokens.
func evaluate(_ tokens: [Token]) -> Int {
    var terms: [Int] = []
    var sign = 1
    var multiply = false
    for token in tokens {
        switch token {
        case .number(let n):
            if multiply, let last = terms.popLast() {
                terms.append(last * n)
                multiply = false
            } else {
                terms.append(sign * n)
            }
        case .plus: sign = 1
        case .minus: sign = -1
        case .times: multiply = true
        case .unknown: continue
        }
    }
    return terms.reduce(0, +)
}
print(evaluate(tokens))
print(evaluate(tokenize("2 * 3 * 4")), evaluate(tokenize("10 - 4 - 3")))
