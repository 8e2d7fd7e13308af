import Diagnostics
import NotebookFormat

/// Renders the Markdown cells display (`show(markdown:)`) with the prose's own parser and writer — formulas,
/// tables, callouts, links to numbered figures — and collects its warnings at the cell's line.
struct CellMarkdown {
    private var writer: MarkdownHTML
    /// Problems met in displayed Markdown, positioned at the first line of the cell that displayed it.
    private(set) var warnings: [Diagnostic] = []

    init(allowsRawHTML: Bool, strings: PageStrings, references: CrossReferences) {
        writer = MarkdownHTML(allowsRawHTML: allowsRawHTML, strings: strings, references: references)
        writer.headingIDs = false
        writer.warnsMissingReferences = true
    }

    /// "Figura 1" for a cell labelled with a numbered label, `nil` for others.
    func captionPrefix(_ label: String?) -> String? {
        writer.captionPrefix(label)
    }

    /// Writes `text` as HTML; problems become warnings at `cell`'s first line.
    mutating func write(_ text: String, of cell: Cell, into html: inout HTMLWriter) {
        let parsed = NotebookParser.parseFragment(text)
        let before = writer.warnings.count
        writer.blocks(parsed.blocks, into: &html) { _, _ in }
        let problems = parsed.warnings + writer.warnings[before...]
        warnings += problems.map {
            .warning("in the Markdown this cell showed: \($0.message)", at: SourceLocation(line: cell.firstLine, column: 1),
                     notes: $0.notes)
        }
    }

    /// The fallback when no page context is at hand: the Markdown source as preformatted text.
    static func plain(_ text: String, into html: inout HTMLWriter) {
        html.element("pre", ["class": "output"], text: text)
        html.newline()
    }
}
