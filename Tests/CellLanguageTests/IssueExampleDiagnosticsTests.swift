@testable import CellLanguage
import XCTest

/// The examples of issue 12's "Why" that no other test held (found by session 29's audit, `/work/notes/s29-audit.md`):
/// each compiles to swiftc's errors (swiftc 6.3.1, `swiftc -swift-version 5`, `-emit-sil` for the flow errors).
final class IssueExampleDiagnosticsTests: XCTestCase {
    /// `Character.isLetterOrNumber` once ran `isPunctuation`; swiftc has no such member.
    func testCharacterHasNoIsLetterOrNumber() {
        assertCheckerReports("""
        let c: Character = "a"
        print(c.isLetterOrNumber)
        """, ["2:9: value of type 'Character' has no member 'isLetterOrNumber'"])
    }

    /// Comments between statements, before a `switch`'s cases and before a closing brace: every mistake is at its
    /// token, none on a comment line.
    func testMistakesAmongCommentsAreAtTheirTokens() {
        assertEachAsSwiftcReportsIt([
            (name: "type errors", code: """
            enum Dir { case a, b }
            let d = Dir.a
            // before switch
            switch d {
            // inside
            case .a: print(1)
            }
            func g() {
                // before for
                for i in 5 { print(i) }
                /* block */ let z: String = 1
            }
            """, swiftc: [
                "4:1: switch must be exhaustive",
                "10:14: for-in loop requires 'Int' to conform to 'Sequence'",
                "11:33: cannot convert value of type 'Int' to specified type 'String'",
            ]),
            (name: "flow errors", code: """
            func f() -> Int {
                // comment
                let x = 1
                // comment before brace
                print(x)
                // last
            }
            func h(_ c: Bool) -> Int {
                let v: Int
                // comment
                if c { v = 1 }
                // use
                return v
            }
            """, swiftc: [
                "7:1: missing return in global function expected to return 'Int'",
                "13:12: constant 'v' used before being initialized",
            ]),
        ])
    }
}
