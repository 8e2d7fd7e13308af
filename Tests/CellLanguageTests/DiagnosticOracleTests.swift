import CellLanguage
import Foundation
import XCTest

/// The diagnostics oracle: over the compile-error corpus (the position programs of `Positions/`, every conformance
/// listing and every golden program), every diagnostic the type checker reports must be one the generator reports
/// for the same cell, with the same message, notes, line and column. Prints the checker's coverage: the share of
/// the generator's errors of the kinds the checker reports that it found too.
final class DiagnosticOracleTests: XCTestCase {
    func testTheCheckersDiagnosticsAreTheGenerators() throws {
        var total = DiagnosticAgreement()
        var disagreements: [String] = [], missed: [String] = []
        for (name, cells) in try Self.programs() {
            let interpreter = Interpreter()
            for cell in cells {
                let agreement = interpreter.compileComparingDiagnostics(cell).agreement
                total.add(agreement)
                disagreements += agreement.disagreements.map { "\(name) \($0)" }
                missed += agreement.missed.map { "\(name) \($0)" }
            }
        }
        let percent = (total.coverage * 1000).rounded() / 10
        print("diagnostics oracle: the checker reported \(total.checked) diagnostics, \(total.agreed) as the generator did, "
              + "\(total.disagreements.count) disagreements; \(total.agreed) of the generator's \(total.reportedOfCheckedKinds) "
              + "errors of the checked kinds (\(percent) %), of \(total.reported) errors in all")
        if ProcessInfo.processInfo.environment["NBRUN_LIST_MISSED_DIAGNOSTICS"] != nil {
            for line in missed { print("missed: \(line)") }
        }
        XCTAssertGreaterThan(total.reported, 500)
        XCTAssertGreaterThan(total.coverage, 0, "the checker reports some of the generator's errors")
        XCTAssertEqual(disagreements, [], "the checker reported diagnostics the generator does not")
    }

    /// Independent type mistakes in a function body: the checker reports every one of them before generation, each
    /// comes out once, with swiftc's message at swiftc's position (swiftc 6's errors for this program), and the
    /// operator applied to strings inside a member read is reported alone (no cascade to the member or the `+`).
    func testTheCheckerReportsEachIndependentMistakeOnce() {
        let program = """
        struct P { var x: Int }
        func takes(a: Int) -> Int { return a }
        func work() -> Int {
            let s: Int = "x"
            let q = P(y: 1)
            let t = takes(b: 2)
            if 3 { print("no") }
            let u = "a" - "b"
            let v = [1].cout
            let w = ("a" - "b").count + 1
            let (m, n) = 5
            return "r"
        }
        """
        let swiftc = [
            "4:18: cannot convert value of type 'String' to specified type 'Int'",
            "5:14: incorrect argument label in call (have 'y:', expected 'x:')",
            "6:18: incorrect argument label in call (have 'b:', expected 'a:')",
            "7:8: cannot convert value of type 'Int' to expected condition type 'Bool'",
            "8:17: binary operator '-' cannot be applied to two 'String' operands",
            "9:17: value of type '[Int]' has no member 'cout'",
            "10:18: binary operator '-' cannot be applied to two 'String' operands",
            "11:18: cannot convert value of type 'Int' to specified type '(_, _)'",
            "12:12: cannot convert return expression of type 'String' to return type 'Int'",
        ]
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(agreement.disagreements, [])
        XCTAssertEqual(diagnosticLines(program), swiftc)
    }

    /// The position programs (one cell each, in every folder of `Positions/`), then the oracle corpus.
    private static func programs() throws -> [(name: String, cells: [CellSource])] {
        let positions = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        var result: [(String, [CellSource])] = []
        let folders = [positions] + (try FileManager.default.contentsOfDirectory(atPath: positions.path))
            .map { positions.appendingPathComponent($0) }.filter(isDirectory).sorted { $0.path < $1.path }
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".swift") }).sorted() {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                result.append(("Positions/\(folder.lastPathComponent)/\(file)", [CellSource(code: source, firstLine: 1)]))
            }
        }
        return result + (try OracleCorpus.programs())
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
