import Diagnostics
import NotebookFormat

/// Draws the course index: an optional introduction (the folder's `index.md`) and the lessons in order.
public struct IndexRenderer: Sendable {
    /// Creates an index renderer.
    public init() {}

    /// The index page. `introduction`, when given, supplies the title, language and the prose above the list.
    public func render(lessons: [IndexEntry], introduction: Notebook?, language: String?) -> RenderedPage {
        let language = introduction?.frontMatter.language ?? language
        let strings = PageStrings(language: language)
        let title = introduction?.title ?? strings.courseIndex
        var writer = HTMLWriter()
        PageShell.open(title: title, description: introduction?.frontMatter.description,
                       author: introduction?.frontMatter.author, language: language, into: &writer)
        writer.raw("<article>\n")
        var warnings: [Diagnostic] = []
        if let introduction {
            var markdown = MarkdownHTML(allowsRawHTML: introduction.frontMatter.allowsRawHTML,
                                        footnotes: introduction.footnotes, strings: strings)
            markdown.blocks(introduction.blocks, into: &writer) { cell, writer in
                PageRenderer.cell(cell, result: CellResult(status: .notRun), formatter: .init(path: "", source: ""), into: &writer)
            }
            markdown.footnotes(introduction.footnotes, into: &writer)
            warnings = markdown.warnings
        }
        writer.raw("<section class=\"course\">\n")
        writer.element("h2", ["id": "lessons"], text: strings.lessons)
        writer.raw("\n<ol class=\"lessons\">\n")
        for lesson in lessons {
            writer.raw("<li>")
            writer.open("a", ["href": lesson.href])
            writer.text(lesson.title)
            writer.close("a")
            if let description = lesson.description {
                writer.element("p", text: description)
            }
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n</section>\n</article>\n")
        PageShell.close(source: nil, strings: strings, into: &writer)
        return RenderedPage(html: writer.html, warnings: warnings)
    }
}
