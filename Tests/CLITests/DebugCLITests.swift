import Foundation
import XCTest

/// `nbrun debug facts|ast|types|resolve|check`: the compiler's view of a notebook, printed without running any cell.
final class DebugCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-debug-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        # Prova

        ```swift
        let slope = slider("slope", default: 1.0, in: 0.0...2.0, step: 0.5)
        var ys = [1.0, 2.0]
        ```

        ```swift
        ys.append(slope * 3)
        print("fatto")
        ```
        """.write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testFactsListTheNamesAndTheControlsThatReachEachCell() throws {
        let result = try runNBRun(["debug", "facts", "n.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        cell 1 (line 4, cell-1)
          declares: slope, ys
          writes: slope, ys
          controls: slope
          reached by controls: slope
        cell 2 (line 9, cell-2)
          reads: slope, ys
          writes: ys
          reached by controls: slope
          depends on cells: 1

        """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path), "nothing runs")
    }

    func testTypesAnnotateEveryExpressionAtItsPositionWithWhatItResolvedTo() throws {
        let result = try runNBRun(["debug", "types", "n.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("""
          call : ()  @9:1  => stdlib Array.append(_:) [checked]
            member .append  @9:1
              name ys : [Double]  @9:1  [checked]
            binary * : Double  @9:11  [checked]
              name slope : Double  @9:11  [checked]
              int 3 : Double  @9:19  => Int literal as Double [checked]
        """), result.stdout)
        let plain = try runNBRun(["debug", "ast", "n.md"], in: folder)
        XCTAssertTrue(plain.stdout.contains("    name ys  @9:1\n"), plain.stdout)
    }

    func testTypesNameTheDeclarationEachCallResolvedToAndTheConversions() throws {
        try """
        ```swift
        func f(_ x: Int) -> Int { x + 1 }
        func f(_ x: String) -> Int { x.count }
        struct P { var x: Int }
        var o: Int? = nil
        o = f("ab")
        let p = P(x: f(2))
        ```
        """.write(to: folder.appendingPathComponent("r.md"), atomically: true, encoding: .utf8)
        let result = try runNBRun(["debug", "types", "r.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("    call : Int  @6:5  => func f(_: String) -> Int [wrapped in Optional] [checked]\n"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("    call : P  @7:9  => init P [checked]\n"), result.stdout)
    }

    func testCountsListTheNodesCompiledAndTheTypeRequests() throws {
        let result = try runNBRun(["debug", "counts", "n.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let counts = Dictionary(result.stdout.split(separator: "\n").compactMap { line -> (String, Int)? in
            let parts = line.split(separator: ":")
            guard parts.count == 2, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return (String(parts[0]), value)
        }, uniquingKeysWith: +)
        XCTAssertGreaterThan(counts["nodes compiled"] ?? 0, 5, result.stdout)
        XCTAssertNotNil(counts["type requests"], result.stdout)
    }

    func testResolveListsWhatEachNameIsAndWhatClosuresCapture() throws {
        try "```swift\nlet k = 2\nfunc f() -> () -> Int {\n    let a = 1\n    return { a * k }\n}\n```\n"
            .write(to: folder.appendingPathComponent("r.md"), atomically: true, encoding: .utf8)
        let result = try runNBRun(["debug", "resolve", "r.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        cell 1 (line 2, cell-1)
          3:19 Int → built-in
          5:14 a → captured let a declared at 4:9, depth 1
          5:18 k → global let k declared at 2:5, depth 0
          { } at 5:12 captures a (4:9)
        compiler lookups agreeing with the resolution: 2 of 2 (0 of names the compiler synthesized)

        """)
    }

    func testCheckComparesTheTypeCheckersTypesWithTheGenerators() throws {
        try "```swift\nlet x: Double = 1\nlet y = x * 2 + 0.5\nprint(y > 1 ? \"big\" : \"small\")\n```\n"
            .write(to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let result = try runNBRun(["debug", "check", "c.md"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("cell 1 (line 2, cell-1): 13 of 13 nodes checked, 0 errors reported by the front end\n"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("\ndisagreements: 0\n"), result.stdout)
        // Two type errors: the checker reports both; the generator reports nothing of its own.
        try "```swift\nlet x: Double = 1\nlet z: Int = x\nif x { print(1) }\n```\n"
            .write(to: folder.appendingPathComponent("e.md"), atomically: true, encoding: .utf8)
        let mistakes = try runNBRun(["debug", "check", "e.md"], in: folder)
        XCTAssertTrue(mistakes.stdout.contains("5 of 5 nodes checked, 2 errors reported by the front end\n"), mistakes.stdout)
        XCTAssertTrue(mistakes.stdout.contains("\nchecker diagnostics: 2\n"), mistakes.stdout)
        XCTAssertTrue(mistakes.stdout.contains("\ngenerator's own checks: 0\ninternal errors: 0\n"), mistakes.stdout)
        XCTAssertTrue(mistakes.stdout.contains("\nerrors by pass: parse 0, lowering 0, checker 2, checks 0, generator 0, notebook 0\n"),
                      mistakes.stdout)
        let types = try runNBRun(["debug", "types", "c.md"], in: folder)
        XCTAssertTrue(types.stdout.contains("int 1 : Double  @2:17  => Int literal as Double [checked]"), types.stdout)
    }

    func testACompileErrorIsReportedWithItsPosition() throws {
        try "```swift\nlet a = undefinedName\n```\n".write(to: folder.appendingPathComponent("bad.md"), atomically: true,
                                                       encoding: .utf8)
        let result = try runNBRun(["debug", "types", "bad.md"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("bad.md:2:9: error: cannot find 'undefinedName' in scope"), result.stderr)
    }
}
