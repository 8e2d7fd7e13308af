@testable import CellLanguage
import XCTest

/// Operators on native values that no binding registers, reported by the type checker (session 25: the generator's
/// `nativeOperandMismatch` is gone). swiftc has no native types: the expected lines are swiftc 6's for the same cell
/// after `final class Vec { init(_ xs: [Double]); static func + (a: Vec, b: Vec) -> Vec; static func * (a: Double,
/// b: Vec) -> Vec; static func -= (a: Vec, b: Double); static prefix func - (a: Vec) -> Vec }` and `final class Fig
/// { init() }`, the operators the interpreter below registers.
final class NativeOperatorDiagnosticsTests: XCTestCase {
    func testOperatorsNoBindingRegistersAreTheCheckersMistakes() {
        assertCheckerReportsWithNatives("""
            let v = Vec([1.0])
            let f = Fig()
            let a = v % v
            let b = v + 2
            let c = f + f
            let d = -f
            let e = v...v
            let g = v && v
            var w = Vec([2.0])
            w -= "x"
            var h = Fig()
            h += 1
            let o: Vec? = v
            let i = o + v
            let j = !v
            let k = f == f
            """, [
            "3:11: binary operator '%' cannot be applied to two 'Vec' operands",
            "4:11: binary operator '+' cannot be applied to operands of type 'Vec' and 'Int'",
            "5:11: binary operator '+' cannot be applied to two 'Fig' operands",
            "6:9: unary operator '-' cannot be applied to an operand of type 'Fig'",
            "7:10: referencing operator function '...' on 'Comparable' requires that 'Vec' conform to 'Comparable'",
            "8:9: cannot convert value of type 'Vec' to expected argument type 'Bool'",
            "8:14: cannot convert value of type 'Vec' to expected argument type 'Bool'",
            "10:3: binary operator '-=' cannot be applied to operands of type 'Vec' and 'String'",
            "12:3: binary operator '+=' cannot be applied to operands of type 'Fig' and 'Int'",
            "14:9: value of optional type 'Vec?' must be unwrapped to a value of type 'Vec'",
            "15:10: cannot convert value of type 'Vec' to expected argument type 'Bool'",
            "16:11: binary operator '==' cannot be applied to two 'Fig' operands",
        ])
    }

    /// A compound assignment through a stored property holding a native value (`s.w -= "x"`), which the generator
    /// combines by the registered operator as for a variable.
    func testACompoundAssignmentThroughAPropertyIsChecked() {
        assertCheckerReportsWithNatives("""
            struct S { var w = Vec([1.0]) }
            var s = S()
            s.w -= 0.5
            s.w -= "x"
            """, ["4:5: binary operator '-=' cannot be applied to operands of type 'Vec' and 'String'"])
    }

    /// The registered operators still run, an optional native compared with nil is valid, and a type annotation
    /// naming a native type is the checker's (`let o: Vec? = v` typed, so `o + v` is reported above).
    func testRegisteredOperatorsAndOptionalComparisonsRun() {
        let interpreter = Self.interpreter()
        let result = interpreter.execute(CellSource(code: """
            var w = Vec([1.0, 2.0])
            w -= 0.5
            let o: Vec? = w
            print(-(w + Vec([1.0, 1.0])), 2 * w, o == nil)
            """, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(result.text, "Vec([-1.5, -2.5]) Vec([1.0, 3.0]) false\n")
    }

    /// An interpreter with `Vec` (its operators as in the class's documentation) and `Fig` (no operator).
    static func interpreter() -> Interpreter {
        let interpreter = Interpreter()
        let vec = CType.native("Vec")
        let vector = NativeType(name: "Vec")
        vector.addInitializer(parameters: [NativeParameter(nil, .array(.double))]) { call in .native(NativeVector(try call.doubles(0))) }
        interpreter.register(vector)
        let figure = NativeType(name: "Fig")
        figure.addInitializer(parameters: []) { _ in .native(NativeVector([])) }
        interpreter.register(figure)
        func values(_ value: Value) throws -> [Double] { try value.asObject(NativeVector.self).values }
        interpreter.register(NativeOperator("+", vec, vec, returns: vec) { a, b in
            .native(NativeVector(zip(try values(a), try values(b)).map(+)))
        })
        interpreter.register(NativeOperator("*", .double, vec, returns: vec) { k, v in
            let factor = try k.asDouble()
            return .native(NativeVector(try values(v).map { $0 * factor }))
        })
        interpreter.register(NativeOperator("-=", vec, .double, returns: .void) { v, k in
            let vector = try v.asObject(NativeVector.self), amount = try k.asDouble()
            vector.values = vector.values.map { $0 - amount }
            return .void
        })
        interpreter.register(NativeOperator(prefix: "-", vec, returns: vec) { v in .native(NativeVector(try values(v).map { -$0 })) })
        return interpreter
    }

    /// Asserts that `program` compiles, with the natives above, to swiftc's errors, each the checker's, without an
    /// internal error.
    private func assertCheckerReportsWithNatives(_ program: String, _ swiftc: [String], file: StaticString = #filePath,
                                                 line: UInt = #line) {
        let cell = CellSource(code: program, firstLine: 1)
        XCTAssertEqual(Self.interpreter().compile(cell).diagnostics.map(diagnosticLine), swiftc, file: file, line: line)
        let compared = Self.interpreter().compileComparingDiagnostics(cell)
        XCTAssertEqual(compared.agreement.errorsByPass[.checker], swiftc.count, "the checker reports each", file: file, line: line)
        XCTAssertEqual(compared.agreement.internalErrors, [], file: file, line: line)
    }
}

/// A native value holding numbers, printed as `Vec([…])`.
private final class NativeVector: CustomStringConvertible {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }
    var description: String { "Vec(\(values))" }
}
