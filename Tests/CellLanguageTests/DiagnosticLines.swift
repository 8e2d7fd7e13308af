@testable import CellLanguage
import Diagnostics
import XCTest

/// The diagnostics of `code` compiled as one cell starting at line 1, as `line:column: message` (the form swiftc's
/// output is compared in).
func diagnosticLines(_ code: String) -> [String] {
    Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map(diagnosticLine)
}

/// `diagnostic` as `line:column: message` (the message alone without a position).
func diagnosticLine(_ diagnostic: Diagnostic) -> String {
    guard let location = diagnostic.location else { return diagnostic.message }
    return "\(location.line):\(location.column): \(diagnostic.message)"
}

/// Asserts that `program` compiles to swiftc's errors (`swiftc`, as `line:column: message`), each reported by the
/// type checker before generation, and that the generator reports no internal error.
func assertCheckerReports(_ program: String, _ swiftc: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnosticLines(program), swiftc, file: file, line: line)
    let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
    XCTAssertEqual(compared.agreement.errorsByPass[.checker], swiftc.count, "the checker reports each", file: file, line: line)
    XCTAssertEqual(compared.agreement.internalErrors, [], file: file, line: line)
}

/// Asserts that `program` compiles to swiftc's errors (`line:column: message`), each reported by the checks of
/// `Checks/` and none detected by the generator.
func assertReportedByTheChecks(_ program: String, _ swiftc: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnosticLines(program), swiftc, file: file, line: line)
    let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
    XCTAssertEqual(compared.agreement.errorsByPass[.checks], swiftc.count, "the checks report every mistake", file: file, line: line)
    XCTAssertEqual(compared.cell.generatorReported, [], "the generator detects none of them", file: file, line: line)
}

/// Asserts that `program` compiles to `expected` (`line:column: message`), each reported by the checks of `Checks/`,
/// the generator deciding none of them and meeting no internal error (it may note code it cannot build behind them).
func assertRefusedByTheChecks(_ program: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnosticLines(program), expected, file: file, line: line)
    let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
    XCTAssertEqual(compared.agreement.errorsByPass[.checks], expected.count, "the checks report each", file: file, line: line)
    XCTAssertEqual(compared.agreement.internalErrors, [], file: file, line: line)
    XCTAssertEqual(compared.agreement.generatorChecks, [], "the generator decides none of them", file: file, line: line)
}

/// Asserts that each program compiles to swiftc's errors (`line:column: message`, named by the program in failures)
/// and that the generator reports no internal error.
func assertEachAsSwiftcReportsIt(_ programs: [(name: String, code: String, swiftc: [String])],
                                 file: StaticString = #filePath, line: UInt = #line) {
    for (name, code, swiftc) in programs {
        XCTAssertEqual(diagnosticLines(code), swiftc, name, file: file, line: line)
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: code, firstLine: 1)).agreement
        XCTAssertEqual(agreement.internalErrors, [], name, file: file, line: line)
    }
}
