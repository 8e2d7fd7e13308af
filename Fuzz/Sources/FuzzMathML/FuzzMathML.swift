import FuzzSupport
import MathML

/// libFuzzer entry point: the input as a LaTeX formula, converted inline and as a display formula.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let latex = FuzzCheck.text(data, size) else { return 0 }
    let lines = FuzzCheck.lineCount(latex)
    for display in [false, true] {
        do {
            let mathML = try MathMLConverter.convert(latex, display: display)
            if !mathML.hasPrefix("<math") || !mathML.hasSuffix("</math>") { FuzzCheck.fail("not a <math> element") }
            if mathML.contains("<script") { FuzzCheck.fail("unescaped markup in the output") }
        } catch {
            if error.message.isEmpty { FuzzCheck.fail("empty error message") }
            if error.line < 1 || error.column < 1 || error.line > lines + 1 || error.offset < 0
                || error.offset > latex.utf8.count {
                FuzzCheck.fail("error '\(error.message)' at \(error.line):\(error.column) offset \(error.offset)")
            }
        }
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzMathMLMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
