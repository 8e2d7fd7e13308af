import NotebookFormat

/// Writes prose blocks and inlines as HTML; cells are handed back to the caller through `cell`.
struct MarkdownHTML {
    /// Whether raw HTML from the notebook may pass through unescaped.
    var allowsRawHTML: Bool
    /// Gives each heading a unique id.
    var slugs = HeadingSlugs()

    init(allowsRawHTML: Bool) {
        self.allowsRawHTML = allowsRawHTML
    }

    mutating func blocks(_ blocks: [Block], into writer: inout HTMLWriter, tight: Bool = false,
                         cell: (Cell, inout HTMLWriter) -> Void) {
        for block in blocks {
            self.block(block, into: &writer, tight: tight, cell: cell)
        }
    }

    mutating func block(_ block: Block, into writer: inout HTMLWriter, tight: Bool, cell: (Cell, inout HTMLWriter) -> Void) {
        switch block {
        case .heading(let level, let content, _):
            let id = slugs.slug(for: content.plainText)
            writer.open("h\(level)", ["id": id])
            inlines(content, into: &writer)
            writer.close("h\(level)")
        case .paragraph(let content, _):
            if tight {
                inlines(content, into: &writer)
            } else {
                writer.open("p")
                inlines(content, into: &writer)
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
        }
        writer.newline()
    }

    func inlines(_ content: [Inline], into writer: inout HTMLWriter) {
        for inline in content {
            switch inline {
            case .text(let text): writer.text(text)
            case .softBreak: writer.raw("\n")
            case .lineBreak: writer.raw("<br>\n")
            case .code(let code): writer.element("code", text: code)
            case .html(let markup): rawHTML(markup, into: &writer, block: false)
            case .emphasis(let inner):
                writer.open("em"); inlines(inner, into: &writer); writer.close("em")
            case .strong(let inner):
                writer.open("strong"); inlines(inner, into: &writer); writer.close("strong")
            case .link(let destination, let title, let inner):
                if let url = LinkPolicy.safeURL(destination) {
                    writer.open("a", ["href": url, "title": title.isEmpty ? nil : title])
                    inlines(inner, into: &writer)
                    writer.close("a")
                } else {
                    inlines(inner, into: &writer)
                }
            case .image(let source, let title, let alt, _):
                guard let url = LinkPolicy.safeURL(source) else { continue }
                writer.open("img", ["src": url, "alt": alt.plainText, "title": title.isEmpty ? nil : title,
                                    "loading": "lazy"])
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
