import Diagnostics
import NotebookFormat
@testable import Runner
import XCTest

/// The binary layout live workers send their parent: every kind of output comes back as it was; damaged bytes are
/// refused, never turned into results.
final class LiveWireFormatTests: XCTestCase {
    private func sample() -> LiveWorkerOutput {
        var output = LiveWorkerOutput(cellCount: 2)
        var seen = [[CellResultKey: Int]](repeating: [:], count: 2)
        let plot = CellResult(status: .succeeded, outputs: [.svg("<svg id=\"plot-1\">è😀</svg>", summary: "un grafico"),
                                                            .text("y = 1.00\n"), .truncated("…"), .markdown("**sì**"),
                                                            .table(OutputTable(header: ["a"], rows: [["1"]]))])
        let failed = CellResult(status: .failed, outputs: [.text("prima\n")],
                                diagnostics: [.error("index out of range", at: SourceLocation(line: 12, column: 3))])
        output.add(state: 0, results: [plot, failed], seen: &seen)
        output.add(state: 3, results: [plot, CellResult(status: .notRun)], seen: &seen)
        output.add(state: 5, results: [CellResult(status: .succeeded, outputs: [.text("")]), failed], seen: &seen)
        return output
    }

    func testEveryOutputKindComesBackAsItWas() throws {
        let output = sample()
        let decoded = try XCTUnwrap(LiveWireFormat.decode(LiveWireFormat.encode(output)))
        XCTAssertEqual(decoded.states, [0, 3, 5])
        XCTAssertEqual(decoded.tables, output.tables)
        XCTAssertEqual(decoded.picks, output.picks)
    }

    func testDamagedBytesAreRefused() {
        let bytes = LiveWireFormat.encode(sample())
        XCTAssertNil(LiveWireFormat.decode(Array(bytes.dropLast())), "cut short")
        XCTAssertNil(LiveWireFormat.decode(bytes + [0]), "trailing bytes")
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertNil(LiveWireFormat.decode(Array(bytes.prefix(cut))), "cut at \(cut)")
        }
    }
}
