import Diagnostics
import NotebookFormat

/// Turns a notebook and its cell results into one self-contained HTML page; it never evaluates anything.
public struct PageRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The page as HTML text; the same inputs always give the same bytes.
    ///
    /// `results` holds one entry per cell, by cell index; a missing entry draws the cell as not run.
    public func render(_ notebook: Notebook, results: [CellResult], context: PageContext = PageContext()) -> RenderedPage {
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        let front = notebook.frontMatter
        var writer = HTMLWriter()
        writer.raw("<!DOCTYPE html>\n")
        writer.open("html", ["lang": front.language ?? "en"])
        writer.newline()
        writer.raw("<head>\n<meta charset=\"utf-8\">\n")
        writer.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        writer.raw("<meta name=\"generator\" content=\"nbrun\">\n")
        writer.element("title", text: notebook.title)
        writer.newline()
        if let description = front.description {
            writer.open("meta", ["name": "description", "content": description])
            writer.newline()
        }
        writer.raw("<style>\n\(PageStyle.css)\n</style>\n</head>\n<body>\n<main>\n")
        writer.raw("<header class=\"page-header\">\n")
        writer.element("h1", text: notebook.title)
        writer.newline()
        if let description = front.description {
            writer.element("p", ["class": "description"], text: description)
            writer.newline()
        }
        if let author = front.author {
            writer.element("p", ["class": "author"], text: author)
            writer.newline()
        }
        writer.raw("</header>\n")
        var article = HTMLWriter()
        var markdown = MarkdownHTML(allowsRawHTML: front.allowsRawHTML, footnotes: notebook.footnotes)
        markdown.blocks(notebook.blocks, into: &article) { cell, writer in
            let result = cell.index < results.count ? results[cell.index] : CellResult(status: .notRun)
            Self.cell(cell, result: result, formatter: formatter, into: &writer)
        }
        markdown.footnotes(notebook.footnotes, into: &article)
        Self.tableOfContents(markdown.headings, into: &writer)
        writer.raw("<article>\n")
        writer.raw(article.html)
        writer.raw("</article>\n")
        Self.navigation(context, into: &writer)
        writer.raw("<footer class=\"page-footer\">Made with nbrun from ")
        writer.element("code", text: notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path)
        writer.raw(".</footer>\n</main>\n</body>\n</html>\n")
        return RenderedPage(html: writer.html, warnings: markdown.warnings)
    }

    /// A contents list of the level-2 and level-3 headings, when there are at least two.
    static func tableOfContents(_ headings: [(level: Int, id: String, text: String)], into writer: inout HTMLWriter) {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 2 else { return }
        writer.raw("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n<ol>\n")
        var inSublist = false
        for (position, entry) in entries.enumerated() {
            if entry.level == 2 {
                if inSublist {
                    writer.raw("</ol>\n")
                    inSublist = false
                }
                if position > 0 { writer.raw("</li>\n") }
                writer.raw("<li>")
                link(entry, into: &writer)
            } else {
                if !inSublist {
                    if position == 0 { writer.raw("<li>") }
                    writer.raw("\n<ol>\n")
                    inSublist = true
                }
                writer.raw("<li>")
                link(entry, into: &writer)
                writer.raw("</li>\n")
            }
        }
        if inSublist { writer.raw("</ol>\n") }
        writer.raw("</li>\n")
        writer.raw("</ol>\n</nav>\n")
    }

    private static func link(_ entry: (level: Int, id: String, text: String), into writer: inout HTMLWriter) {
        writer.open("a", ["href": "#\(entry.id)"])
        writer.text(entry.text)
        writer.close("a")
    }

    /// Links to the course index and the previous and next lessons.
    static func navigation(_ context: PageContext, into writer: inout HTMLWriter) {
        guard context.index != nil || context.previous != nil || context.next != nil else { return }
        writer.raw("<nav class=\"lessons\" aria-label=\"Lessons\">\n")
        if let previous = context.previous {
            writer.open("a", ["class": "previous", "href": previous.href, "rel": "prev"])
            writer.text("← \(previous.title)")
            writer.raw("</a>\n")
        }
        if let index = context.index {
            writer.open("a", ["class": "index", "href": index.href])
            writer.text(index.title)
            writer.raw("</a>\n")
        }
        if let next = context.next {
            writer.open("a", ["class": "next", "href": next.href, "rel": "next"])
            writer.text("\(next.title) →")
            writer.raw("</a>\n")
        }
        writer.raw("</nav>\n")
    }

    /// Draws one cell: its highlighted source, its outputs in order, its errors, its caption.
    static func cell(_ cell: Cell, result: CellResult, formatter: DiagnosticFormatter, into writer: inout HTMLWriter) {
        let options = cell.options
        let problems = result.diagnostics
        let showOutputs = options.output && !result.outputs.isEmpty
        guard options.echo || showOutputs || !problems.isEmpty else { return }
        writer.open("figure", ["class": "cell", "id": options.label ?? "cell-\(cell.index + 1)"])
        writer.newline()
        if options.echo {
            var code = cell.displayCode
            while code.hasSuffix("\n") { code.removeLast() }
            writer.raw("<pre class=\"source\"><code class=\"language-swift\">")
            writer.raw(SwiftHighlighter.html(for: code))
            writer.raw("</code></pre>\n")
        }
        if showOutputs || !problems.isEmpty {
            writer.raw("<div class=\"outputs\">\n")
            if showOutputs { outputs(result.outputs, into: &writer) }
            for problem in problems {
                let role = problem.severity == .error ? "alert" : "status"
                writer.element("pre", ["class": problem.severity == .error ? "error" : "warning", "role": role],
                               text: formatter.format(problem))
                writer.newline()
            }
            writer.raw("</div>\n")
        }
        if let caption = options.caption {
            writer.element("figcaption", text: caption)
            writer.newline()
        }
        writer.raw("</figure>")
    }

    /// Draws outputs, joining consecutive text into one block.
    static func outputs(_ outputs: [CellOutput], into writer: inout HTMLWriter) {
        var pendingText = ""
        func flush(_ writer: inout HTMLWriter) {
            guard !pendingText.isEmpty else { return }
            if pendingText.hasSuffix("\n") { pendingText.removeLast() }
            writer.element("pre", ["class": "output"], text: pendingText)
            writer.newline()
            pendingText = ""
        }
        for output in outputs {
            switch output {
            case .text(let text):
                pendingText += text
            case .svg(let svg, let summary):
                flush(&writer)
                writer.open("div", ["class": "figure", "role": "group", "aria-label": summary])
                writer.raw(svg)
                writer.raw("</div>\n")
            case .truncated(let note):
                flush(&writer)
                writer.element("p", ["class": "truncated", "role": "note"], text: note)
                writer.newline()
            }
        }
        flush(&writer)
    }
}
