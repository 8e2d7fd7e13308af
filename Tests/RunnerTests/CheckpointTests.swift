import Diagnostics
import Foundation
import NotebookFormat
@testable import Runner
import XCTest

/// Checkpoints against their oracle: after every edit, a run that resumes from a frozen interpreter state equals a
/// fresh run of the edited notebook, and runs only the cells that must run.
final class CheckpointTests: XCTestCase {
    private var folder: URL!
    private var store: CheckpointStore!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-checkpoints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = CheckpointStore()
    }

    override func tearDownWithError() throws {
        store.closeAll()
        try? FileManager.default.removeItem(at: folder)
    }

    static let lesson = """
    # Checkpoint

    ```swift
    let base = slider("base", default: 3, in: 1...10, step: 1)
    ```

    A costly cell, like a training.

    ```swift
    //| label: costly
    var model: [Int] = []
    for i in 0..<base * 1000 { model.append(i % 7) }
    print("trained", model.count)
    ```

    ```swift
    let unrelated = "x"
    print(unrelated)
    ```

    ```swift
    //| label: uses-model
    print(model.reduce(0, +) + 1)
    ```
    """

    /// Runs `source` (cache and checkpoints, or neither) and returns the run and the labels of the cells that ran.
    private func run(_ source: String, incremental: Bool, allowErrors: Bool = false) throws -> (NotebookRun, [String]) {
        let ran = Labels()
        let cache = incremental ? CellCache(directory: folder.appendingPathComponent("cache").path) : nil
        let options = RunOptions(allowErrors: allowErrors, cache: cache, progress: { progress in
            if case .cell(_, _, let label, false) = progress.event { ran.add(label) }
        })
        var withStore = options
        withStore.checkpoints = incremental ? store : nil
        let notebook = try NotebookParser.parse(source: source, path: "lesson.md")
        return (NotebookRunner.run(notebook, options: withStore), ran.all)
    }

    /// Runs `source` incrementally and checks it against a fresh run; returns the labels of the cells that ran.
    @discardableResult
    private func check(_ source: String, allowErrors: Bool = false, file: StaticString = #filePath,
                       line: UInt = #line) throws -> [String] {
        let (incremental, ran) = try run(source, incremental: true, allowErrors: allowErrors)
        let (fresh, _) = try run(source, incremental: false, allowErrors: allowErrors)
        XCTAssertEqual(incremental.results, fresh.results, file: file, line: line)
        XCTAssertEqual(incremental.errors, fresh.errors, file: file, line: line)
        XCTAssertEqual(incremental.warnings, fresh.warnings, file: file, line: line)
        return ran
    }

    func testEditsResumeFromTheStateBeforeThemAndEqualFreshRuns() throws {
        XCTAssertEqual(try check(Self.lesson), ["cell 1", "costly", "cell 3", "uses-model"])
        XCTAssertEqual(store.boundaries(of: "lesson.md"), [1, 2, 3, 4])

        // The last cell reads the model: it runs from the checkpoint before it; the costly cell does not run.
        let v2 = Self.lesson.replacingOccurrences(of: "+ 1)", with: "+ 2)")
        XCTAssertEqual(try check(v2), ["uses-model"])
        let v3 = v2.replacingOccurrences(of: "+ 2)", with: "* 3)").replacingOccurrences(of: "A costly", with: "Un costoso")
        XCTAssertEqual(try check(v3), ["uses-model"])
        // Editing the costly cell runs it and the cell that reads what it writes.
        let v4 = v3.replacingOccurrences(of: "i % 7", with: "i % 5")
        XCTAssertEqual(try check(v4), ["costly", "uses-model"])
        // A new cell at the top changes every boundary's compile state: a fresh worker runs what must run.
        let v5 = v4.replacingOccurrences(of: "# Checkpoint\n", with: "# Checkpoint\n\n```swift\nlet primo = 1\n```\n")
        XCTAssertEqual(try check(v5), ["cell 1"])
        // That worker ran only the new cell, so its one checkpoint is before the slider cell: the costly cell runs again.
        XCTAssertEqual(store.boundaries(of: "lesson.md"), [1])
        let v6 = v5.replacingOccurrences(of: "* 3)", with: "* 4)")
        XCTAssertEqual(try check(v6), ["cell 2", "costly", "uses-model"])
    }

    func testFailingCellsAndCompileErrorsOutOfProcessEqualFreshRuns() throws {
        try check(Self.lesson, allowErrors: true)
        let failing = Self.lesson.replacingOccurrences(of: "print(model.reduce(0, +) + 1)", with: "print(model[100000])")
        XCTAssertEqual(try check(failing, allowErrors: true), ["uses-model"])
        let broken = Self.lesson.replacingOccurrences(of: "print(unrelated)", with: "print(unrelatd)")
        try check(broken, allowErrors: true)
        try check(broken, allowErrors: false)
        XCTAssertEqual(try check(Self.lesson.replacingOccurrences(of: "+ 1)", with: "+ 9)")), ["uses-model"])
    }

    /// A lesson whose cells fail (a compile error, a run-time error before a declaration) and whose later cells use
    /// what they declare: out of process, from checkpoints and the cache, each use is the same error at the same
    /// place as in a fresh run, and no default value is ever printed.
    static let failing = """
    # Failing

    ```swift
    let base = slider("base", default: 3, in: 1...10, step: 1)
    ```

    ```swift
    var losses: [Double] = [1, 2]
    let k = undefinedThing
    ```

    ```swift
    //| label: reads-losses
    print(losses.count)
    ```

    ```swift
    //| label: traps
    var kept = base * 2
    let z: Int = [1][base + 2]
    var after = 3
    ```

    ```swift
    //| label: reads-after
    print(kept)
    print(z, after)
    ```

    ```swift
    //| label: unrelated
    print("unrelated")
    ```
    """

    func testGlobalsOfFailedCellsAreErrorsAtTheirUseOutOfProcessAsInFreshRuns() throws {
        try check(Self.failing, allowErrors: true)
        let (fresh, _) = try run(Self.failing, incremental: false, allowErrors: true)
        XCTAssertEqual(fresh.results.map(\.status), [.succeeded, .failed, .failed, .failed, .failed, .succeeded])
        XCTAssertEqual(fresh.results[2].diagnostics.map(\.message),
                       ["'losses' is not available: the cell that declares it (line 8) did not compile"])
        XCTAssertEqual(fresh.results[4].diagnostics.map(\.message),
                       ["'z' is not available: the cell that declares it (line 20) stopped at an error on line 20 before it got a value"])
        XCTAssertEqual(fresh.results[4].diagnostics.first?.location, SourceLocation(line: 27, column: 7))
        XCTAssertEqual(fresh.results[4].outputs, [.text("6\n")])
        // Editing the cell that reads the missing global runs it alone, from the checkpoint before it: the frozen
        // state remembers which globals the trapping cell left without a value.
        let edited = Self.failing.replacingOccurrences(of: "print(z, after)", with: "print(after)")
        XCTAssertEqual(try check(edited, allowErrors: true), ["reads-after"])
        let (editedRun, _) = try run(edited, incremental: false, allowErrors: true)
        XCTAssertEqual(editedRun.results[4].diagnostics.map(\.message),
                       ["'after' is not available: the cell that declares it (line 21) stopped at an error on line 20 before it got a value"])
        // Once the trap is gone, the values are there.
        let fixed = edited.replacingOccurrences(of: "[1][base + 2]", with: "[1][base - 3]")
        try check(fixed, allowErrors: true)
        let (fixedRun, _) = try run(fixed, incremental: false, allowErrors: true)
        XCTAssertEqual(fixedRun.results[4].status, .succeeded)
    }
}

private final class Labels: @unchecked Sendable {
    private let lock = NSLock()
    private var labels: [String] = []
    func add(_ label: String) { lock.lock(); labels.append(label); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return labels }
}
