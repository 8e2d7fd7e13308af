import CellLanguage
import Diagnostics
import XCTest

/// `split(separator:)` gives `[Substring]`: a piece where a String is expected is refused at swiftc's positions
/// (swiftc 6 names the type `'String.SubSequence' (aka 'Substring')`; the interpreter says `'Substring'`).
final class SubstringSplitDiagnosticsTests: XCTestCase {
    func testPiecesWhereStringsAreExpectedAreRefusedWhereSwiftcRefusesThem() {
        XCTAssertEqual(diagnosticLines("""
            let s = "a b"
            let words = s.split(separator: " ")
            var counts: [String: Int] = [:]
            counts[words[0]] = 1
            func f(_ s: String) {}
            f(words[0])
            let t: String = words[1]
            let z: [String] = words
            let w = words[0]
            counts[w, default: 0] += 1
            """), [
            "4:13: cannot convert value of type 'Substring' to expected argument type 'String'",
            "6:8: cannot convert value of type 'Substring' to expected argument type 'String'",
            "7:22: cannot convert value of type 'Substring' to specified type 'String'",
            "8:19: cannot convert value of type '[Substring]' to specified type '[String]'",
            "10:8: cannot convert value of type 'Substring' to expected argument type 'String'",
        ])
    }

    /// `Int.init` on a Substring has no match for swiftc (its `radix` default cannot be used by a reference), and
    /// `String.init` on a Double or a String is ambiguous: refused, never run.
    func testInitializerReferencesSwiftcCannotChooseAreRefused() {
        XCTAssertEqual(diagnosticLines("""
            let n = "1 2".split(separator: " ").compactMap(Int.init)
            let d = [1.5].map(String.init)
            """).count, 2)
    }
}
