@testable import Renderer
import XCTest

/// The compact storage of a live page's output versions: every version rebuilds exactly, and what does not change
/// is not stored again.
final class LiveOutputCompactorTests: XCTestCase {
    private func roundTrip(_ base: String, _ version: String, file: StaticString = #filePath, line: UInt = #line)
        -> LiveOutputCompactor.Delta {
        let delta = LiveOutputCompactor.delta(from: base, to: version)
        XCTAssertEqual(LiveOutputCompactor.rebuild(base, with: delta), version, file: file, line: line)
        return delta
    }

    func testAPlotStoresOnlyWhatMoves() {
        let plot = { (id: String, y: String) in
            """
            <svg id="plot-\(id)" aria-labelledby="plot-\(id)-title plot-\(id)-desc">
            <title id="plot-\(id)-title">Retta</title>
            <path d="M0 0H100V100"/>
            <g clip-path="url(#plot-\(id)-clip)">
            <path d="M55.7 \(y)L702 56.81" stroke="#90ee90"/>
            </g>
            </svg>
            <pre class="output">y = \(y)</pre>

            """
        }
        let base = plot("4d5216490c42", "412.19"), version = plot("a0b1c2d3e4f5", "398.5")
        let delta = roundTrip(base, version)
        XCTAssertEqual(delta.substitutions.count, 1, "the content-hash id changes the same way everywhere")
        XCTAssertEqual(delta.edits.map(\.text), ["398.5L702", "398.5"])
        XCTAssertLessThan(delta.edits.reduce(0) { $0 + $1.text.count }, 20)
    }

    func testLinesAddedRemovedAndReplaced() {
        let base = "a\nb 1\nc\nd\ne\n"
        for version in ["a\nb 2\nc\nd\ne\n", "a\nc\nd\ne\n", "a\nb 1\nX\nY\nc\nd\ne\n", "", "z\n", "a\nb 1\nc\nd\ne\nf",
                        "é 1\n😀 b 1\nc\n", "a\nb 1 2\nc\nd\ne\n"] {
            _ = roundTrip(base, version)
            _ = roundTrip(version, base)
        }
    }

    func testRandomVersionsRebuildExactly() {
        var generator = SystemRandomNumberGenerator()
        let words = ["<rect", "x=\"1.5\"", "y=\"20\"", "/>", "\n", "plot-abcdef123456", " ", "è", "😀", "0.25", "-3"]
        for _ in 0..<300 {
            let base = (0..<Int.random(in: 0...40, using: &generator)).map { _ in words.randomElement()! }.joined()
            var version = Array(base)
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                let insert = Array(words.randomElement()!)
                let at = Int.random(in: 0...version.count, using: &generator)
                let remove = min(Int.random(in: 0...3, using: &generator), version.count - at)
                version.replaceSubrange(at..<at + remove, with: insert)
            }
            _ = roundTrip(base, String(version))
        }
    }

    func testLineDiffIsAShortestScript() {
        let hunks = LineDiff.hunks(Array("abcabba"), Array("cbabac"))
        let removed = hunks.reduce(0) { $0 + $1.old.count }, added = hunks.reduce(0) { $0 + $1.new.count }
        XCTAssertEqual(removed + added, 5, "Myers' example: D = 5")
    }
}
