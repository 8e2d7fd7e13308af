import Foundation
import XCTest

/// Hostile cells through the command line (issue 19, round two): the run's memory budget and its flag, a long native
/// call and the cell's deadline, and a deep value held in a global when the process ends.
final class HostileCellCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-hostile-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testMemoryLimitFlagStopsARunawayCell() throws {
        try write("m.md", "```swift\nvar s = \"ab\"\nfor _ in 0..<40 { s += s }\n```\n")
        let result = try runNBRun(["m.md", "-o", "m.html", "--memory-limit", "0.5"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("m.md:3:21: error: memory limit exceeded: the run would use more than 512 MiB (a run's budget; raise it with nbrun --memory-limit <GiB>)\n"),
                      result.stderr)
        let bad = try runNBRun(["m.md", "-o", "m.html", "--memory-limit", "0"], in: folder)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--memory-limit takes a positive number of GiB, not '0.0'"), bad.stderr)
    }

    func testReplacingInAHugeStringStopsAtTheCellTimeout() throws {
        try write("t.md", """
        ```swift
        //| timeout: 1
        let s = String(repeating: "a", count: 1 << 26).replacingOccurrences(of: "a", with: "bc")
        print(s.count)
        ```

        """)
        let before = childCPUSeconds()
        let result = try runNBRun(["t.md", "-o", "t.html"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("t.md:3:48: error: cell timed out after 1 s\n"), result.stderr)
        // CPU time, not wall time (the machine may be loaded): 1 s for the cell plus start-up, where Foundation's
        // replacement alone took over 20 s.
        XCTAssertLessThan(childCPUSeconds() - before, 12)
    }

    /// CPU seconds used by the child processes this test process has waited for.
    private func childCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    func testALongLinkedListInAGlobalDoesNotCrashTheExit() throws {
        try write("l.md", """
        ```swift
        class Node { var next: Node?; init(_ n: Node?) { next = n } }
        var head: Node? = nil
        for _ in 0..<200_000 { head = Node(head) }
        print("built")
        ```

        """)
        let result = try runNBRun(["l.md", "-o", "l.html"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("l.html"), encoding: .utf8).contains("built"))
    }
}
