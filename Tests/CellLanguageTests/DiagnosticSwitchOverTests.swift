@testable import CellLanguage
import Diagnostics
import XCTest

/// The diagnostics switch-over (issue 12): an error the type checker reported is the cell's diagnostic once, the
/// generator meets it without reporting it again (an already-reported error), and the generator's own decisions
/// (`Compiler.hasErrors(since:)`: a body with errors is not callable, a trial compilation that meets an error does not
/// fit) still count it.
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

    func testTheGeneratorMeetsTheCheckersErrorsWithoutReportingThemAgain() {
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: Self.program, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map(Self.line), Self.swiftc)
        let counts = interpreter.compileCounts
        XCTAssertEqual(counts.checkerDiagnostics, Self.swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(counts.alreadyReported, Self.swiftc.count, "the generator meets each and does not report it again")
    }

    func testWhileTheOracleRunsTheGeneratorReportsEveryErrorItself() {
        let interpreter = Interpreter()
        let compared = interpreter.compileComparingDiagnostics(CellSource(code: Self.program, firstLine: 1))
        XCTAssertEqual(compared.cell.diagnostics.map(Self.line), Self.swiftc)
        XCTAssertEqual(compared.agreement.agreed, Self.swiftc.count)
        XCTAssertEqual(interpreter.compileCounts.alreadyReported, 0)
        XCTAssertEqual(interpreter.compileCounts.checkerDiagnostics, 0)
    }

    /// Over the diagnostics oracle's corpus (position programs, conformance listings, goldens): how many of the
    /// generator's errors the checker had already reported, and the cells' diagnostics the same as when the generator
    /// reports every error itself (the oracle's compilation), in the same order.
    func testOverTheCorpusTheCellsDiagnosticsAreTheGeneratorsAlone() throws {
        var checker = 0, alreadyReported = 0, cells = 0
        var different: [String] = []
        for (name, sources) in try DiagnosticOracleTests.programs() {
            let switched = Interpreter(), alone = Interpreter()
            for cell in sources {
                cells += 1
                let diagnostics = switched.compile(cell).diagnostics
                if alone.compileComparingDiagnostics(cell).cell.diagnostics != diagnostics { different.append(name) }
            }
            checker += switched.compileCounts.checkerDiagnostics
            alreadyReported += switched.compileCounts.alreadyReported
        }
        print("diagnostics switch-over: over \(cells) cells the checker reported \(checker) diagnostics; the generator met "
              + "\(alreadyReported) of them and did not report them again; \(different.count) cells' diagnostics differ "
              + "from the generator's alone")
        XCTAssertGreaterThan(alreadyReported, 200)
        XCTAssertEqual(different, [])
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
        compiler.error(kind, at: location)
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
        compiler.error(.binaryOperatorSameTypes("*", .string), at: location)
        XCTAssertEqual(compiler.diagnostics.reported.map(\.message), ["binary operator '*' cannot be applied to two 'String' operands"])
        compiler.diagnostics.removeAll(from: mark.position) { $0.message.contains("'*'") }
        XCTAssertEqual(compiler.diagnostics.count, 1)
        XCTAssertEqual(compiler.diagnostics.alreadyReportedCount, 1)
        // While the oracle runs, the generator reports it itself.
        compiler.comparesCheckedDecisions = true
        compiler.error(kind, at: location)
        XCTAssertEqual(compiler.diagnostics.reported, [kind.diagnostic(at: location)])
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(location.line):\(location.column): \(diagnostic.message)"
    }
}
