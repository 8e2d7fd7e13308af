import CellLanguage
import Foundation
import XCTest

/// The resolution oracle: for every name the compiler looks up through its scopes while compiling the conformance
/// listings and the golden programs, its answer (which declaration; global, local or capture; implicit member;
/// nothing declared) must agree with the cell's `Resolution`. Disagreements the compiler gets wrong itself are
/// listed in `known` with the reason.
final class ResolveOracleTests: XCTestCase {
    /// Disagreements the compiler gets wrong itself, by program, position and name, with the reason.
    /// (None since the lazy-property probe types the value inside the property's scope, with `self`.)
    private static let known: [String: String] = [:]

    func testTheCompilersLookupsAgreeWithTheResolution() throws {
        var total = ResolutionAgreement()
        var unexplained: [String] = []
        let programs = try OracleCorpus.programs()
        XCTAssertGreaterThan(programs.count, 100)
        for (name, cells) in programs {
            let interpreter = Interpreter()
            var program = ResolutionAgreement()
            for cell in cells { program.add(interpreter.compileComparingResolution(cell).agreement) }
            total.add(program)
            unexplained += program.disagreements.map { "\(name) \($0)" }.filter { line in
                Self.known[String(line[..<(line.range(of: ": compiler")?.lowerBound ?? line.endIndex)])] == nil
            }
        }
        let compared = total.agreed + total.disagreements.count
        print("resolution oracle: \(total.agreed) of \(compared) lookups agree, \(total.disagreements.count) known "
              + "exceptions, \(total.unmatched) lookups of names the compiler synthesized")
        print("unmatched: \(total.unmatchedNames.sorted { $0.value > $1.value }.prefix(20))")
        XCTAssertGreaterThan(compared, 10_000)
        XCTAssertEqual(unexplained, [], "the compiler's lookups and the resolution disagree")
        try OracleFigures.check("resolution", "\(OracleFigures.grouped(total.agreed)) of \(OracleFigures.grouped(compared)) lookups",
                                test: "ResolveOracleTests")
    }
}
