import Foundation
import FuzzSupport
import NotebookFormat

/// libFuzzer entry point: any bytes as a notebook file (UTF-8 check, front matter, cmark, cells, math, footnotes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let lines = FuzzCheck.lineCount(Array(bytes))
    do {
        let notebook = try NotebookParser.parse(data: bytes, path: "fuzz.md")
        FuzzCheck.diagnostics(notebook.warnings, lineCount: lines, requireError: false)
        for cell in notebook.cells {
            if cell.firstLine < 1 || cell.firstLine > lines + 1 { FuzzCheck.fail("cell at line \(cell.firstLine)") }
            if cell.optionLineCount < 0 { FuzzCheck.fail("negative option line count") }
            _ = cell.displayCode
        }
        _ = notebook.title
    } catch {
        FuzzCheck.diagnostics(error.diagnostics, lineCount: lines, requireError: true)
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzNotebookMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
