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
        let strings = PageStrings(language: front.language)
        var writer = HTMLWriter()
        PageShell.open(title: notebook.title, description: front.description, author: front.author,
                       language: front.language, into: &writer)
        Self.changedParameters(context.controls, strings: strings, into: &writer)
        var article = HTMLWriter()
        let cellIDs = notebook.cells.map { Self.id(of: $0) } + context.controls.map { "param-\($0.name)" }
        let references = notebook.crossReferences
        var markdown = MarkdownHTML(allowsRawHTML: front.allowsRawHTML, footnotes: notebook.footnotes, strings: strings,
                                    reservedIDs: Set(cellIDs), references: references)
        var cellMarkdown = CellMarkdown(allowsRawHTML: front.allowsRawHTML, strings: strings, references: references)
        markdown.sourceLines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false)
        markdown.blocks(notebook.blocks, into: &article) { cell, writer in
            let result = cell.index < results.count ? results[cell.index] : CellResult(status: .notRun)
            let controls = context.controls.filter { $0.cellIndex == cell.index }
            Self.cell(cell, result: result, formatter: formatter, into: &writer,
                      captionPrefix: cellMarkdown.captionPrefix(cell.options.label),
                      markdown: { cellMarkdown.write($0, of: cell, into: &$1) },
                      live: context.live?.isLive(cell.index) == true) { writer in
                if let live = context.live {
                    LiveControls.controls(controls, live: live, rerun: context.rerunCommand, language: front.language,
                                          into: &writer)
                    LiveControls.staticNote(cell.index, live: live, language: front.language, into: &writer)
                } else {
                    Self.controls(controls, rerun: context.rerunCommand, strings: strings, into: &writer)
                }
            }
        }
        markdown.footnotes(notebook.footnotes, into: &article)
        Self.tableOfContents(markdown.headings, strings: strings, into: &writer)
        writer.raw("<article>\n")
        writer.raw(article.html)
        writer.raw("</article>\n")
        if let live = context.live {
            LiveControls.script(live, notebook: notebook, formatter: formatter, language: front.language, into: &writer)
        }
        Self.navigation(context, strings: strings, into: &writer)
        PageShell.close(source: notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path,
                        strings: strings, into: &writer)
        return RenderedPage(html: writer.html, warnings: markdown.warnings + cellMarkdown.warnings)
    }

    /// A contents list of the level-2 and level-3 headings, when there are at least two.
    static func tableOfContents(_ headings: [(level: Int, id: String, text: String)], strings: PageStrings,
                                into writer: inout HTMLWriter) {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 2 else { return }
        let list = HeadingNumbers.listTag(for: entries.map { $0.text })
        writer.raw("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">\(strings.contents)</h2>\n\(list)\n")
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
                    writer.raw("\n\(list)\n")
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
    static func navigation(_ context: PageContext, strings: PageStrings, into writer: inout HTMLWriter) {
        guard context.index != nil || context.previous != nil || context.next != nil else { return }
        writer.open("nav", ["class": "lessons", "aria-label": strings.lessonNavigation])
        writer.newline()
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
    /// `live: true` (a cell of a live page whose outputs change with its controls) always writes the outputs block,
    /// as a live region the page's script refills.
    static func cell(_ cell: Cell, result: CellResult, formatter: DiagnosticFormatter, into writer: inout HTMLWriter,
                     captionPrefix: String? = nil, markdown: (String, inout HTMLWriter) -> Void = CellMarkdown.plain,
                     live: Bool = false, controls: (inout HTMLWriter) -> Void = { _ in }) {
        let options = cell.options
        let problems = result.diagnostics
        let showOutputs = options.output && !result.outputs.isEmpty
        var controlsHTML = HTMLWriter()
        controls(&controlsHTML)
        guard options.echo || showOutputs || !problems.isEmpty || !controlsHTML.html.isEmpty || live else { return }
        writer.open("figure", ["class": "cell", "id": id(of: cell)])
        writer.newline()
        if options.echo {
            var code = cell.displayCode
            while code.hasSuffix("\n") { code.removeLast() }
            writer.raw("<pre class=\"source\"><code class=\"language-swift\">")
            writer.raw(SwiftHighlighter.html(for: code))
            writer.raw("</code></pre>\n")
        }
        writer.raw(controlsHTML.html)
        let content = outputsContent(result, options: options, formatter: formatter, markdown: markdown)
        if live {
            writer.open("div", ["class": "outputs", "aria-live": "polite", "hidden": content == "\n" ? "" : nil])
            writer.raw(content)
            writer.raw("</div>\n")
        } else if showOutputs || !problems.isEmpty {
            writer.raw("<div class=\"outputs\">")
            writer.raw(content)
            writer.raw("</div>\n")
        }
        if options.caption != nil || captionPrefix != nil {
            writer.open("figcaption")
            if let captionPrefix {
                writer.element("span", ["class": "caption-number"], text: captionPrefix + (options.caption == nil ? "" : ":"))
                if options.caption != nil { writer.text(" ") }
            }
            writer.text(options.caption ?? "")
            writer.close("figcaption")
            writer.newline()
        }
        writer.raw("</figure>")
    }

    /// What goes inside a cell's outputs block: a newline, the outputs, the errors and warnings.
    static func outputsContent(_ result: CellResult, options: CellOptions, formatter: DiagnosticFormatter,
                               markdown: (String, inout HTMLWriter) -> Void = CellMarkdown.plain) -> String {
        var writer = HTMLWriter()
        writer.newline()
        if options.output && !result.outputs.isEmpty { outputs(result.outputs, into: &writer, markdown: markdown) }
        for problem in result.diagnostics {
            let role = problem.severity == .error ? "alert" : "status"
            writer.element("pre", ["class": problem.severity == .error ? "error" : "warning", "role": role],
                           text: formatter.format(problem))
            writer.newline()
        }
        return writer.html
    }

    /// Lists, under the page title, the parameters whose value differs from the default.
    static func changedParameters(_ controls: [ControlDisplay], strings: PageStrings, into writer: inout HTMLWriter) {
        let changed = controls.filter(\.isChanged)
        guard !changed.isEmpty else { return }
        writer.raw("<aside class=\"run-parameters\">\n")
        writer.element("p", text: strings.parameters)
        writer.raw("<ul>\n")
        for control in changed {
            writer.raw("<li>")
            writer.element("code", text: "\(control.name) = \(control.value)")
            writer.text(" (\(strings.defaultValue) \(control.defaultValue))")
            writer.raw("</li>\n")
        }
        writer.raw("</ul>\n</aside>\n")
    }

    /// Draws a cell's controls at their values, then the command line that re-runs the lesson.
    static func controls(_ controls: [ControlDisplay], rerun: String?, strings: PageStrings, into writer: inout HTMLWriter) {
        guard !controls.isEmpty else { return }
        writer.raw("<div class=\"controls\">\n")
        for control in controls {
            let id = "param-\(control.name)"
            writer.open("div", ["class": "control"])
            writer.open("label", ["for": id])
            writer.text(control.label)
            writer.close("label")
            switch control.widget {
            case .slider(let minimum, let maximum, let step, let value):
                writer.open("input", ["type": "range", "id": id, "min": minimum.description, "max": maximum.description,
                                      "step": step.map(\.description) ?? "any", "value": value.description,
                                      "disabled": "", "aria-valuetext": control.value])
            case .choice(let options, let selected):
                writer.open("select", ["id": id, "disabled": ""])
                for option in options {
                    writer.open("option", ["selected": option == selected ? "" : nil])
                    writer.text(option)
                    writer.close("option")
                }
                writer.close("select")
            case .toggle(let on):
                writer.open("input", ["type": "checkbox", "id": id, "checked": on ? "" : nil, "disabled": ""])
            }
            writer.element("output", ["for": id], text: control.value)
            writer.element("span", ["class": "domain"], text: "\(control.name): \(control.domain)")
            writer.close("div")
            writer.newline()
        }
        if let rerun {
            writer.open("p", ["class": "rerun"])
            writer.text(strings.rerun + " ")
            writer.element("code", text: rerun)
            writer.close("p")
            writer.newline()
        }
        writer.raw("</div>\n")
    }

    /// The HTML id of a cell: its label, else `cell-N` counting from 1.
    static func id(of cell: Cell) -> String {
        cell.options.label ?? "cell-\(cell.index + 1)"
    }

    /// Draws outputs, joining consecutive text into one block.
    static func outputs(_ outputs: [CellOutput], into writer: inout HTMLWriter,
                        markdown: (String, inout HTMLWriter) -> Void = CellMarkdown.plain) {
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
                writer.open("div", ["class": "figure", "role": "group", "aria-label": summary,
                                    "style": SVGLegibility.style(for: svg)])
                writer.raw(svg)
                writer.raw("</div>\n")
            case .table(let table):
                flush(&writer)
                OutputTableHTML.write(table, into: &writer)
            case .markdown(let text):
                flush(&writer)
                writer.raw("<div class=\"markdown-output\">\n")
                markdown(text, &writer)
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
