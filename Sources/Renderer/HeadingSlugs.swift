import Foundation

/// Makes unique, readable ids for headings (`come-funzionano-gli-llm`, then `…-2` on a repeat).
struct HeadingSlugs {
    private var used: [String: Int] = [:]
    /// Ids the page uses for other elements (cells, footnotes, the contents); headings never take them.
    private let reserved: Set<String>

    init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// A new id for a heading with this text.
    mutating func slug(for text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased().decomposedLetters {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        if slug.isEmpty { slug = "section" }
        while true {
            let count = used[slug, default: 0] + 1
            used[slug] = count
            let candidate = count == 1 ? slug : "\(slug)-\(count)"
            if !reserved.contains(candidate) { return candidate }
        }
    }
}

private extension String {
    /// The text with accents removed from Latin letters (`è` → `e`), so ids stay ASCII where possible.
    var decomposedLetters: [Character] {
        decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }
            .map(Character.init)
    }
}
