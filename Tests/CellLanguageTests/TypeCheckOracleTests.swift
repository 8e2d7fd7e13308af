import CellLanguage
import Foundation
import XCTest

/// The type-check oracle: for every expression node the type checker typed (before generation) and the generator
/// then compiled for the code that runs, both must have found the same type, over the conformance listings and the
/// golden programs. Prints the checker's coverage of the nodes the generator recorded. A node the generator refused
/// (its type is the error type: an assignment to a constant…) is not compared: the checker reports no errors yet. Disagreements the generator
/// gets wrong itself would be listed in `known` with the reason (none so far).
final class TypeCheckOracleTests: XCTestCase {
    /// Disagreements explained, by program and the disagreement's line (`Golden/x.swift 3:5 name x: checker …`).
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

    func testTheCheckersTypesAgreeWithTheGenerators() throws {
        var total = TypeCheckAgreement()
        var unexplained: [String] = []
        let programs = try programs()
        XCTAssertGreaterThan(programs.count, 100)
        for (name, cells) in programs {
            let interpreter = Interpreter()
            for cell in cells {
                let agreement = interpreter.compileComparingTypes(cell).agreement
                total.add(agreement)
                unexplained += agreement.disagreements.map { "\(name) \($0)" }.filter { Self.known[$0] == nil }
            }
        }
        let percent = (total.coverage * 1000).rounded() / 10
        print("type-check oracle: \(total.agreed) of \(total.recorded) recorded nodes typed alike by the checker "
              + "(\(percent) %), \(total.disagreements.count) disagreements, \(total.checkedOnly) typed nodes never compiled, "
              + "\(total.refused) refused by the generator")
        XCTAssertGreaterThan(total.recorded, 10_000)
        XCTAssertEqual(unexplained, [], "the type checker and the generator disagree")
    }
}
