import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MathML
import TestSupport
import XCTest

/// Safety properties: escaping, determinism, bounded nesting, linear time, and no crash on random input.
final class RobustnessTests: XCTestCase {
    /// Whether `markup` parses as well-formed XML (MathML is XML).
    private func isWellFormed(_ markup: String) -> Bool {
        let parser = XMLParser(data: Data(markup.utf8))
        return parser.parse()
    }

    func testTextAndOperatorsAreEscaped() throws {
        let markup = try MathMLConverter.convert(#"a < b > c \text{<script>alert("x") & y</script>}"#, display: false)
        XCTAssertTrue(markup.contains("<mo>&lt;</mo>"))
        XCTAssertTrue(markup.contains("<mo>&gt;</mo>"))
        XCTAssertTrue(markup.contains("<mtext>&lt;script&gt;alert(&quot;x&quot;)\u{A0}&amp;\u{A0}y&lt;/script&gt;</mtext>"))
        XCTAssertFalse(markup.contains("<script"))
        XCTAssertTrue(isWellFormed(markup))
    }

    func testLessThanWithCombiningMarkIsStillEscaped() throws {
        // "<" followed by U+0338 is a single Character; escaping must work on scalars.
        let markup = try MathMLConverter.convert("a <\u{338} b \\not< c", display: false)
        // Compare scalars: String comparison would treat "<" + U+0338 and "≮" (from \not<) as equal.
        let scalars = Array(markup.unicodeScalars)
        XCTAssertFalse(zip(scalars, scalars.dropFirst()).contains { $0 == "<" && $1 == "\u{338}" })
        XCTAssertTrue(String(markup.unicodeScalars).contains("&lt;\u{338}"))
        XCTAssertTrue(isWellFormed(markup))
    }

    func testTextKeepsUTF8AndSpaces() throws {
        let markup = try MathMLConverter.convert(#"\text{perché è così} x"#, display: false)
        XCTAssertTrue(markup.contains("<mtext>perché\u{A0}è\u{A0}così</mtext>"))
    }

    func testOutputIsDeterministic() throws {
        let latex = #"\begin{aligned} \operatorname{softmax}(z)_i &= \frac{e^{z_i}}{\sum_j e^{z_j}} \\ &\le \mathbb{R}^{n} \end{aligned}"#
        let first = try MathMLConverter.convert(latex, display: true)
        for _ in 0..<20 {
            XCTAssertEqual(try MathMLConverter.convert(latex, display: true), first)
        }
    }

    func testEmptyFormula() throws {
        XCTAssertEqual(try MathMLConverter.convert("", display: false),
                       #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"></math>"#)
        XCTAssertEqual(try MathMLConverter.convert("  \n ", display: true),
                       #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"></math>"#)
    }

    func testNestingUpToTheLimitWorksAndBeyondIsAnError() throws {
        let ok = String(repeating: "{", count: 199) + "x" + String(repeating: "}", count: 199)
        XCTAssertTrue(isWellFormed(try MathMLConverter.convert(ok, display: true)))
        let deepConstructs = [
            String(repeating: "{", count: 100_000),
            String(repeating: "\\frac{", count: 5_000) + "x",
            String(repeating: "\\sqrt", count: 5_000) + "x",
            String(repeating: "\\left(", count: 5_000) + "x",
            String(repeating: "x^{", count: 5_000),
            String(repeating: "\\hat", count: 5_000) + "x",
            String(repeating: "\\begin{pmatrix}", count: 5_000),
            String(repeating: "\\mathbf{", count: 5_000),
        ]
        for latex in deepConstructs {
            XCTAssertThrowsError(try MathMLConverter.convert(latex, display: true)) { error in
                XCTAssertEqual((error as? MathError)?.message, "formula nested too deeply (more than 200 levels)")
            }
        }
    }

    func testManyStyleSwitchesStayFlat() throws {
        let latex = String(repeating: #"\displaystyle x \textstyle "#, count: 5_000)
        XCTAssertTrue(isWellFormed(try MathMLConverter.convert(latex, display: true)))
    }

    func testDeepestNestingFitsInASmallThreadStack() {
        // Renderers may convert on secondary threads. The deepest formulas accepted, for every nesting
        // construct, must fit in 2 MiB in a debug build (release builds need under 512 KiB).
        func nest(_ open: String, _ close: String, _ count: Int) -> String {
            String(repeating: open, count: count) + "x" + String(repeating: close, count: count)
        }
        let formulas = [
            nest("{", "}", 199), nest(#"\frac{"#, "}{y}", 99), nest(#"\left("#, #"\right)"#, 199),
            nest("x^{", "}", 99), nest(#"\sqrt{"#, "}", 99), nest(#"\begin{pmatrix}"#, #"\end{pmatrix}"#, 199),
            nest(#"\mathbf{"#, "}", 99), String(repeating: #"\hat "#, count: 199) + "x",
        ]
        let finished = expectation(description: "converted on a small stack")
        let results = ResultBox()
        let thread = Thread {
            for latex in formulas {
                results.append((try? MathMLConverter.convert(latex, display: true)) != nil)
            }
            finished.fulfill()
        }
        thread.stackSize = 2 << 20
        thread.start()
        wait(for: [finished], timeout: 60)
        XCTAssertEqual(results.values, Array(repeating: true, count: formulas.count))
    }

    func testLongInputIsFast() throws {
        let piece = #"\sum_{i=1}^{n} \frac{e^{z_i}}{\sqrt{d_k}} + \alpha x^2 - \text{ok} \cdot \left( a \right) "#
        let latex = String(repeating: piece, count: 10_000 / piece.count + 1)
        XCTAssertGreaterThan(latex.count, 10_000)
        // CPU seconds (a loaded machine does not matter): a guard against quadratic scans, not a speed target.
        let (markup, seconds) = try ProcessCPUTime.measure { try MathMLConverter.convert(latex, display: true) }
        XCTAssertLessThan(seconds, 1.0)
        XCTAssertTrue(isWellFormed(markup))
        // Long flat runs that could trigger quadratic scans.
        for run in [String(repeating: "+", count: 20_000), String(repeating: #"\,"#, count: 10_000) + "+",
                    String(repeating: "1", count: 20_000), String(repeating: "x'", count: 10_000)] {
            XCTAssertLessThan(try ProcessCPUTime.measure { try MathMLConverter.convert(run, display: false) }.seconds, 1.0)
        }
    }

    func testRandomInputNeverCrashesAndSuccessIsWellFormed() {
        // A small deterministic fuzzer over LaTeX fragments and awkward characters.
        let fragments = [
            "x", "1", ".", "{", "}", "^", "_", "&", "\\\\", "'", "(", ")", "[", "]", "|", "<", ">", "-", "+", "=", " ",
            "\\frac", "\\sqrt", "\\left", "\\right", "\\middle", "\\big", "\\begin{pmatrix}", "\\end{pmatrix}",
            "\\begin{aligned}", "\\end{aligned}", "\\text{", "\\operatorname", "*", "\\sum", "\\lim", "\\limits",
            "\\hat", "\\mathbf", "\\mathbb", "\\not", "\\displaystyle", "\\alpha", "\\{", "\\}", "\\%", "%", "#",
            "$", "\\", "\u{338}", "é", "😀", "\u{0}", "\n", "\\frak", "\\,", "~", "\\overset", "\\underbrace",
            "\\begin{array}{lc}", "\\end{array}", "\\phantom", "\\operatorname*{", "\\vec",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func nextRandom() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var successes = 0
        for _ in 0..<3_000 {
            var latex = ""
            for _ in 0..<(nextRandom() % 30) { latex += fragments[nextRandom() % fragments.count] }
            for display in [false, true] {
                if let markup = try? MathMLConverter.convert(latex, display: display) {
                    successes += 1
                    XCTAssertTrue(isWellFormed(markup), latex)
                }
            }
        }
        XCTAssertGreaterThan(successes, 0)
    }
}

/// Collects results from another thread.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []

    func append(_ value: Bool) {
        lock.lock()
        stored.append(value)
        lock.unlock()
    }

    var values: [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
