import CellLanguage

/// The reference part of `docs/cells-modules.md`, generated from the declarations the bindings make: every
/// function, initializer, method, property and constant set cells can use, with its one-line summary.
public enum BindingReference {
    /// The line before the generated part.
    public static let begin = "<!-- generated from Sources/Bindings: begin (NBRUN_UPDATE_DOCS=1 swift test --filter BindingReferenceTests) -->"
    /// The line after the generated part.
    public static let end = "<!-- generated from Sources/Bindings: end -->"

    /// The generated Markdown: one section per module, global functions first, then each type's members.
    public static func markdown() -> String {
        let catalog = BindingCatalog()
        CellBindings.install(in: Interpreter(), catalog: catalog)
        var sections: [String] = []
        var bySection: [String: [BindingCatalog.Entry]] = [:]
        for entry in catalog.entries {
            if bySection[entry.section] == nil { sections.append(entry.section) }
            bySection[entry.section, default: []].append(entry)
        }
        var text = ""
        for section in sections {
            text += "\n### \(section)\n\n"
            let entries = bySection[section] ?? []
            for entry in entries where entry.owner == nil && !entry.declaration.hasPrefix("class ") {
                text += line(entry)
            }
            for type in entries where type.declaration.hasPrefix("class ") {
                let name = String(type.declaration.dropFirst("class ".count))
                text += (text.hasSuffix("\n\n") ? "" : "\n") + "`\(name)`: \(type.summary)\n\n"
                for entry in entries where entry.owner == name { text += line(entry) }
            }
        }
        return text
    }

    private static func line(_ entry: BindingCatalog.Entry) -> String {
        "- `\(entry.declaration)` — \(entry.summary)\n"
    }

    /// `document` with its generated part replaced by `markdown()`, or nil when the markers are missing.
    public static func updating(_ document: String) -> String? {
        guard let start = document.range(of: begin), let finish = document.range(of: end),
              start.upperBound <= finish.lowerBound else { return nil }
        return String(document[..<start.upperBound]) + "\n" + markdown() + "\n" + String(document[finish.lowerBound...])
    }
}
