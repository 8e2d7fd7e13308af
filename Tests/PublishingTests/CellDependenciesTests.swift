import CellLanguage
import NotebookFormat
import Runner
import XCTest

/// The dependency graph between a notebook's cells, built from their facts with the real modules installed.
final class CellDependenciesTests: XCTestCase {
    private func dependencies(_ cells: String...) throws -> CellDependencies {
        let source = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\nTesto.\n\n")
        let notebook = try NotebookParser.parse(source: source, path: "n.md")
        return CellDependencies(facts: NotebookRunner.facts(of: notebook))
    }

    func testAControlReachesEveryCellThatReadsWhatItsCellWrote() throws {
        let graph = try dependencies(
            "let xs = [1.0, 2.0, 3.0]",                                               // 0
            "let slope = slider(\"slope\", default: 1.0, in: 0.0...2.0, step: 0.5)",  // 1
            "let k = slope * 2\nlet ys = xs.map { $0 * k }",                           // 2: through a chain
            "print(xs.count)",                                                        // 3: independent
            "print(ys)",                                                              // 4
            "let t = toggle(\"dark\", default: false)\nprint(t, ys.count)")            // 5: two controls
        XCTAssertEqual(graph.cells(dependingOn: ["slope"]), [1, 2, 4, 5])
        XCTAssertEqual(graph.cells(dependingOn: ["dark"]), [5])
        XCTAssertEqual(graph.controlsReached()[5], ["slope", "dark"])
        XCTAssertEqual(graph.controlsReached()[3], [])
        XCTAssertEqual(graph.directDependencies(of: 2), [0, 1])
    }

    func testAMutationChainsTheCellsThatTouchAnArray() throws {
        let graph = try dependencies(
            "var data = [1, 2]",          // 0
            "data.append(3)",             // 1
            "print(data)",                // 2
            "data = [7]",                 // 3: overwrites without reading
            "print(data.count)")          // 4
        XCTAssertEqual(graph.directDependencies(of: 1), [0])
        XCTAssertEqual(graph.directDependencies(of: 2), [1])
        XCTAssertEqual(graph.affected(by: [0]), [0, 1, 2])
        XCTAssertEqual(graph.affected(by: [3]), [3, 4])
    }

    func testRandomnessDrawnAfterAControlFollowsTheGenerator() throws {
        let graph = try dependencies(
            "let rng = Random(seed: 1)",                                                  // 0
            "let n = slider(\"n\", default: 2, in: 1...5, step: 1)\nprint(rng.uniform())", // 1
            "print(rng.uniform())",                                                       // 2: stream moved by 1
            "let other = Random(seed: 2)\nprint(other.uniform())")                       // 3
        XCTAssertEqual(graph.cells(dependingOn: ["n"]), [1, 2])
        XCTAssertEqual(graph.affected(by: [3]), [3])
    }

    func testAFigureDrawnInOneCellAndShownInAnother() throws {
        let graph = try dependencies(
            "let fig = Figure(title: \"t\")",                                            // 0
            "let q = slider(\"q\", default: 1.0, in: 0.0...2.0, step: 1.0)\nfig.line(x: [0, 1], y: [0, q])", // 1
            "show(fig)")                                                                  // 2
        XCTAssertEqual(graph.cells(dependingOn: ["q"]), [1, 2])
    }
}
