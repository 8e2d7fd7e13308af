import FuzzSupport
import NotebookFormat

/// libFuzzer entry point: the input as the `//|` option lines of a Swift cell (each input line gets the prefix).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = FuzzCheck.text(data, size) else { return 0 }
    let options = text.split(separator: "\n", omittingEmptySubsequences: false).map { "//| \($0)" }
    let source = "Testo.\n\n```swift\n\(options.joined(separator: "\n"))\nprint(1)\n```\n"
    let lines = FuzzCheck.lineCount(source)
    do {
        let notebook = try NotebookParser.parse(source: source, path: "fuzz.md")
        FuzzCheck.diagnostics(notebook.warnings, lineCount: lines, requireError: false)
        for cell in notebook.cells {
            if cell.optionLineCount < 0 || cell.optionLineCount > options.count + 1 {
                FuzzCheck.fail("option line count \(cell.optionLineCount) for \(options.count) lines")
            }
            _ = cell.displayCode
        }
    } catch {
        FuzzCheck.diagnostics(error.diagnostics, lineCount: lines, requireError: true)
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzCellOptionsMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
