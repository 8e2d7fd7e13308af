import Foundation
import FuzzSupport
import NotebookFormat
import Renderer

/// libFuzzer entry point: footnotes. The first line of the input is prose with references (`[^label]`), the rest
/// is definitions (`[^label]: text`, continued by indented lines); both are parsed and rendered. Checks: no crash or
/// hang (no quadratic scan of `[^`), diagnostics inside the text, every footnote's label non-empty and without
/// whitespace, every referenced defined footnote numbered on the page exactly once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let input = FuzzCheck.text(data, size) else { return 0 }
    let parts = input.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let prose = parts.first.map(String.init) ?? ""
    let definitions = parts.count > 1 ? String(parts[1]) : ""
    let source = "Testo " + prose + "\n\n" + definitions + "\n"
    let lines = FuzzCheck.lineCount(source)
    do {
        let notebook = try NotebookParser.parse(source: source, path: "fuzz.md")
        FuzzCheck.diagnostics(notebook.warnings, lineCount: lines, requireError: false)
        var labels: Set<String> = []
        for footnote in notebook.footnotes {
            if footnote.label.isEmpty || footnote.label.contains(where: \.isWhitespace) {
                FuzzCheck.fail("footnote label '\(footnote.label)'")
            }
            if !labels.insert(footnote.label).inserted { FuzzCheck.fail("footnote '\(footnote.label)' kept twice") }
        }
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
enum FuzzFootnotesMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
