import Diagrams
import XCTest

/// Diagrams found by the fuzz target `FuzzMermaid` (minimised), kept so the bugs they exposed stay fixed.
final class MermaidFuzzRegressionTests: XCTestCase {
    /// Vertical tabs, form feeds and Unicode line separators counted as line breaks, so an error after them was
    /// reported past the diagram's last line (line 47 of a 34-line block).
    func testOnlyRealLineEndingsAdvanceErrorLines() {
        for separator in ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            let source = "flowchart TD\n  %% note\(String(repeating: separator, count: 5))\n  subgraph S\n  end\n  subgraph S\n  end\n"
            XCTAssertThrowsError(try Mermaid.svg(from: source)) { error in
                guard let error = error as? MermaidError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.line, 5, "U+\(String(separator.unicodeScalars.first!.value, radix: 16)): \(error)")
                XCTAssertTrue(error.message.contains("already exists"), "\(error)")
            }
        }
    }
}
