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

    /// Unknown names with the generator's did-you-mean among the names visible there: a top-level variable declared
    /// before top-level code, a function's local and parameter, a closure's enclosing local; a local of another
    /// closure is no suggestion (swiftc 6's errors for this program; it gives no notes).
    func testTheCheckerReportsUnknownNamesWithTheSuggestionOfTheirScope() {
        let program = """
        let total = 3
        print(totl)
        func work(count: Int) {
            let limit = 2
            print(limt, cout)
            let run = { (step: Int) in print(stp + limit) }
            run(1)
        }
        let other = { let inner = 1; print(inner) }
        let again = { print(iner) }
        """
        assertCheckerReports(program, [
            "2:7: cannot find 'totl' in scope",
            "5:11: cannot find 'limt' in scope",
            "5:17: cannot find 'cout' in scope",
            "6:38: cannot find 'stp' in scope",
            "10:21: cannot find 'iner' in scope",
        ])
        let notes = Interpreter().compile(CellSource(code: program, firstLine: 1)).diagnostics.map(\.notes)
        XCTAssertEqual(notes, [["did you mean 'total'?"], ["did you mean 'limit'?"], ["did you mean 'count'?"],
                               ["did you mean 'step'?"], []])
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

    /// A misspelt name close to a name the generator may or may not see where it reports it (a top-level variable
    /// declared after the function) is the checker's too (session 25: the generator reports no unknown name): it
    /// suggests the nearest name it knows; type names used as member bases and callees are no mistakes.
    func testTheCheckerSuggestsNamesItCannotBeSureTheGeneratorSees() {
        let program = """
        func work() -> Int {
            let total = Int.max - Int(3)
            return total + lmit
        }
        let limit = 2
        """
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.errorsByPass[.checker], 1)
        XCTAssertEqual(diagnosticLines(program), ["3:20: cannot find 'lmit' in scope"])
        XCTAssertEqual(Interpreter().compile(CellSource(code: program, firstLine: 1)).diagnostics.map(\.notes), [["did you mean 'limit'?"]])
    }
}
