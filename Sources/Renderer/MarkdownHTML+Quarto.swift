import Diagnostics
import NotebookFormat

/// Drawing what Quarto writers expect: callouts, numbered figures and equations, and links to them.
extension MarkdownHTML {
    /// A callout: a titled box (`role="note"`) around its blocks.
    mutating func callout(_ callout: Callout, into writer: inout HTMLWriter, cell: (Cell, inout HTMLWriter) -> Void) {
        writer.open("div", ["class": "callout callout-\(callout.kind.rawValue)", "role": "note"])
        writer.newline()
        writer.open("p", ["class": "callout-title"])
        if let title = callout.title {
            inlines(title, line: callout.range.start.line, into: &writer)
        } else {
            writer.text(strings.calloutTitles[callout.kind] ?? callout.kind.rawValue)
        }
        writer.close("p")
        writer.newline()
        writer.open("div", ["class": "callout-body"])
        writer.newline()
        blocks(callout.blocks, into: &writer, cell: cell)
        writer.close("div")
        writer.newline()
        writer.close("div")
    }

    /// An image with an id: a `<figure>` whose caption is the image's description, numbered for `fig-` ids.
    mutating func imageFigure(_ figure: ImageFigure, into writer: inout HTMLWriter) {
        writer.open("figure", ["class": "image", "id": figure.label])
        writer.newline()
        inlines([.image(source: figure.source, title: figure.title, alt: figure.caption, line: figure.range.start.line)],
                line: figure.range.start.line, into: &writer)
        writer.newline()
        writer.open("figcaption")
        if let prefix = captionPrefix(figure.label) {
            writer.element("span", ["class": "caption-number"], text: prefix + (figure.caption.isEmpty ? "" : ":"))
            if !figure.caption.isEmpty { writer.text(" ") }
        }
        inlines(figure.caption, line: figure.range.start.line, into: &writer)
        writer.close("figcaption")
        writer.newline()
        writer.close("figure")
    }

    /// A pipe table's caption, `: Caption {#tbl-x}`, numbered for `tbl-` ids.
    mutating func tableCaption(_ table: Table, into writer: inout HTMLWriter) {
        let prefix = captionPrefix(table.label)
        guard table.caption?.isEmpty == false || prefix != nil else { return }
        writer.open("caption")
        if let prefix {
            writer.element("span", ["class": "caption-number"], text: prefix + (table.caption?.isEmpty == false ? ":" : ""))
            if table.caption?.isEmpty == false { writer.text(" ") }
        }
        inlines(table.caption ?? [], line: table.range.end.line, into: &writer)
        writer.close("caption")
        writer.newline()
    }

    /// A display formula with its number at the right, `(1)`, and the label as the anchor.
    mutating func numberedMath(_ latex: String, label: String, line: Int, into writer: inout HTMLWriter) {
        writer.open("div", ["class": "equation", "id": label])
        math(latex, display: true, line: line, into: &writer)
        if let target = references[label] {
            writer.element("span", ["class": "equation-number"], text: "(\(target.number))")
        }
        writer.close("div")
    }

    /// `@fig-x` as a link reading "Figura 1"; a label without a target shows as `?@fig-x`, as Quarto does (the parser
    /// already warned at its line).
    mutating func crossReference(_ label: String, numberOnly: Bool, into writer: inout HTMLWriter) {
        guard let target = references[label] else {
            if warnsMissingReferences { warnings.append(.warning("cross-reference '@\(label)' has no target", at: nil)) }
            writer.element("strong", ["class": "xref-missing"], text: "?@\(label)")
            return
        }
        let word = strings.referenceWords[target.kind] ?? target.kind.rawValue
        writer.open("a", ["class": "xref", "href": "#\(label)"])
        writer.text(numberOnly ? String(target.number) : "\(word) \(target.number)")
        writer.close("a")
    }

    /// "Figura 1" for a numbered label, `nil` for others.
    func captionPrefix(_ label: String?) -> String? {
        guard let label, let target = references[label], target.kind != .equation else { return nil }
        return "\(strings.referenceWords[target.kind] ?? target.kind.rawValue) \(target.number)"
    }
}
