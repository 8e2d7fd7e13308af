@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+NameDiagnostics` (and of `&` outside an argument): each mistake is
/// reported by the type checker before generation (the generator meets it as already reported), with swiftc's message
/// at swiftc's position (swiftc 6's errors for these programs).
final class NameDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsUnknownNamesTypesAloneAndStrayAmpersands() {
        let program = """
        struct Point { var x: Int }
        func work() {
            let a = undefinedName
            let t = Int
            let p = Point
            var n = 1
            let r = &n
            qqq = 2
            print(a, t, p, r, n)
        }
        """
        assertCheckerReports(program, [
            "3:13: cannot find 'undefinedName' in scope",
            "4:13: expected member name or initializer call after type name",
            "5:13: expected member name or initializer call after type name",
            "7:13: '&' may only be used to pass an argument to inout parameter",
            "8:5: cannot find 'qqq' in scope",
        ])
    }

    /// Written types that name nothing (swiftc's errors, without its notes; `Float`, which swiftc accepts, is refused by nbrun at the name).
    func testTheCheckerReportsUnknownTypeNames() {
        let program = """
        struct Point { var x: Int }
        func work() {
            let a: Strin = "a"
            let b: [Pointt] = []
            let c: Float = 1
            let d: Qwxyz? = nil
            print(a, b, c, d as Any)
        }
        """
        assertCheckerReports(program, [
            "3:12: cannot find type 'Strin' in scope",
            "4:13: cannot find type 'Pointt' in scope",
            "5:12: type 'Float' is not supported in nbrun cells",
            "6:12: cannot find type 'Qwxyz' in scope",
        ])
        let notes = Interpreter().compile(CellSource(code: program, firstLine: 1)).diagnostics.map(\.notes)
        XCTAssertEqual(notes, [["did you mean 'String'?"], ["did you mean 'Point'?"], [], []])
    }

    /// A misspelt name close to a name the generator may see is left to the generator, which suggests it (the checker
    /// does not know the generator's scope); type names used as member bases and callees are no mistakes.
    func testTheCheckerLeavesSuggestionsToTheGenerator() {
        let program = """
        func work() -> Int {
            let count = 1
            let total = Int.max - Int(3)
            return cuont + total
        }
        """
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, 0)
        XCTAssertEqual(diagnosticLines(program), ["4:12: cannot find 'cuont' in scope"])
    }
}
