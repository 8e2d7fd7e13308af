import Diagnostics
import Diagrams
import MathML
import NotebookFormat

/// Writes prose blocks and inlines as HTML; cells are handed back to the caller through `cell`.
struct MarkdownHTML {
    /// Whether raw HTML from the notebook may pass through unescaped.
    var allowsRawHTML: Bool
    /// Gives each heading a unique id.
    var slugs: HeadingSlugs
    /// Footnote numbers, given in order of first reference.
    private(set) var footnoteNumbers: [String: Int] = [:]
    /// The labels of footnotes that have a definition.
    let definedFootnotes: Set<String>
    /// The headings written so far (level, id, text), for the table of contents.
    private(set) var headings: [(level: Int, id: String, text: String)] = []
    /// Problems met while writing, such as a formula that could not be converted.
    var warnings: [Diagnostic] = []
    /// The notebook's numbered figures, tables and equations, for `@fig-…` links and captions.
    let references: CrossReferences
    /// Whether headings get ids (off for Markdown a cell displays, whose headings stay out of the page's outline).
    var headingIDs = true
    /// Whether an `@fig-…` without a target is a warning here (the parser already warns about the prose's own).
    var warnsMissingReferences = false

    /// The words nbrun adds, in the page's language.
    let strings: PageStrings
    /// The notebook's lines, to place formula warnings at the error inside the formula.
    var sourceLines: [Substring] = []

    init(allowsRawHTML: Bool, footnotes: [Footnote] = [], strings: PageStrings = PageStrings(language: nil),
         reservedIDs: Set<String> = [], references: CrossReferences = CrossReferences([])) {
        self.allowsRawHTML = allowsRawHTML
        self.references = references
        let footnoteIDs = footnotes.flatMap { ["fn-\($0.label)", "fnref-\($0.label)"] }
        self.slugs = HeadingSlugs(reserved: reservedIDs.union(footnoteIDs).union(["toc-title", "lessons"]))
        self.strings = strings
        self.definedFootnotes = Set(footnotes.map(\.label))
    }

    mutating func blocks(_ blocks: [Block], into writer: inout HTMLWriter, tight: Bool = false,
                         cell: (Cell, inout HTMLWriter) -> Void) {
        for block in blocks {
            self.block(block, into: &writer, tight: tight, cell: cell)
        }
    }

    mutating func block(_ block: Block, into writer: inout HTMLWriter, tight: Bool, cell: (Cell, inout HTMLWriter) -> Void) {
        switch block {
        case .heading(let level, let content, let range):
            var id: String?
            if headingIDs {
                let slug = slugs.slug(for: content.plainText)
                headings.append((level, slug, content.plainText))
                id = slug
            }
            writer.open("h\(level)", ["id": id])
            inlines(content, line: range.start.line, into: &writer)
            writer.close("h\(level)")
        case .paragraph(let content, let range):
            if tight {
                inlines(content, line: range.start.line, into: &writer)
            } else {
                writer.open("p")
                inlines(content, line: range.start.line, into: &writer)
                writer.close("p")
            }
        case .blockQuote(let inner, _):
            writer.open("blockquote")
            writer.newline()
            blocks(inner, into: &writer, cell: cell)
            writer.close("blockquote")
        case .list(let style, let items, _):
            let tag = style.ordered ? "ol" : "ul"
            writer.open(tag, ["start": style.ordered && style.start != 1 ? String(style.start) : nil])
            writer.newline()
            for item in items {
                writer.open("li")
                blocks(item, into: &writer, tight: style.tight, cell: cell)
                writer.close("li")
                writer.newline()
            }
            writer.close(tag)
        case .code(let code) where code.language == "mermaid":
            diagram(code, into: &writer)
        case .code(let code):
            writer.open("pre", ["class": "code"])
            writer.open("code", ["class": code.language.map { "language-\($0)" }])
            writer.text(code.code)
            writer.close("code")
            writer.close("pre")
        case .cell(let value):
            cell(value, &writer)
        case .html(let markup, _):
            rawHTML(markup, into: &writer, block: true)
        case .thematicBreak:
            writer.raw("<hr>")
        case .math(let latex, let range):
            math(latex, display: true, line: range.start.line, into: &writer)
        case .table(let table):
            self.table(table, into: &writer)
        case .callout(let value):
            callout(value, into: &writer, cell: cell)
        case .figure(let figure):
            imageFigure(figure, into: &writer)
        case .numberedMath(let latex, let label, let range):
            numberedMath(latex, label: label, line: range.start.line, into: &writer)
        }
        writer.newline()
    }

    mutating func table(_ table: Table, into writer: inout HTMLWriter) {
        writer.open("div", ["class": "table", "id": table.label])
        writer.raw("<table>\n")
        tableCaption(table, into: &writer)
        writer.raw("<thead><tr>")
        for (column, cell) in table.header.enumerated() {
            writer.open("th", ["class": Self.alignmentClass(table.alignments[column])])
            inlines(cell, line: table.range.start.line, into: &writer)
            writer.close("th")
        }
        writer.raw("</tr></thead>\n<tbody>\n")
        for row in table.rows {
            writer.raw("<tr>")
            for (column, cell) in row.enumerated() {
                writer.open("td", ["class": Self.alignmentClass(table.alignments[column])])
                inlines(cell, line: table.range.start.line, into: &writer)
                writer.close("td")
            }
            writer.raw("</tr>\n")
        }
        writer.raw("</tbody>\n</table></div>")
    }

    private static func alignmentClass(_ alignment: Table.Alignment?) -> String? {
        alignment.map { "align-\($0.rawValue)" }
    }

    /// Writes the footnotes section: one item per referenced footnote, in reference order.
    mutating func footnotes(_ footnotes: [Footnote], into writer: inout HTMLWriter) {
        let referenced = footnotes.filter { footnoteNumbers[$0.label] != nil }
            .sorted { (footnoteNumbers[$0.label] ?? 0) < (footnoteNumbers[$1.label] ?? 0) }
        guard !referenced.isEmpty else { return }
        writer.raw("<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n")
        for footnote in referenced {
            writer.open("li", ["id": "fn-\(footnote.label)"])
            blocks(footnote.blocks, into: &writer) { _, _ in }
            writer.open("a", ["href": "#fnref-\(footnote.label)", "class": "footnote-back", "role": "doc-backlink",
                              "aria-label": strings.backToText])
            writer.raw("↩</a></li>\n")
        }
        writer.raw("</ol>\n</section>\n")
    }

    /// Draws a mermaid flowchart as inline SVG; a diagram that cannot be drawn is shown as code with a warning.
    mutating func diagram(_ code: CodeBlock, into writer: inout HTMLWriter) {
        do {
            let svg = try Mermaid.svg(from: code.code, options: DiagramOptions(altTextPrefix: strings.diagram))
            writer.open("div", ["class": "diagram", "style": SVGLegibility.style(for: svg)])
            writer.raw(svg)
            writer.raw("</div>")
        } catch {
            warnings.append(.warning("mermaid diagram not drawn: \(error.message)",
                                     at: SourceLocation(line: code.range.start.line + error.line,
                                                        column: code.range.start.column + error.column - 1)))
            writer.open("pre", ["class": "code"])
            writer.open("code", ["class": "language-mermaid"])
            writer.text(code.code)
            writer.close("code")
            writer.close("pre")
        }
    }

    mutating func math(_ latex: String, display: Bool, line: Int, into writer: inout HTMLWriter) {
        do {
            writer.raw(try MathMLConverter.convert(latex, display: display))
        } catch {
            warnings.append(.warning("formula not converted to MathML: \(error.message)",
                                     at: FormulaPosition.locate(error, latex: latex, near: line, in: sourceLines)))
            writer.element("code", ["class": display ? "math display" : "math"], text: latex)
        }
    }

    mutating func inlines(_ content: [Inline], line: Int, into writer: inout HTMLWriter) {
        for inline in content {
            switch inline {
            case .text(let text): writer.text(text)
            case .softBreak: writer.raw("\n")
            case .lineBreak: writer.raw("<br>\n")
            case .code(let code): writer.element("code", text: code)
            case .html(let markup): rawHTML(markup, into: &writer, block: false)
            case .emphasis(let inner):
                writer.open("em"); inlines(inner, line: line, into: &writer); writer.close("em")
            case .strong(let inner):
                writer.open("strong"); inlines(inner, line: line, into: &writer); writer.close("strong")
            case .link(let destination, let title, let inner):
                if let url = LinkPolicy.safeURL(LinkPolicy.pageLink(destination)) {
                    writer.open("a", ["href": url, "title": title.isEmpty ? nil : title])
                    inlines(inner, line: line, into: &writer)
                    writer.close("a")
                } else {
                    inlines(inner, line: line, into: &writer)
                }
            case .image(let source, let title, let alt, _):
                guard let url = LinkPolicy.safeURL(source), !LocalReference.escapesFolder(source) else {
                    writer.text(alt.plainText)
                    continue
                }
                writer.open("img", ["src": url, "alt": alt.plainText, "title": title.isEmpty ? nil : title,
                                    "loading": "lazy"])
            case .math(let latex, let display):
                math(latex, display: display, line: line, into: &writer)
            case .footnoteReference(let label):
                guard definedFootnotes.contains(label) else {
                    writer.text("[^\(label)]")
                    continue
                }
                let first = footnoteNumbers[label] == nil
                if first { footnoteNumbers[label] = footnoteNumbers.count + 1 }
                let number = footnoteNumbers[label] ?? 0
                writer.raw("<sup class=\"footnote-ref\">")
                writer.open("a", ["href": "#fn-\(label)", "id": first ? "fnref-\(label)" : nil, "role": "doc-noteref"])
                writer.text(String(number))
                writer.raw("</a></sup>")
            case .crossReference(let label, let numberOnly):
                crossReference(label, numberOnly: numberOnly, into: &writer)
            }
        }
    }

    private func rawHTML(_ markup: String, into writer: inout HTMLWriter, block: Bool) {
        if allowsRawHTML {
            writer.raw(markup)
        } else if markup.hasPrefix("<!--") {
            return
        } else if block {
            writer.element("pre", ["class": "raw-html"], text: markup)
        } else {
            writer.text(markup)
        }
    }
}
