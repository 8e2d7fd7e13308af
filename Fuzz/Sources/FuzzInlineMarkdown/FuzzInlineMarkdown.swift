import Foundation
import FuzzSupport
import NotebookFormat
import Renderer

/// libFuzzer entry point: the input as the inline content of one paragraph (emphasis, links, images, code spans,
/// math, raw HTML, footnote references), parsed and rendered to HTML. Checks: no crash or hang (deep nesting is an
/// error, not a stack overflow), positions inside the text, no raw control character or unescaped `<script` in
/// the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let inline = FuzzCheck.text(data, size) else { return 0 }
    // One paragraph: a leading word keeps block syntax (headings, lists, fences) from taking over the first line.
    let source = "Testo " + inline + "\n"
    let lines = FuzzCheck.lineCount(source)
    do {
        let notebook = try NotebookParser.parse(source: source, path: "fuzz.md")
        FuzzCheck.diagnostics(notebook.warnings, lineCount: lines, requireError: false)
        let page = PageRenderer().render(notebook, results: [])
        FuzzCheck.diagnostics(page.warnings, lineCount: lines, requireError: false)
        FuzzCheck.pageIsClean(page.html)
    } catch {
        FuzzCheck.diagnostics(error.diagnostics, lineCount: lines, requireError: true)
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzInlineMarkdownMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
