@testable import CellLanguage
import Diagnostics
import XCTest

/// The diagnostics switch-over (issue 12): the front end's errors are the cell's diagnostics, each once; what the
/// generator reports in a cell with such errors is dropped, and an error the generator meets again is no diagnostic
/// of its own while its decisions (`Compiler.hasErrors(since:)`: a body with errors is not callable) still count it.
final class DiagnosticSwitchOverTests: XCTestCase {
    /// Independent type mistakes in a function's and a method's bodies, each reported by the checker.
    private static let program = """
    struct P { var x: Int }
    func takes(a: Int) -> Int { return a }
    func work() -> Int {
        let s: Int = "x"
        let q = P(y: 1)
        let t = takes(b: 2)
        if 3 { print("no") }
        let u = "a" - "b"
        let v = [1].cout
        return "r"
    }
    struct Q {
        func m() -> Int { return true + 1 }
    }
    """

    private static let swiftc = [
        "4:18: cannot convert value of type 'String' to specified type 'Int'",
        "5:14: incorrect argument label in call (have 'y:', expected 'x:')",
        "6:18: incorrect argument label in call (have 'b:', expected 'a:')",
        "7:8: cannot convert value of type 'Int' to expected condition type 'Bool'",
        "8:17: binary operator '-' cannot be applied to two 'String' operands",
        "9:17: value of type '[Int]' has no member 'cout'",
        "10:12: cannot convert return expression of type 'String' to return type 'Int'",
        "13:35: binary operator '+' cannot be applied to operands of type 'Bool' and 'Int'",
    ]

    func testTheCellsDiagnosticsAreTheCheckersAlone() {
        let interpreter = Interpreter()
        let compared = interpreter.compileComparingDiagnostics(CellSource(code: Self.program, firstLine: 1))
        XCTAssertEqual(compared.cell.diagnostics.map(Self.line), Self.swiftc)
        XCTAssertEqual(interpreter.compileCounts.checkerDiagnostics, Self.swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(compared.agreement.errorsByPass[.checker], Self.swiftc.count)
        XCTAssertEqual(compared.agreement.errorsByPass[.generator], 0, "the generator's reports are dropped")
    }

    /// The accounting: an already-reported error is an error for `hasErrors(since:)`, no diagnostic of the
    /// generator's, and a trial compilation that puts the log back forgets it like any diagnostic.
    func testAnAlreadyReportedErrorCountsForTheGeneratorsDecisions() {
        let compiler = Interpreter().compiler
        let location = SourceLocation(line: 3, column: 7)
        let kind = CompileError.binaryOperatorSameTypes("-", .string)
        var checked = CheckedTypes()
        checked.report(kind.diagnostic(at: location))
        compiler.typeTable.checked = checked
        let mark = compiler.errorMark()
        XCTAssertFalse(compiler.hasErrors(since: mark))
        let saved = compiler.diagnostics
        compiler.report(kind.diagnostic(at: location))
        XCTAssertTrue(compiler.hasErrors(since: mark), "a body or a trial that meets the checker's error has errors")
        XCTAssertEqual(compiler.diagnostics.reported, [], "the checker's error is not reported a second time")
        XCTAssertEqual(compiler.diagnostics.alreadyReportedCount, 1)
        // Set aside and replayed (a receiver compiled once), it stays already reported.
        let aside = compiler.diagnostics.log(from: mark.position)
        compiler.diagnostics = saved
        XCTAssertFalse(compiler.hasErrors(since: mark), "a trial thrown away forgets it")
        compiler.diagnostics += aside
        XCTAssertEqual(compiler.diagnostics.alreadyReportedCount, 1)
        XCTAssertEqual(compiler.diagnostics.reported, [])
        // Another error at the same place is the generator's own.
        compiler.report(CompileError.binaryOperatorSameTypes("*", .string).diagnostic(at: location))
        XCTAssertEqual(compiler.diagnostics.reported.map(\.message), ["binary operator '*' cannot be applied to two 'String' operands"])
        compiler.diagnostics.removeAll(from: mark.position) { $0.message.contains("'*'") }
        XCTAssertEqual(compiler.diagnostics.count, 1)
        XCTAssertEqual(compiler.diagnostics.alreadyReportedCount, 1)
        // What the generator cannot build is its own report, an error for its decisions too.
        let before = compiler.errorMark()
        compiler.cannotGenerate(at: location)
        XCTAssertTrue(compiler.hasErrors(since: before))
        XCTAssertEqual(compiler.diagnostics.reported.last, CompileError.cannotGenerate.diagnostic(at: location))
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(location.line):\(location.column): \(diagnostic.message)"
    }
}
