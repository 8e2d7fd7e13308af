@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+MoreDiagnostics`: each mistake is reported by the type checker before
/// generation (the generator meets it as already reported), with swiftc's message at swiftc's position (swiftc 6's
/// errors for these programs).
final class MoreDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsBindingsOfValuesThatAreNotOptional() {
        let program = """
        struct Point { var x: Int }
        func work(_ n: Int, _ p: Point, _ o: Int?) {
            if let a = n { print(a) }
            guard let b = p else { return }
            while var c = [1, 2] { print(c); break }
            if let n { print(n) }
            if let d = o { print(d, b) }
        }
        """
        assertCheckerReports(program, [
            "3:8: initializer for conditional binding must have Optional type, not 'Int'",
            "4:11: initializer for conditional binding must have Optional type, not 'Point'",
            "5:11: initializer for conditional binding must have Optional type, not '[Int]'",
            "6:8: initializer for conditional binding must have Optional type, not 'Int'",
        ])
    }

    private func assertCheckerReports(_ program: String, _ swiftc: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(diagnosticLines(program), swiftc, file: file, line: line)
        let interpreter = Interpreter()
        _ = interpreter.compile(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(interpreter.compileCounts.checkerDiagnostics, swiftc.count, "the checker reports each", file: file, line: line)
        XCTAssertGreaterThanOrEqual(interpreter.compileCounts.alreadyReported, swiftc.count,
                                    "the generator meets each and does not report it again", file: file, line: line)
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.disagreements, [], file: file, line: line)
    }
}
