import XCTest
@testable import CellLanguage

/// Arithmetic compound assignments on types without arithmetic operators, decided by the checker
/// (`TypeChecker.characterCompoundMistake`, `compoundOperatorMistake`) as swiftc decides them.
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

    func testCompoundAssignmentsWithAnOptionalOperandAreRefusedAsSwiftcRefusesThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). An optional whose wrapped type has the operator for
        // the other operand is to be unwrapped, at each optional operand (the target, the value); an optional target
        // whose wrapped type has no such operator for the value names both types at the operator (a shift too).
        assertCheckerReports("""
        var o: Int? = 3
        o += 1
        o += o
        o -= o
        var p: Double? = 3
        p *= 1.5
        var s: String? = ""
        s += "x"
        var xs: [Int]? = []
        xs += [1]
        var i = 1
        i += o
        o <<= 2
        o += 1.5
        o += "a"
        var b: Bool? = true
        b += true
        var c: Character? = "a"
        c += "b"
        struct T { var o: Int? = 1 }
        var t = T()
        t.o %= 2
        var list: [Int?] = [1]
        list[0] &= list[0]
        """, [
            "2:1: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "3:1: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "3:6: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "4:1: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "4:6: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "6:1: value of optional type 'Double?' must be unwrapped to a value of type 'Double'",
            "8:1: value of optional type 'String?' must be unwrapped to a value of type 'String'",
            "10:1: value of optional type '[Int]?' must be unwrapped to a value of type '[Int]'",
            "12:6: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "13:3: binary operator '<<=' cannot be applied to operands of type 'Int?' and 'Int'",
            "14:3: binary operator '+=' cannot be applied to operands of type 'Int?' and 'Double'",
            "15:3: binary operator '+=' cannot be applied to operands of type 'Int?' and 'String'",
            "17:3: binary operator '+=' cannot be applied to operands of type 'Bool?' and 'Bool'",
            "19:3: binary operator '+=' cannot be applied to operands of type 'Character?' and 'String'",
            "22:3: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "24:5: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "24:16: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
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

    func testCompoundAssignmentToAnOverloadedMethodReadsItsFirstOverload() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`): the first overload the type declares
        // itself (not `mutating`), converted to the value's type, at the name.
        assertCheckerReports("""
        struct S { func o() {}; func o(_ x: Int) {} }
        struct M { mutating func o() {}; func o(_ x: Int) -> Int { x } }
        class B { func o() {} }
        class C: B { func o(_ x: Int) {} }
        class D: B { func o(_ x: String) {} }
        var s = S(), m = M(), c = C()
        s.o += 1
        m.o += 2.5
        c.o += 1
        D().o += 1
        """, [
            "7:3: cannot convert value of type '() -> ()' to expected argument type 'Int'",
            "8:3: cannot convert value of type '(Int) -> Int' to expected argument type 'Double'",
            "9:3: cannot convert value of type '(Int) -> ()' to expected argument type 'Int'",
            "10:5: cannot convert value of type '(String) -> ()' to expected argument type 'Int'",
        ])
    }
}
