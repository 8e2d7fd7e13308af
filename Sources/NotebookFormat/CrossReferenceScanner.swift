/// Finds Quarto cross-references in text: `@fig-plot`, `@tbl-results`, `@eq-loss`, also written `[@fig-plot]`, and
/// `[-@fig-plot]` for the number alone. Only the prefixes `CrossReferences` numbers count, so `@username` and e-mail
/// addresses stay text.
enum CrossReferenceScanner {
    /// The text split into `.text` and `.crossReference` inlines.
    static func split(_ text: String) -> [Inline] {
        guard text.contains("@") else { return [.text(text)] }
        let characters = Array(text)
        var result: [Inline] = []
        var pending = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "@", let (label, end) = label(in: characters, after: index) else {
                pending.append(characters[index])
                index += 1
                continue
            }
            if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber {
                pending.append(characters[index]) // an e-mail address
                index += 1
                continue
            }
            var numberOnly = false
            var stop = end
            // `[@fig-x]` and `[-@fig-x]`: drop the brackets (and the dash, which asks for the number alone).
            if end < characters.count, characters[end] == "]" {
                if pending.hasSuffix("[-") {
                    numberOnly = true
                    pending.removeLast(2)
                    stop = end + 1
                } else if pending.hasSuffix("[") {
                    pending.removeLast()
                    stop = end + 1
                }
            }
            if !pending.isEmpty { result.append(.text(pending)) }
            pending = ""
            result.append(.crossReference(label, numberOnly: numberOnly))
            index = stop
        }
        if !pending.isEmpty { result.append(.text(pending)) }
        return result
    }

    /// The label after the `@` at `at`, when it has a numbered prefix, and the index after it.
    private static func label(in characters: [Character], after at: Int) -> (String, Int)? {
        var end = at + 1
        while end < characters.count,
              characters[end].isLetter || characters[end].isNumber || characters[end] == "-" || characters[end] == "_" ||
              characters[end] == "." || characters[end] == ":" {
            end += 1
        }
        // A sentence's full stop or colon after a reference is not part of it.
        while end > at + 1, [".", ":", "-", "_"].contains(characters[end - 1]) { end -= 1 }
        let label = String(characters[(at + 1)..<end])
        guard CrossReferences.kind(of: label) != nil else { return nil }
        return (label, end)
    }
}
