/// docs/language.md's "What is refused", generated from `RefusedConstruct`'s rows and the library tables the
/// compiler refuses by (the part between `begin` and `end`; a test fails when the doc is stale).
enum RefusedConstructReference {
    /// The line that opens the generated part.
    static let begin = "<!-- generated from Sources/CellLanguage/Refusals: begin (NBRUN_UPDATE_DOCS=1 swift test --filter RefusedConstructTests) -->"
    /// The line that closes it.
    static let end = "<!-- generated from Sources/CellLanguage/Refusals: end -->"

    /// One table per group: the message (with its example's subjects), why, and the example cell.
    static func markdown() -> String {
        var lines = [begin, ""]
        for group in RefusedConstruct.Group.allCases {
            let constructs = RefusedConstruct.allCases.filter { $0.row.group == group }
            guard !constructs.isEmpty else { continue }
            lines += ["### \(group.rawValue)", "", "| refused | why | a cell refused with it |", "| --- | --- | --- |"]
            for construct in constructs {
                let row = construct.row
                let message = construct.message(row.subjects).replacingOccurrences(of: " is not supported in nbrun cells", with: "")
                    .replacingOccurrences(of: " are not supported in nbrun cells", with: "")
                let example = row.example.map(code) ?? "—"
                lines.append("| \(code(message)) | \(cell(row.reason)) | \(example) |")
            }
            lines.append("")
        }
        lines += ["### Refused with messages of their own", "", "| message | why | a cell refused with it |", "| --- | --- | --- |"]
        for refusal in OtherRefusal.all {
            lines.append("| \(code(refusal.message)) | \(cell(refusal.reason)) | \(code(refusal.example)) |")
        }
        lines.append("")
        lines += libraryTables()
        lines += ["", end]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The names the compiler refuses by table rather than by construct: library types and functions cells lack.
    private static func libraryTables() -> [String] {
        let types = (Compiler.unmodelledLibraryTypes.union(["Float"])).sorted().map { "`\($0)`" }.joined(separator: ", ")
        let functions = Compiler.unprovidedLibraryFunctions.sorted().map { "`\($0)`" }.joined(separator: ", ")
        let conformances = Compiler.supportedConformances.sorted().map { "`\($0)`" }.joined(separator: ", ")
        return ["### Library names cells do not have", "",
                "Refused as `type 'X' is not supported in nbrun cells` (not as unknown names): \(types).", "",
                "Refused as `the standard library function 'f' is not supported in nbrun cells`: \(functions).", "",
                "The library protocols a declared type may conform to (any other is `conformance to 'P' is not supported`): "
                    + "\(conformances)."]
    }

    /// `document` with its generated part replaced by `markdown()`; nil when the markers are missing.
    static func updating(_ document: String) -> String? {
        GeneratedDocSection.replacing(between: begin, and: end, in: document, with: markdown())
    }

    /// `text` as inline code in a table cell, one code span per line.
    private static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let ticks = line.contains("`") ? "``" : "`"
            let padded = line.hasPrefix("`") || line.hasSuffix("`") ? " \(line) " : String(line)
            return ticks + cell(padded) + ticks
        }.joined(separator: "<br>")
    }

    /// `text` safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
