import CellLanguage
import XCTest

/// A declared type's subscripts, overloaded by index type, none of which takes the arguments: swiftc's message
/// (from `swiftc -typecheck`) at the subscript's bracket, not a global function's.
final class SubscriptOverloadTests: XCTestCase {
    func testNoSubscriptTakingTheArgumentsIsReportedAsSwiftcDoes() {
        XCTAssertEqual(diagnosticLines("""
        struct G {
            subscript(i: Int) -> Int { i }
            subscript(s: String) -> Int { s.count }
        }
        let g = G()
        print(g[2.5], g[1], g["ab"])
        """), ["6:8: no exact matches in call to subscript"])
    }
}
