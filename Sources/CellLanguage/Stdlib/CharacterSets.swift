import Foundation

/// Foundation's character sets as a cell writes them at a call (`.whitespaces`, `CharacterSet.letters.inverted`,
/// `CharacterSet(charactersIn: ",;")`, `.punctuationCharacters.union(.symbols)`), read from the expression when the
/// call compiles: cells have no `CharacterSet` values.
enum CharacterSets {
    /// The named sets, by the name written after the dot.
    static let named: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
        "punctuationCharacters": .punctuationCharacters, "letters": .letters, "decimalDigits": .decimalDigits,
        "alphanumerics": .alphanumerics, "lowercaseLetters": .lowercaseLetters, "uppercaseLetters": .uppercaseLetters,
        "symbols": .symbols, "controlCharacters": .controlCharacters,
    ]

    /// The set `expr` spells, or nil when it spells none of the forms above.
    static func set(from expr: Expr) -> CharacterSet? {
        switch expr.kind {
        case .member(nil, let name, _):
            return named[name]
        case .member(let base?, let name, _):
            if case .name("CharacterSet") = base.kind { return named[name] }
            return name == "inverted" ? set(from: base)?.inverted : nil
        case .call(let callee, let arguments):
            if case .name("CharacterSet") = callee.kind, arguments.count == 1, arguments[0].label == "charactersIn",
               let text = literalText(arguments[0].value) {
                return CharacterSet(charactersIn: text)
            }
            if case .member(let base?, let name, _) = callee.kind, ["union", "intersection", "subtracting"].contains(name),
               arguments.count == 1, arguments[0].label == nil,
               let first = set(from: base), let second = set(from: arguments[0].value) {
                switch name {
                case "union": return first.union(second)
                case "intersection": return first.intersection(second)
                default: return first.subtracting(second)
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether `expr` is written as a character set (one of the forms `set(from:)` reads, or one it refuses).
    static func looksLikeSet(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .member(nil, let name, _): return named[name] != nil
        case .member(let base?, _, _): return looksLikeSet(base)
        case .call(let callee, _): return looksLikeSet(callee)
        case .name(let name): return name == "CharacterSet"
        default: return false
        }
    }

    /// The text of a string literal without interpolations.
    private static func literalText(_ expr: Expr) -> String? {
        guard case .stringLiteral(let parts) = expr.kind else { return nil }
        var text = ""
        for part in parts {
            guard case .text(let piece) = part else { return nil }
            text += piece
        }
        return text
    }
}
