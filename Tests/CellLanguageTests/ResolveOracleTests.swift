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

    private func resource(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil), "\(name) resources missing")
    }

    /// Every conformance program (all its listings in one cell) and every golden program (split into its cells).
    private func programs() throws -> [(name: String, cells: [CellSource])] {
        var result: [(String, [CellSource])] = []
        let corpus = try resource("Conformance")
        let manifest = try String(contentsOf: corpus.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        for row in manifest.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 3, fields[3] != "skipped" else { continue }
            let file = fields[1].replacingOccurrences(of: #"[^A-Za-z0-9_-]"#, with: "_", options: .regularExpression)
            let url = corpus.appendingPathComponent(fields[0]).appendingPathComponent(file + ".swift")
            guard let source = try? String(contentsOf: url, encoding: .utf8) else { continue }
            result.append(("\(fields[0])/\(file)", [CellSource(code: source, firstLine: 1)]))
        }
        let golden = try resource("Golden")
        for file in try FileManager.default.contentsOfDirectory(atPath: golden.path).filter({ $0.hasSuffix(".swift") }).sorted() {
            let source = try String(contentsOf: golden.appendingPathComponent(file), encoding: .utf8)
            result.append(("Golden/\(file)", GoldenTests.cells(of: source)))
        }
        return result
    }

    func testTheCompilersLookupsAgreeWithTheResolution() throws {
        var total = ResolutionAgreement()
        var unexplained: [String] = []
        let programs = try programs()
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
    }
}
