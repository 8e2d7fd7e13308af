// Result builders: the builder's static methods called on the statements of closures, functions and computed
// properties marked with it (`if` → buildOptional/buildEither, `for` → buildArray, buildExpression, buildFinalResult).
@resultBuilder
struct ListBuilder {
    static func buildBlock(_ parts: [String]...) -> [String] {
        parts.flatMap { $0 }
    }
    static func buildExpression(_ line: String) -> [String] {
        [line]
    }
    static func buildExpression(_ number: Int) -> [String] {
        ["#\(number)"]
    }
    static func buildOptional(_ part: [String]?) -> [String] {
        part ?? ["(none)"]
    }
    static func buildEither(first: [String]) -> [String] {
        first
    }
    static func buildEither(second: [String]) -> [String] {
        second.map { $0.uppercased() }
    }
    static func buildArray(_ parts: [[String]]) -> [String] {
        parts.enumerated().flatMap { index, part in part.map { "\(index + 1). \($0)" } }
    }
    static func buildFinalResult(_ lines: [String]) -> String {
        lines.joined(separator: " | ")
    }
}

func list(@ListBuilder _ content: () -> String) -> String {
    content()
}
// --- cell ---

func describe(_ scores: [Int], title: String?, loud: Bool) -> String {
    list {
        "Scores"
        if let title {
            title
        }
        if loud {
            "loud"
        } else {
            "quiet"
        }
        for score in scores where score > 1 {
            score
            "points"
        }
        scores.count
    }
}

print(describe([1, 2, 3], title: "Round 1", loud: false))
print(describe([], title: nil, loud: true))
// --- cell ---

@ListBuilder
func grade(_ score: Int) -> String {
    "score \(score)"
    if score >= 90 {
        "A"
    } else if score >= 80 {
        "B"
    } else if score >= 70 {
        "C"
    } else {
        "F"
    }
}

for score in [95, 85, 75, 10] {
    print(grade(score))
}

struct Report {
    var names: [String]
    @ListBuilder var summary: String {
        "Report"
        for name in names {
            name
        }
        if names.isEmpty {
            "nobody"
        }
    }
}

print(Report(names: ["Ada", "Alan"]).summary)
print(Report(names: []).summary)

@ListBuilder var banner: String {
    "top"
    let count = 2
    count
    do {
        "inside"
        count * 10
    }
}
print(banner)

// A closure with an explicit `return` is not transformed.
print(list { return "plain" })

// Builders nest: each closure is transformed with the builder of the parameter it is passed to.
@resultBuilder
struct SumBuilder {
    static func buildBlock(_ values: Int...) -> Int { values.reduce(0, +) }
    static func buildEither(first: Int) -> Int { first }
    static func buildEither(second: Int) -> Int { -second }
    static func buildArray(_ values: [Int]) -> Int { values.reduce(0, +) }
}

func sum(@SumBuilder _ values: () -> Int) -> Int { values() }
func both(@SumBuilder first: () -> Int, @ListBuilder second: () -> String) -> String {
    "\(first()) & \(second())"
}

let limit = 3
print(sum {
    1
    for i in 1...limit {
        i * 10
        if i == 2 { 1 } else { 100 }
    }
})
print(both {
    5
    6
} second: {
    "x"
    sum { 7; 8 }
})

// The five-way chain is injected as swiftc injects it: a balanced tree of buildEither calls.
@resultBuilder
struct PathBuilder {
    static func buildBlock(_ parts: String...) -> String { parts.joined() }
    static func buildEither(first: String) -> String { "F" + first }
    static func buildEither(second: String) -> String { "S" + second }
}
func path(@PathBuilder _ make: () -> String) -> String { make() }
for k in 1...5 {
    print(path {
        if k == 1 { "1" } else if k == 2 { "2" } else if k == 3 { "3" } else if k == 4 { "4" } else { "5" }
    }, terminator: " ")
}
print()

// A `switch` is injected like an `if` chain, one branch per case.
enum Shape {
    case circle(Int), square, line
}
for shape in [Shape.circle(2), .square, .line] {
    print(path {
        "<"
        switch shape {
        case .circle(let radius):
            "circle"
            "\(radius)"
        case .square:
            "square"
        default:
            "other"
        }
    })
}
