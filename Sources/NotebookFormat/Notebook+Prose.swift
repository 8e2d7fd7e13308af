extension Notebook {
    /// The notebook's prose as plain text: headings, paragraphs, list items, quotes and table cells, one block a
    /// line, without code, cells, formulas' markup or images. Used as training text ("the course's own words").
    public var proseText: String {
        var lines: [String] = []
        func inlineText(_ inlines: [Inline]) -> String {
            inlines.map { inline -> String in
                switch inline {
                case .image, .html, .footnoteReference, .math, .crossReference: return ""
                case .softBreak, .lineBreak: return " "
                default: return inline.plainText
                }
            }.joined().trimmingWhitespace
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content, _):
                    let text = inlineText(content)
                    if !text.isEmpty { lines.append(text) }
                case .blockQuote(let inner, _): visit(inner)
                case .callout(let callout): visit(callout.blocks)
                case .figure(let figure):
                    let text = inlineText(figure.caption)
                    if !text.isEmpty { lines.append(text) }
                case .list(_, let items, _): items.forEach(visit)
                case .table(let table):
                    for row in [table.header] + table.rows {
                        let text = row.map(inlineText).filter { !$0.isEmpty }.joined(separator: ", ")
                        if !text.isEmpty { lines.append(text) }
                    }
                case .code, .cell, .html, .thematicBreak, .math, .numberedMath: break
                }
            }
        }
        visit(blocks)
        return lines.joined(separator: "\n")
    }
}
