import FuzzSupport
import NotebookFormat

/// libFuzzer entry point: the input as the YAML front matter of a notebook with one prose line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = FuzzCheck.text(data, size) else { return 0 }
    let source = "---\n\(text)\n---\n\nTesto.\n"
    let lines = FuzzCheck.lineCount(source)
    do {
        let notebook = try NotebookParser.parse(source: source, path: "fuzz.md")
        FuzzCheck.diagnostics(notebook.warnings, lineCount: lines, requireError: false)
        _ = notebook.title
    } catch {
        FuzzCheck.diagnostics(error.diagnostics, lineCount: lines, requireError: true)
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzFrontMatterMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
