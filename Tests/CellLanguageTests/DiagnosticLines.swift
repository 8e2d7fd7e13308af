@testable import CellLanguage
import Diagnostics
import XCTest

/// The diagnostics of `code` compiled as one cell starting at line 1, as `line:column: message` (the form swiftc's
/// output is compared in).
func diagnosticLines(_ code: String) -> [String] {
    Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map { diagnostic in
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(location.line):\(location.column): \(diagnostic.message)"
    }
}

/// Asserts that `program` compiles to swiftc's errors (`swiftc`, as `line:column: message`), that the type checker
/// reports each of them before generation, that the generator meets at least `metByTheGenerator` of them (each one
/// when nil) as already reported (the generator meets `let t = []` twice, the literal then the declaration, and each
/// meeting counts; the default values of functions it declares before the checker runs are its own reports), and that the diagnostics oracle finds no disagreement.
func assertCheckerReports(_ program: String, _ swiftc: [String], metByTheGenerator: Int? = nil,
                          file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnosticLines(program), swiftc, file: file, line: line)
    let interpreter = Interpreter()
    _ = interpreter.compile(CellSource(code: program, firstLine: 1))
    XCTAssertEqual(interpreter.compileCounts.checkerDiagnostics, swiftc.count, "the checker reports each", file: file, line: line)
    XCTAssertGreaterThanOrEqual(interpreter.compileCounts.alreadyReported, metByTheGenerator ?? swiftc.count,
                                "the generator meets each and does not report it again", file: file, line: line)
    let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
    XCTAssertEqual(agreement.disagreements, [], file: file, line: line)
}

/// Asserts that `program` compiles to swiftc's errors (`line:column: message`), each reported by the checks of
/// `Checks/` and none detected by the generator (not even a repeat the merge of the passes would hide).
func assertReportedByTheChecks(_ program: String, _ swiftc: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnosticLines(program), swiftc, file: file, line: line)
    let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
    XCTAssertEqual(compared.agreement.errorsByPass[.checks], swiftc.count, "the checks report every mistake", file: file, line: line)
    XCTAssertEqual(compared.cell.generatorReported, [], "the generator detects none of them", file: file, line: line)
}

/// Asserts that each program compiles to swiftc's errors (`line:column: message`, named by the program in failures)
/// and that the checker reports none the generator does not.
func assertEachAsSwiftcReportsIt(_ programs: [(name: String, code: String, swiftc: [String])],
                                 file: StaticString = #filePath, line: UInt = #line) {
    for (name, code, swiftc) in programs {
        XCTAssertEqual(diagnosticLines(code), swiftc, name, file: file, line: line)
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: code, firstLine: 1)).agreement
        XCTAssertEqual(agreement.disagreements, [], name, file: file, line: line)
    }
}
