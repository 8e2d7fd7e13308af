import XCTest
@testable import CellLanguage

/// Arithmetic compound assignments on types without arithmetic operators, decided by the checker
/// (`TypeChecker.characterCompoundMistake`) as swiftc decides them.
final class CompoundAssignmentDiagnosticsTests: XCTestCase {
    func testArithmeticCompoundAssignmentsOnCharactersAndBoolsAreRefusedAtTheOperator() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). A string literal added to a Character is typed a
        // String (swiftc names both types); a Character or Bool value names the one type twice.
        assertCheckerReports("""
        var c: Character = "a"
        var b = true
        c += "b"
        b += false
        c -= c
        b *= true
        var d: Character = "x"
        d %= d
        let s: Character = "q"
        c += s
        """, [
            "3:3: binary operator '+=' cannot be applied to operands of type 'Character' and 'String'",
            "4:3: binary operator '+=' cannot be applied to two 'Bool' operands",
            "5:3: binary operator '-=' cannot be applied to two 'Character' operands",
            "6:3: binary operator '*=' cannot be applied to two 'Bool' operands",
            "8:3: binary operator '%=' cannot be applied to two 'Character' operands",
            "10:3: binary operator '+=' cannot be applied to two 'Character' operands",
        ])
    }

    func testADeclaredOperatorOnCharactersMakesTheCompoundAssignmentValid() {
        // swiftc runs it and prints "b": the user's `+=` on Character is chosen, so the rule above must not fire.
        let interpreter = Interpreter()
        let cell = interpreter.compile(CellSource(code: """
        extension Character {
            static func += (lhs: inout Character, rhs: Character) { lhs = rhs }
        }
        var c: Character = "a"
        c += "b"
        print(c)
        """, firstLine: 1))
        XCTAssertEqual(cell.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(interpreter.run(cell, timeoutSeconds: 20).text, "b\n")
    }
}
