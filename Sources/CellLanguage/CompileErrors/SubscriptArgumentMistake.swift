/// How the index arguments of a built-in subscript (an array's, a string's, a dictionary's) differ from what it
/// takes, with swiftc's message for each.
enum SubscriptArgumentMistake: Hashable, Sendable {
    /// `xs[i: 0]`: a label where none is taken.
    case extraneousLabel(String)
    /// `xs[]`: no index.
    case missingIndex
    /// `d[k: 1, 2]`, `d[1, x: 2]`: other labels than `[_, default:]`.
    case incorrectLabels(have: [String?], expected: [String?])
    /// `xs[0, i: 1]`: one labelled argument too many.
    case extraLabelled(String)
    /// `xs[0, 1, 2]`: several arguments too many (a call's too, `f(1, 2, 3)` for `f(_:)`: swiftc says `in call` for both).
    case extraArguments(positions: [Int])
    /// `m[row: 1]` for `subscript(row:col:)`: a parameter without an argument (`#2` for an unlabelled one).
    case missingArgument(label: String?, position: Int)
    /// `m[1, 2]` for `subscript(row:col:)`: several arguments written without their labels.
    case missingLabels([String])
    /// `m[a: 1, b: 2]` for `subscript(_:_:)`: several arguments labelled where the parameters have none.
    case extraneousLabels([String])

    /// swiftc's message.
    var message: String {
        switch self {
        case .extraneousLabel(let label): return "extraneous argument label '\(label):' in subscript"
        case .missingIndex: return "missing argument for parameter #1 in subscript"
        case .incorrectLabels(let have, let expected):
            let spell = { (labels: [String?]) in labels.map { ($0 ?? "_") + ":" }.joined() }
            let changed = have.count == expected.count ? zip(have, expected).filter { $0 != $1 }.count : have.count
            return "incorrect argument label\(changed > 1 ? "s" : "") in subscript (have '\(spell(have))', expected '\(spell(expected))')"
        case .extraLabelled(let label): return "extra argument '\(label)' in subscript"
        case .extraArguments(let positions):
            return "extra arguments at positions \(positions.map { "#\($0)" }.joined(separator: ", ")) in call"
        case .missingArgument(let label, let position):
            return "missing argument for parameter \(label.map { "'\($0)'" } ?? "#\(position)") in subscript"
        case .missingLabels(let labels): return "missing argument labels '\(labels.map { $0 + ":" }.joined())' in subscript"
        case .extraneousLabels(let labels): return "extraneous argument labels '\(labels.map { $0 + ":" }.joined())' in subscript"
        }
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}
