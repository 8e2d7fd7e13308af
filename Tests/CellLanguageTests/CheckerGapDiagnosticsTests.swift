import XCTest
@testable import CellLanguage

/// Mistakes the checker once let through to the generator (an internal error, or a mistake accepted), now decided by
/// the checker as swiftc decides them: a stored property's array literal default typed by the checker, an argument
/// no overload takes, `UnicodeScalar`'s missing members, `Character()`, ranges of texts as patterns, a subscript
/// label mistake on a constant, and an inherited static method.
final class CheckerGapDiagnosticsTests: XCTestCase {
    func testAStoredPropertysArrayLiteralDefaultHasTheCheckersType() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). Mixed rows are `[[Any]]`, whose elements are no
        // Ints; an array of declared values is `[P]`, whose elements are not mutable through a `let`.
        assertCheckerReports("""
        struct Grid {
            var rows = [["s", 0], [0, 0]]
            subscript(r: Int, c: Int) -> Int {
                get { rows[r][c] }
                set { rows[r][c] = newValue }
            }
            subscript(r: Int) -> [Int] {
                get { rows[r] }
                set { rows[r] = newValue }
            }
        }
        struct P { var x: Int }
        struct S { var corners = [P(x: 0), P(x: 1)] }
        let s = S()
        s.corners[1].x += 1
        """, [
            "4:22: cannot convert return expression of type 'Any' to return type 'Int'",
            "8:19: cannot convert return expression of type '[Any]' to return type '[Int]'",
            "15:16: left side of mutating operator isn't mutable: 's' is a 'let' constant",
        ])
    }

    func testAnArgumentNoOverloadTakesIsReportedAsItsOwnMistake() {
        // Expected lines: swiftc 6.3.1. A builder's `buildExpression` overloads (in a `do` block too) and a function's.
        assertCheckerReports("""
        @resultBuilder
        struct ListBuilder {
            static func buildBlock(_ parts: [String]...) -> [String] { parts.flatMap { $0 } }
            static func buildExpression(_ line: String) -> [String] { [line] }
            static func buildExpression(_ number: Int) -> [String] { ["#\\(number)"] }
            static func buildFinalResult(_ lines: [String]) -> String { lines.joined(separator: " | ") }
        }
        @ListBuilder var banner: String {
            "top"
            let count = 2
            do {
                "inside"
                count * "s"
            }
        }
        func f(_ s: String) -> Int { 1 }
        func f(_ n: Int) -> Int { 2 }
        let n = 3
        print(f(n * "s"))
        """, [
            "13:17: cannot convert value of type 'String' to expected argument type 'Int'",
            "19:13: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    func testUnicodeScalarsMissingMembersAndCharacterWithoutArgument() {
        // Expected lines: swiftc 6.3.1. swiftc names the alias with what it stands for.
        assertCheckerReports("""
        let made = UnicodeScalar.make
        let other = UnicodeScalar.initx
        let h = Character()
        """, [
            "1:26: type 'UnicodeScalar' (aka 'Unicode.Scalar') has no member 'make'",
            "2:27: type 'UnicodeScalar' (aka 'Unicode.Scalar') has no member 'initx'",
            "3:19: missing argument for parameter #1 in call",
        ])
    }

    func testRangesOfTextsAsPatternsOfANumberAreRefusedAtTheOperator() {
        // Expected lines: swiftc 6.3.1. A value's type is named before a literal's; of two literals the String's.
        assertCheckerReports("""
        let x = 3, s = "a", d = 2.5, ch: Character = "c"
        switch x {
        case "a"...4.5: print("a")
        case 1.5..<"z": print("b")
        case "a"..."z": print("c")
        case s..<s: print("d")
        case ch..."z": print("e")
        case "a"..<d: print("f")
        case ch...s: print("g")
        default: print("h")
        }
        """, [
            "3:9: conflicting arguments to generic parameter 'Self' ('String' vs. 'Double')",
            "4:9: conflicting arguments to generic parameter 'Self' ('String' vs. 'Double')",
            "5:9: expression pattern of type 'ClosedRange<String>' cannot match values of type 'Int'",
            "6:7: expression pattern of type 'Range<String>' cannot match values of type 'Int'",
            "7:8: expression pattern of type 'ClosedRange<Character>' cannot match values of type 'Int'",
            "8:9: conflicting arguments to generic parameter 'Self' ('Double' vs. 'String')",
            "9:8: conflicting arguments to generic parameter 'Self' ('Character' vs. 'String')",
        ])
    }

    func testASubscriptLabelMistakeOnAConstantIsTheOnlyError() {
        // Expected lines: swiftc 6.3.1. The label is refused first, alone; with the right label, the constant.
        assertCheckerReports("""
        func f(_ d: [Int: Int]) {
            d[1, defaultx: 0] += 1
        }
        func g(_ d: [Int: Int]) {
            d[1, default: 0] += 1
        }
        """, [
            "2:6: incorrect argument label in subscript (have '_:defaultx:', expected '_:default:')",
            "5:22: left side of mutating operator isn't mutable: 'd' is a 'let' constant",
        ])
    }

    func testAnInheritedStaticMethodIsTypedThroughTheSubclass() {
        // Expected lines: swiftc 6.3.1. `Dog.make()` is `Animal.make()`'s result; a misspelled one is no member.
        assertCheckerReports("""
        class Animal {
            static func make() -> Animal { Animal() }
        }
        class Dog: Animal {}
        let a = Dog.makex()
        let b: Int = Dog.make()
        """, [
            "5:13: type 'Dog' has no member 'makex'",
            "6:18: cannot convert value of type 'Animal' to specified type 'Int'",
        ])
    }
}
