/// The list of compile errors in `docs/errors.md`, generated from `CompileError` (the part between `begin` and
/// `end`; a test fails when the doc is stale).
enum CompileErrorReference {
    /// The line that opens the generated part of `docs/errors.md`.
    static let begin = "<!-- generated from Sources/CellLanguage/CompileErrors: begin (NBRUN_UPDATE_DOCS=1 swift test --filter CompileErrorTests) -->"
    /// The line that closes it.
    static let end = "<!-- generated from Sources/CellLanguage/CompileErrors: end -->"

    /// A table of every kind, in declaration order, with an example of its message and notes.
    static func markdown() -> String {
        var lines = [begin, "", "| kind | message (example) |", "| --- | --- |"]
        for kind in CompileError.Kind.allCases {
            guard let sample = CompileError.samples(of: kind).first else { continue }
            let notes = sample.notes.map { " + note: `\(cell($0))`" }.joined()
            lines.append("| `\(kind.rawValue)` | `\(cell(sample.message))`\(notes) |")
        }
        lines += ["", end]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `document` with its generated part replaced by `markdown()`; nil when the markers are missing.
    static func updating(_ document: String) -> String? {
        GeneratedDocSection.replacing(between: begin, and: end, in: document, with: markdown())
    }

    /// `text` safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
