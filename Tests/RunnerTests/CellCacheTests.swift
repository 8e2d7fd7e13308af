import Diagnostics
import Foundation
import NotebookFormat
import Parameters
@testable import Runner
import XCTest

/// The cell cache against its oracle: every cached or partly cached run equals a fresh run of the same notebook.
final class CellCacheTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let lesson = """
    ---
    title: Prova
    ---

    Some prose.

    ```swift
    //| label: dati
    var xs = [1.0, 2.0, 3.0]
    let k = slider("k", default: 2.0, in: 0.0...5.0, step: 0.5)
    print(xs.map { $0 * k })
    ```

    More prose.

    ```swift
    func boom(_ i: Int) -> Int { let a = [1, 2]; return a[i] }
    print("ready")
    ```

    ```swift
    //| error: true
    print(boom(5))
    ```

    ```swift
    //| error: true
    let local = [1]
    print(local[3])
    ```

    ```swift
    //| caption: A plot.
    let fig = Figure(title: "Linea")
    fig.line(x: xs, y: xs.map { $0 * k })
    show(fig)
    print(courseText().count)
    ```

    The end.
    """

    private func notebook(_ source: String) throws -> Notebook {
        try NotebookParser.parse(source: source, path: "lesson.md")
    }

    /// Runs `source` and returns the run and how many cells executed in the interpreter.
    private func run(_ source: String, cache: CellCache?, parameters: [String: ParameterValue] = [:],
                     courseText: String = "corso") throws -> (NotebookRun, executed: Int) {
        let counter = Counter()
        let options = RunOptions(parameters: parameters, courseText: { courseText }, cache: cache,
                                 progress: { progress in
                                     if case .cell(_, _, _, false) = progress.event { counter.add() }
                                 })
        let run = NotebookRunner.run(try notebook(source), options: options)
        return (run, counter.value)
    }

    private func assertSame(_ a: NotebookRun, _ b: NotebookRun, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.results, b.results, file: file, line: line)
        XCTAssertEqual(a.errors, b.errors, file: file, line: line)
        XCTAssertEqual(a.warnings, b.warnings, file: file, line: line)
    }

    private func cache(_ mode: CellCache.Mode = .readWrite) -> CellCache {
        CellCache(directory: folder.appendingPathComponent("cache").path, mode: mode)
    }

    func testWarmCacheRunsNoCellAndEqualsAFreshRun() throws {
        let fresh = try run(Self.lesson, cache: nil)
        XCTAssertEqual(fresh.executed, 5)
        XCTAssertEqual(fresh.0.results.map(\.status), [.succeeded, .succeeded, .failed, .failed, .succeeded])
        let cold = try run(Self.lesson, cache: cache())
        assertSame(cold.0, fresh.0)
        let warm = try run(Self.lesson, cache: cache())
        assertSame(warm.0, fresh.0)
        // The cell that fails inside a function of another cell is not cached (its error points outside it).
        XCTAssertEqual(warm.executed, 2, "cell 3 (its error points into cell 2) is not cached: it and cell 2, whose boom it calls, run")
    }

    /// A global read only inside an extension's member (of a built-in type, or added to a type declared earlier)
    /// still makes the cells using that member run again when it changes: cached equals fresh after the edit.
    func testAGlobalReadThroughAnExtensionMemberRunsItsUsersAgain() throws {
        let lessons = [
            "# E\n\n```swift\nvar factor = 2\n```\n\n```swift\nextension Int { var scaled: Int { self * factor } }\n```\n\n```swift\nprint(3.scaled)\n```\n",
            "# E\n\n```swift\nvar factor = 2\n```\n\n```swift\nstruct P { func f() -> Int { factor } }\n```\n\n```swift\nextension P { func h() -> Int { 0 } }\n```\n\n```swift\nprint(P().f())\n```\n",
        ]
        for lesson in lessons {
            let store = cache()
            _ = try run(lesson, cache: store)
            let edited = lesson.replacingOccurrences(of: "var factor = 2", with: "var factor = 5")
            let fresh = try run(edited, cache: nil)
            let cached = try run(edited, cache: store)
            assertSame(cached.0, fresh.0)
        }
    }

    /// A compile warning (`3 ?? 4`, valid Swift) is reported once per run, fresh, cold or warm.
    func testACompileWarningIsReportedOnce() throws {
        let source = "# W\n\n```swift\nlet w = 3 ?? 4\nprint(w)\n```\n"
        for mode in [nil, cache(), cache()] {
            let (run, _) = try run(source, cache: mode)
            XCTAssertEqual(run.warnings.map(\.message), ["left side of nil coalescing operator '??' has non-optional type 'Int', so the right side is never used"])
            XCTAssertEqual(run.results.map(\.status), [.succeeded])
        }
    }

    func testProseEditAboveCellsRunsNothingAndMovesDiagnostics() throws {
        let edited = Self.lesson.replacingOccurrences(of: "Some prose.", with: "Some prose,\nnow on\nthree lines.")
            .replacingOccurrences(of: "More prose.", with: "")
        _ = try run(Self.lesson.replacingOccurrences(of: "print(boom(5))", with: "print(boom(1))"), cache: cache())
        let withoutOutside = edited.replacingOccurrences(of: "print(boom(5))", with: "print(boom(1))")
        let fresh = try run(withoutOutside, cache: nil)
        let cached = try run(withoutOutside, cache: cache())
        assertSame(cached.0, fresh.0)
        XCTAssertEqual(cached.executed, 0)
        let failure = try XCTUnwrap(cached.0.results[3].diagnostics.first)
        XCTAssertEqual(failure.location?.line, 31, "the index error is placed at its new line")
    }

    func testChangedCellParameterAndCourseTextRunAgain() throws {
        _ = try run(Self.lesson, cache: cache())
        let edited = Self.lesson.replacingOccurrences(of: "The end.", with: "Fine.")
            .replacingOccurrences(of: "let fig = Figure(title: \"Linea\")", with: "let fig = Figure(title: \"Retta\")")
        let fresh = try run(edited, cache: nil)
        let cached = try run(edited, cache: cache())
        assertSame(cached.0, fresh.0)
        XCTAssertGreaterThan(cached.executed, 0)

        let other = try run(edited, cache: cache(), parameters: ["k": .double(3)])
        assertSame(other.0, try run(edited, cache: nil, parameters: ["k": .double(3)]).0)
        XCTAssertTrue(other.0.results[0].outputs.contains(.text("[3.0, 6.0, 9.0]\n")))

        let longer = try run(edited, cache: cache(), courseText: "un corso più lungo")
        assertSame(longer.0, try run(edited, cache: nil, courseText: "un corso più lungo").0)
        XCTAssertGreaterThan(longer.executed, 0)
    }

    func testEditedCellRunsWithItsDependentsAndTheWritersItReadsOnly() throws {
        _ = try run(Self.lesson, cache: cache())
        // The last cell reads xs and k (cell 1): it runs with cell 1. Cell 3 is never cached (its error points into
        // cell 2), so it always runs with cell 2; cell 4 keeps its cached outputs.
        let last = Self.lesson.replacingOccurrences(of: "print(courseText().count)", with: "print(courseText().count + 1)")
        let lastRun = try run(last, cache: cache())
        assertSame(lastRun.0, try run(last, cache: nil).0)
        XCTAssertEqual(lastRun.executed, 4)
        // Cell 2 declares boom, which cell 3 calls: both run; the first, fourth and last cells do not.
        let middle = Self.lesson.replacingOccurrences(of: "print(\"ready\")", with: "print(\"pronto\")")
        let middleRun = try run(middle, cache: cache())
        assertSame(middleRun.0, try run(middle, cache: nil).0)
        XCTAssertEqual(middleRun.executed, 2)
    }

    /// Plot ids count the figures shown before: a cell that runs after cached drawing cells, or a cached drawing cell
    /// after a cell that now shows another number of figures, still gets the ids of a fresh run.
    func testPlotIdsCountTheFiguresOfCachedCells() throws {
        let drawing = """
        ```swift
        let f = Figure(title: "a", width: 300, height: 200)
        f.line(x: [0.0, 1.0], y: [0.0, 1.0])
        show(f)
        ```

        ```swift
        let v = 2.0
        ```

        ```swift
        let g = Figure(title: "b", width: 300, height: 200)
        g.line(x: [0.0, 1.0], y: [0.0, v])
        show(g)
        ```
        """
        _ = try run(drawing, cache: cache())
        let edited = drawing.replacingOccurrences(of: "let v = 2.0", with: "let v = 3.0")
        let middle = try run(edited, cache: cache())
        assertSame(middle.0, try run(edited, cache: nil).0)
        XCTAssertEqual(middle.executed, 2, "the first cell's figure comes from the cache")
        let twice = edited.replacingOccurrences(of: "show(f)", with: "show(f)\nshow(f)")
        let more = try run(twice, cache: cache())
        assertSame(more.0, try run(twice, cache: nil).0)
    }

    /// Above its size limit, opening the cache removes the entries used longest ago, down to 3/4 of the limit; a
    /// hit counts as a use.
    func testOverItsLimitTheCacheDropsTheLeastRecentlyUsedEntries() throws {
        let directory = folder.appendingPathComponent("limited")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let now = Date()
        for index in 0..<8 {
            let path = directory.appendingPathComponent("entry\(index).blob").path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(count: 1000)))
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(Double(index - 100))],
                                                  ofItemAtPath: path)
        }
        _ = CellCache(directory: directory.path, limitBytes: 10_000)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).count, 8, "under the limit")
        _ = CellCache(directory: directory.path, limitBytes: 6_000)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(left, ["entry4.blob", "entry5.blob", "entry6.blob", "entry7.blob"], "down to 4,500 bytes")

        // A hit makes an entry the most recently used.
        let cache = self.cache()
        _ = try run(Self.lesson, cache: cache)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.directory).filter { $0.hasSuffix(".cell") }
        let old = now.addingTimeInterval(-1000)
        for name in entries {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: cache.directory + "/" + name)
        }
        _ = try run(Self.lesson, cache: self.cache())
        for name in entries {
            let attributes = try FileManager.default.attributesOfItem(atPath: cache.directory + "/" + name)
            XCTAssertGreaterThan((attributes[.modificationDate] as! Date).timeIntervalSince(old), 500, name)
        }
    }

    func testRefreshRunsEveryCellAndRewritesEntries() throws {
        _ = try run(Self.lesson, cache: cache())
        let refreshed = try run(Self.lesson, cache: cache(.refresh))
        XCTAssertEqual(refreshed.executed, 5)
        assertSame(refreshed.0, try run(Self.lesson, cache: nil).0)
    }

    func testCorruptAndTruncatedEntriesAreIgnoredAndReplaced() throws {
        _ = try run(Self.lesson, cache: cache())
        let directory = folder.appendingPathComponent("cache").path
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".cell") }.sorted()
        XCTAssertEqual(entries.count, 4)
        // Flip one byte in the payload of the first entry, cut the second short, empty the third.
        var first = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + entries[0]))
        first[first.count - 3] ^= 0x20
        try first.write(to: URL(fileURLWithPath: directory + "/" + entries[0]))
        let second = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + entries[1]))
        try second.prefix(second.count / 2).write(to: URL(fileURLWithPath: directory + "/" + entries[1]))
        try Data().write(to: URL(fileURLWithPath: directory + "/" + entries[2]))
        let store = cache()
        let again = try run(Self.lesson, cache: store)
        assertSame(again.0, try run(Self.lesson, cache: nil).0)
        XCTAssertGreaterThanOrEqual(store.statistics.misses, 3)
        let healed = try run(Self.lesson, cache: cache())
        XCTAssertEqual(healed.executed, 2, "the damaged entries were rewritten")
    }

    func testAnEntryUnderAnotherKeyIsNotUsed() throws {
        _ = try run(Self.lesson, cache: cache())
        let directory = folder.appendingPathComponent("cache").path
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".cell") }.sorted()
        // A whole, well-formed entry copied under another cell's name must not be taken for that cell.
        try FileManager.default.removeItem(atPath: directory + "/" + entries[1])
        try FileManager.default.copyItem(atPath: directory + "/" + entries[0], toPath: directory + "/" + entries[1])
        assertSame(try run(Self.lesson, cache: cache()).0, try run(Self.lesson, cache: nil).0)
    }

    func testTwoRunsSharingOneCacheAtOnceBothEqualAFreshRun() throws {
        let fresh = try run(Self.lesson, cache: nil).0
        let results = Results()
        let source = Self.lesson
        let directory = folder.appendingPathComponent("cache").path
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let options = RunOptions(courseText: { "corso" }, cache: CellCache(directory: directory))
            let notebook = try! NotebookParser.parse(source: source, path: "lesson.md")
            results.add(NotebookRunner.run(notebook, options: options))
        }
        for run in results.all { assertSame(run, fresh) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache").path)
            .filter { $0.hasPrefix(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testCompileErrorsRunNothingWithOrWithoutCache() throws {
        let broken = Self.lesson.replacingOccurrences(of: "print(\"ready\")", with: "print(nonEsiste)")
        _ = try run(Self.lesson, cache: cache())
        let cached = try run(broken, cache: cache())
        assertSame(cached.0, try run(broken, cache: nil).0)
        XCTAssertEqual(cached.executed, 0)
        XCTAssertTrue(cached.0.failed)
    }

    /// Cells that fail and later cells that use what they declared: a cold, a warm and a partly cached run equal
    /// a fresh one (each use is an error at its place; nothing reads a default value).
    func testGlobalsOfFailedCellsGiveTheSameErrorsCachedOrNot() throws {
        let source = """
        # F

        ```swift
        //| error: true
        var losses: [Double] = [1, 2]
        let k = undefinedThing
        ```

        ```swift
        //| error: true
        print(losses.count)
        ```

        ```swift
        //| error: true
        var kept = 7
        let z: Int = [1][5]
        ```

        ```swift
        //| error: true
        print(kept)
        print(z)
        ```

        ```swift
        print(kept + 1)
        ```
        """
        let fresh = try run(source, cache: nil)
        XCTAssertEqual(fresh.0.results.map(\.status), [.failed, .failed, .failed, .failed, .succeeded])
        XCTAssertEqual(fresh.0.results[3].diagnostics.map(\.message),
                       ["'z' is not available: the cell that declares it (line 17) stopped at an error on line 17 before it got a value"])
        XCTAssertFalse(fresh.0.failed)
        assertSame(try run(source, cache: cache()).0, fresh.0)
        let warm = try run(source, cache: cache())
        assertSame(warm.0, fresh.0)
        XCTAssertEqual(warm.executed, 0)
        let edited = source.replacingOccurrences(of: "print(kept + 1)", with: "print(kept + 2)")
        let partly = try run(edited, cache: cache())
        assertSame(partly.0, try run(edited, cache: nil).0)
        XCTAssertEqual(partly.0.results[4].outputs, [.text("9\n")])
    }

    func testSHA256MatchesKnownDigests() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(String(repeating: "a", count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [NotebookRun] = []
    func add(_ run: NotebookRun) { lock.lock(); runs.append(run); lock.unlock() }
    var all: [NotebookRun] { lock.lock(); defer { lock.unlock() }; return runs }
}
