@testable import CellLanguage
import XCTest

/// The checker's diagnostics about values (`TypeChecker+ValueDiagnostics`): each mistake is reported by the type
/// checker before generation (the generator meets it as already reported), with swiftc's message at swiftc's position
/// (swiftc 6's errors for these programs).
final class ValueDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsValueMistakesInAFunctionBody() {
        let program = """
        struct Point { var x: Int }
        enum Color { case red, green }
        func work(_ b4: Int?, _ s: String, _ u: UInt8) {
            let c = Point.origin
            let d = UInt8.maximum
            let e = -s
            let f = -u
            let g = b4 + 1
            let h = [1].first.bitWidth
            let i = s[1]
            let j = true ? 1 : "a"
            let k = nil
            let l: Int = nil
            let m = .red
            let n = 3!
            let o = Point(x: 1)?.x
            let (p, q) = (1, 2, 3)
            let r = [nil, nil]
            let t = []
            let v = (s, true) < (s, false)
        }
        """
        assertCheckerReports(program, [
            "4:19: type 'Point' has no member 'origin'",
            "5:19: type 'UInt8' has no member 'maximum'",
            "6:13: unary operator '-' cannot be applied to an operand of type 'String'",
            "7:13: unary operator '-' cannot be applied to an operand of type 'UInt8'",
            "8:13: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "9:17: value of optional type 'Int?' must be unwrapped to refer to member 'bitWidth' of wrapped base type 'Int'",
            "10:13: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.",
            "11:20: result values in '? :' expression have mismatching types 'Int' and 'String'",
            "12:13: 'nil' requires a contextual type",
            "13:18: 'nil' cannot initialize specified type 'Int'",
            "14:14: reference to member 'red' cannot be resolved without a contextual type",
            "15:14: cannot force unwrap value of non-optional type 'Int'",
            "16:24: cannot use optional chaining on non-optional value of type 'Point'",
            "17:18: '(Int, Int, Int)' is not convertible to '(Int, Int)', tuples have a different number of elements",
            "18:13: heterogeneous collection literal could only be inferred to '[Any?]'; add explicit type annotation if this is intentional",
            "19:13: empty collection literal requires an explicit type",
            "20:23: binary operator '<' cannot be applied to two '(String, Bool)' operands",
        ])
    }

    /// swiftc reports integer literals that overflow in a later pass, in its own order; these are its four errors.
    func testTheCheckerReportsIntegerLiteralsATypeCannotHold() {
        let program = """
        func limits() {
            let a = 99999999999999999999
            let b: UInt8 = 256
            let c: Int8 = -129
            let d = UInt16(70000)
            let e: UInt64 = 18446744073709551615
            let f: Double = 99999999999999999999
        }
        """
        assertCheckerReports(program, [
            "2:13: integer literal '99999999999999999999' overflows when stored into 'Int'",
            "3:20: integer literal '256' overflows when stored into 'UInt8'",
            "4:19: integer literal '-129' overflows when stored into 'Int8'",
            "5:20: integer literal '70000' overflows when stored into 'UInt16'",
        ])
    }

    /// A negated literal too large for an Int keeps its text (the lowering used to trap negating it); `-2^63` is
    /// Int.min, which swiftc accepts.
    func testNegatedLargeLiterals() throws {
        assertCheckerReports("let n = -99999999999999999999\nlet k: UInt8 = -99999999999999999999", [
            "1:9: integer literal '-99999999999999999999' overflows when stored into 'Int'",
            "2:16: negative integer '-99999999999999999999' overflows when stored into unsigned type 'UInt8'",
        ])
        let interpreter = Interpreter()
        let cell = interpreter.compile(CellSource(code: "let m = -9223372036854775808\nprint(m == Int.min)", firstLine: 1))
        XCTAssertEqual(cell.diagnostics.count, 0)
    }

    /// In a closure's body swiftc words `nil` for a non-optional and a tuple of the wrong size differently.
    func testTheCheckerWordsClosureBodiesMistakesAsSwiftcDoes() {
        assertCheckerReports("let nothing = { let n: Int = nil }", ["1:30: 'nil' requires a contextual type"])
        assertCheckerReports("let split = { let (p, q) = (1, 2, 3) }",
                             ["1:28: cannot convert value of type '(Int, Int, Int)' to specified type '(_, _)'"])
    }

    /// Conditions of tuple and class types, and subscripts of values whose types have none.
    func testTheCheckerReportsConditionsAndSubscriptsOfOtherTypes() {
        let program = """
        struct T2 { var x = 1 }
        class K2 {}
        func conditions(_ u: UInt8, _ k: K2, _ pair: (Int, Int), _ o: Int?) {
            if pair { print(1) }
            if k { print(2) }
            let a = T2()[0]
            let b = u[0]
            let d = k[0]
            let e = o[0]
        }
        """
        assertCheckerReports(program, [
            "4:8: cannot convert value of type '(Int, Int)' to expected condition type 'Bool'",
            "5:8: cannot convert value of type 'K2' to expected condition type 'Bool'",
            "6:17: value of type 'T2' has no subscripts",
            "7:14: value of type 'UInt8' has no subscripts",
            "8:14: value of type 'K2' has no subscripts",
            "9:14: value of type 'Int?' has no subscripts",
        ])
    }

    /// An integer or optional condition and a tuple's subscript, worded by both passes as swiftc 6 words them.
    func testBooleanConditionsAndTupleSubscriptsAreWordedAsSwiftcDoes() {
        let program = """
        func wording(_ u: UInt8, _ opt: Int?, _ pair: (Int, Int)) {
            if u { print(1) }
            if opt { print(2) }
            print(pair[0])
        }
        """
        let swiftc = [
            "2:8: type 'UInt8' cannot be used as a boolean; test for '!= 0' instead",
            "3:8: optional type 'Int?' cannot be used as a boolean; test for '!= nil' instead",
            "4:15: cannot access element using subscript for tuple type '(Int, Int)'; did you mean to use '.0'?",
        ]
        assertCheckerReports(program, swiftc)
        let generator = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).cell.diagnostics
        XCTAssertEqual(generator.map { "\($0.location.map { "\($0.line):\($0.column): " } ?? "")\($0.message)" }, swiftc,
                       "the generator words them the same when it reports every error itself")
    }

    /// `===` on values that are no class instances: swiftc 6.3.1's error at each operand.
    func testTheCheckerReportsIdentityOfValues() {
        let program = "struct S { var x = 0 }\nlet s1 = S()\nlet s2 = S()\nif s1 === s2 { print(1) }"
        assertCheckerReports(program, ["4:4: argument type 'S' expected to be an instance of a class or class-constrained type",
                                       "4:11: argument type 'S' expected to be an instance of a class or class-constrained type"])
    }

    /// Where the checker cannot be sure it stays silent: the generator reports.
    func testTheCheckerLeavesUncertainCasesToTheGenerator() {
        let program = """
        struct Config { static let limit = base * 2; static let base = 21 }
        print(Config.limit)
        extension String { static prefix func - (s: String) -> String { String(s.reversed()) } }
        print(-"ab")
        """
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, 0)
        XCTAssertEqual(diagnosticLines(program), [])
    }
}
