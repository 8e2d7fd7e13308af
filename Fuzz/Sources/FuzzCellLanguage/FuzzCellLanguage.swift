import CellLanguage
import FuzzSupport

/// libFuzzer entry point: the input as two cells (split at the first NUL byte, if any) compiled and run by a
/// fresh interpreter with tight limits, so state shared across cells is exercised too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = FuzzCheck.text(data, size) else { return 0 }
    let parts = text.split(separator: "\0", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let limits = ExecutionLimits(timeoutSeconds: 0.2, maxCallDepth: 200, maxOutputBytes: 4_096, maxOutputLines: 100)
    let interpreter = Interpreter(limits: limits)
    var firstLine = 3
    for code in parts {
        let cell = CellSource(code: code, firstLine: firstLine, columnOffset: 2)
        let lines = FuzzCheck.lineCount(code) + firstLine - 1
        let compiled = interpreter.compile(cell)
        FuzzCheck.diagnostics(compiled.diagnostics, lineCount: lines, requireError: false)
        let execution = interpreter.run(compiled)
        FuzzCheck.diagnostics(execution.diagnostics, lineCount: lines, requireError: false)
        if execution.text.utf8.count > limits.maxOutputBytes + 1_024 {
            FuzzCheck.fail("output of \(execution.text.utf8.count) bytes passed the limit")
        }
        firstLine = lines + 3
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzCellLanguageMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
