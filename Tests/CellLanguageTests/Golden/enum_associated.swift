// Enums with associated values: geometric shapes and the results of a computation.
import Foundation
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(Double, Double, Double)

    var area: Double {
        switch self {
        case .circle(let r):
            return Double.pi * r * r
        case let .rectangle(w, h):
            return w * h
        case let .triangle(a, b, c):
            let s = (a + b + c) / 2
            return sqrt(s * (s - a) * (s - b) * (s - c))
        }
    }

    var name: String {
        switch self {
        case .circle: return "cerchio"
        case .rectangle(let w, let h) where w == h: return "quadrato"
        case .rectangle: return "rettangolo"
        case .triangle: return "triangolo"
        }
    }
}

let shapes: [Shape] = [.circle(radius: 1), .rectangle(width: 2, height: 3), .rectangle(width: 2, height: 2), .triangle(3, 4, 5)]
for shape in shapes {
    print(shape.name, String(format: "%.3f", shape.area))
}
print(shapes[0])
print(shapes[1])
print(shapes[3])
let totalArea = shapes.map { $0.area }.reduce(0, +)
print(String(format: "total area %.4f", totalArea))

enum ParseResult {
    case number(Int)
    case word(String)
    case empty
}

func classify(_ token: String) -> ParseResult {
    if token.isEmpty { return .empty }
    if let n = Int(token) { return .number(n) }
    return .word(token)
}

let tokens = ["12", "gatti", "", "7", "e", "3"]
var sum = 0
var wordsFound: [String] = []
for token in tokens {
    let result = classify(token)
    switch result {
    case .number(let n) where n > 10:
        print("big number", n)
        sum += n
    case .number(let n):
        print("number", n)
        sum += n
    case .word(let w):
        print("word", w)
        wordsFound.append(w)
    case .empty:
        print("empty token")
    }
}
print(sum, wordsFound)
print(classify("42"), classify("ciao"), classify(""))

// Counting the shapes of each kind.
var circles = 0
for shape in shapes {
    switch shape {
    case .circle: circles += 1
    default: break
    }
}
print("circles:", circles, "others:", shapes.count - circles)
