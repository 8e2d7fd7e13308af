/// The reference of the built-in types' members, generated from their tables (the part of `docs/language.md`
/// between `StdlibReference.begin` and `StdlibReference.end`; a test fails when the doc is stale).
public enum StdlibReference {
    /// The line that opens the generated part of `docs/language.md`.
    public static let begin = "<!-- generated from Sources/CellLanguage/Stdlib: begin (NBRUN_UPDATE_DOCS=1 swift test --filter StdlibReferenceTests) -->"
    /// The line that closes it.
    public static let end = "<!-- generated from Sources/CellLanguage/Stdlib: end -->"

    /// The Markdown of every table, in reference order, between `begin` and `end`.
    public static func markdown() -> String {
        var lines = [begin, ""] + freeFunctions()
        for table in StdlibTables.all {
            lines += ["### \(table.typeName)", "", table.about, ""]
            if !table.members.isEmpty {
                lines += ["| declaration | |", "| --- | --- |"]
                lines += table.members.map { "| `\(cell($0.declaration))` | \(cell($0.summary)) |" }
                lines.append("")
            }
            let own = Set(table.members.map(\.signatureName))
            let viewed = table.viewed.map(\.signatureName).filter { !own.contains($0) }
            if !viewed.isEmpty {
                lines += [table.viewedAbout + " " + viewed.map { "`\($0)`" }.joined(separator: ", ") + ".", ""]
            }
        }
        lines.append(end)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The free functions' section (`LibraryFunctions.reference`), with the library functions nbrun refuses.
    private static func freeFunctions() -> [String] {
        let refused = Compiler.unprovidedLibraryFunctions.sorted().map { "`\($0)`" }.joined(separator: ", ")
        return ["### Free functions", "",
                "The functions a cell calls by name, as Swift declares them. Not provided, and refused at the name: \(refused).", "",
                "| declaration | |", "| --- | --- |"]
            + LibraryFunctions.reference.map { "| `\(cell($0.declaration))` | \(cell($0.summary)) |" } + [""]
    }

    /// `text` safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    /// `document` with its generated part replaced by `markdown()`; nil when the markers are missing.
    public static func updating(_ document: String) -> String? {
        GeneratedDocSection.replacing(between: begin, and: end, in: document, with: markdown())
    }
}
