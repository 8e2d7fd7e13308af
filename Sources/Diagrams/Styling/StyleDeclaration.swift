/// CSS-like properties from `classDef`, `style` or `linkStyle` (`fill:#f9f,stroke:#333`), in source order.
struct StyleDeclaration: Sendable, Equatable {
    /// One `name:value` pair and the line it was written on.
    struct Property: Sendable, Equatable {
        var name: String
        var value: String
        var line: Int
    }

    /// The properties in source order; a later one overrides an earlier one with the same name.
    var properties: [Property] = []

    /// The value of the last property with the given name.
    func value(_ name: String) -> String? { properties.last { $0.name == name }?.value }

    /// The property with the given name that wins.
    func property(_ name: String) -> Property? { properties.last { $0.name == name } }

    /// This declaration with `other`'s properties applied on top.
    func merging(_ other: StyleDeclaration) -> StyleDeclaration {
        StyleDeclaration(properties: properties + other.properties)
    }

    /// Parses `fill:#f9f,stroke:#333,stroke-width:2px` (commas inside parentheses do not split).
    static func parse(_ text: String, line: Int) throws(MermaidError) -> StyleDeclaration {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(": depth += 1; current.append(character)
            case ")": depth = max(0, depth - 1); current.append(character)
            case "," where depth == 0: pieces.append(current); current = ""
            default: current.append(character)
            }
        }
        pieces.append(current)
        var declaration = StyleDeclaration()
        for piece in pieces {
            let trimmed = piece.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw MermaidError(line: line, message: "expected 'property:value' in style, found '\(trimmed)'")
            }
            let name = String(trimmed[..<colon]).trimmingWhitespace().lowercased()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
            if name.isEmpty || value.isEmpty {
                throw MermaidError(line: line, message: "expected 'property:value' in style, found '\(trimmed)'")
            }
            declaration.properties.append(Property(name: name, value: value, line: line))
        }
        return declaration
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        var scalars = Substring(String(self))
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
