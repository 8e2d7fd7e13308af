import Diagnostics
import NotebookFormat

/// Turns a notebook and its cell results into one self-contained HTML page; it never evaluates anything.
public struct PageRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The page as HTML text; the same inputs always give the same bytes.
    ///
    /// `results` holds one entry per cell, by cell index; a missing entry draws the cell as not run.
    public func render(_ notebook: Notebook, results: [CellResult]) -> String {
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
        writer.raw("</header>\n<article>\n")
        var markdown = MarkdownHTML(allowsRawHTML: front.allowsRawHTML)
        markdown.blocks(notebook.blocks, into: &writer) { cell, writer in
            let result = cell.index < results.count ? results[cell.index] : CellResult(status: .notRun)
            Self.cell(cell, result: result, formatter: formatter, into: &writer)
        }
        writer.raw("</article>\n<footer class=\"page-footer\">Made with nbrun from ")
        writer.element("code", text: notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path)
        writer.raw(".</footer>\n</main>\n</body>\n</html>\n")
        return writer.html
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
