import Diagrams
import FuzzSupport

/// libFuzzer entry point: the input as the source of a mermaid block, drawn as SVG.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = FuzzCheck.text(data, size) else { return 0 }
    let lines = FuzzCheck.lineCount(source)
    do {
        let svg = try Mermaid.svg(from: source)
        if !svg.hasPrefix("<svg") || !svg.hasSuffix("</svg>\n") {
            FuzzCheck.fail("not an <svg> element: \(svg.prefix(80)) … \(svg.suffix(80))")
        }
        if svg.contains("<script") { FuzzCheck.fail("unescaped markup in the output") }
    } catch {
        if error.message.isEmpty { FuzzCheck.fail("empty error message") }
        if error.line < 1 || error.column < 1 || error.line > lines + 1 {
            FuzzCheck.fail("error '\(error.message)' at \(error.line):\(error.column)")
        }
    }
    return 0
}

/// Starts libFuzzer with `fuzz` as the target.
@main
enum FuzzMermaidMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data ?? FuzzDriver.empty, size) }
    }
}
