@testable import Renderer
import XCTest

/// The compact storage of a live page's output versions: every version rebuilds exactly, what does not change is
/// not stored again, and a text that only some controls move is stored once per value of those controls.
final class LiveOutputCompactorTests: XCTestCase {
    /// Lays out `versions` (states = versions, one control) and checks that every version rebuilds exactly.
    @discardableResult
    private func roundTrip(_ versions: [String], file: StaticString = #filePath, line: UInt = #line)
        -> LiveOutputCompactor.Layout {
        let layout = LiveOutputCompactor.layout(versions, stateVersions: Array(versions.indices), radices: [versions.count])
        for (index, version) in versions.enumerated() {
            XCTAssertEqual(LiveOutputCompactor.rebuild(layout, version: index, state: [index], radices: [versions.count]),
                           version, "version \(index)", file: file, line: line)
        }
        return layout
    }

    private static func plot(_ id: String, _ y: String) -> String {
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

    func testAPlotStoresOnlyWhatMoves() {
        let layout = roundTrip([Self.plot("4d5216490c42", "412.19"), Self.plot("a0b1c2d3e4f5", "398.5"),
                                Self.plot("77b1c2d3e4f0", "12")])
        XCTAssertEqual(layout.slotTables.count, 7, "five occurrences of the id, two of the number")
        XCTAssertEqual(layout.tables.count, 3, "the id's occurrences share one table")
        XCTAssertEqual(layout.tables[0].texts, ["4d5216490c42", "a0b1c2d3e4f5", "77b1c2d3e4f0"])
        XCTAssertEqual(layout.tables[1].texts, ["412.19L702", "398.5L702", "12L702"])
        XCTAssertEqual(layout.tables[2].texts, ["412.19", "398.5", "12"])
    }

    func testLinesAddedRemovedAndReplaced() {
        let base = "a\nb 1\nc\nd\ne\n"
        for version in ["a\nb 2\nc\nd\ne\n", "a\nc\nd\ne\n", "a\nb 1\nX\nY\nc\nd\ne\n", "", "z\n", "a\nb 1\nc\nd\ne\nf",
                        "é 1\n😀 b 1\nc\n", "a\nb 1 2\nc\nd\ne\n"] {
            roundTrip([base, version])
            roundTrip([version, base])
        }
        roundTrip([base, "a\nb 2\nc\nd\ne\n", "a\nc\nd\ne\n", "a\nb 1\nX\nY\nc\nd\ne\n", "é 1\n😀 b 1\nc\n"])
    }

    func testRandomVersionsRebuildExactly() {
        var generator = SystemRandomNumberGenerator()
        let words = ["<rect", "x=\"1.5\"", "y=\"20\"", "/>", "\n", "plot-abcdef123456", " ", "è", "😀", "0.25", "-3"]
        for _ in 0..<200 {
            let base = (0..<Int.random(in: 0...40, using: &generator)).map { _ in words.randomElement()! }.joined()
            var versions = [base]
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var version = Array(base)
                for _ in 0..<Int.random(in: 0...5, using: &generator) {
                    let insert = Array(words.randomElement()!)
                    let at = Int.random(in: 0...version.count, using: &generator)
                    let remove = min(Int.random(in: 0...3, using: &generator), version.count - at)
                    version.replaceSubrange(at..<at + remove, with: insert)
                }
                if !versions.contains(String(version)) { versions.append(String(version)) }
            }
            roundTrip(versions)
        }
    }

    /// Two controls (3 × 4 values): one number moves with the first only, one with both.
    func testATextMovedByOneControlIsStoredOncePerValueOfThatControl() {
        let radices = [3, 4]
        var versions: [String] = [], stateVersions: [Int] = []
        for a in 0..<3 {
            for b in 0..<4 {
                let text = "<p>a = \(a * 10 + 5)</p>\n<p>a + b = \(100 + a * 4 + b)</p>\n"
                if let known = versions.firstIndex(of: text) { stateVersions.append(known); continue }
                stateVersions.append(versions.count)
                versions.append(text)
            }
        }
        let layout = LiveOutputCompactor.layout(versions, stateVersions: stateVersions, radices: radices)
        XCTAssertEqual(layout.tables.count, 2)
        XCTAssertEqual(layout.tables[0].controls, [0], "the first number depends on the first control only")
        XCTAssertEqual(layout.tables[0].texts, ["5", "15", "25"])
        XCTAssertNil(layout.tables[0].picks, "each value has its own text: no picks stored")
        XCTAssertEqual(layout.tables[1].texts.count, 12)
        for state in 0..<12 {
            XCTAssertEqual(LiveOutputCompactor.rebuild(layout, version: stateVersions[state], state: [state / 4, state % 4],
                                                       radices: radices), versions[stateVersions[state]])
        }
    }

    func testLineDiffIsAShortestScript() {
        let hunks = LineDiff.hunks(Array("abcabba"), Array("cbabac"))
        let removed = hunks.reduce(0) { $0 + $1.old.count }, added = hunks.reduce(0) { $0 + $1.new.count }
        XCTAssertEqual(removed + added, 5, "Myers' example: D = 5")
        XCTAssertNil(LineDiff.hunks(Array("abcabba"), Array("cbabac"), maxEdits: 4))
    }
}
