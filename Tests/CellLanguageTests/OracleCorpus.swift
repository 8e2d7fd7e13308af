import CellLanguage
import Foundation
import XCTest

/// The programs the compiler's oracles run over: every conformance program (all its listings in one cell) and every
/// golden program (split into its cells).
enum OracleCorpus {
    static func programs() throws -> [(name: String, cells: [CellSource])] {
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

    private static func resource(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil), "\(name) resources missing")
    }
}
