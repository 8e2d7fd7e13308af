import Foundation
import NotebookFormat
import Parameters
import Publishing
import Runner
import XCTest

/// Live pages with the cell cache: each segment's states are cached, so an edit recomputes only the segments it
/// touches, and every page built from the cache is byte-identical to a fresh build (the oracle).
final class LiveCacheTests: XCTestCase {
    static let lesson = """
    ---
    title: Segmenti
    ---

    ```swift
    //| label: dati
    let xs = [0.0, 1.0, 2.0, 3.0]
    let prima = Figure(title: "Punti", width: 300, height: 200)
    prima.scatter(x: xs, y: xs)
    show(prima)
    ```

    ```swift
    //| label: retta
    let m = slider("m", default: 1.0, in: 0.5...2.0, step: 0.5, label: "Pendenza")
    let q = slider("q", default: 0.0, in: -1.0...1.0, step: 0.5, label: "Intercetta")
    let fig = Figure(title: "Retta", width: 300, height: 200)
    fig.line(x: xs, y: xs.map { m * $0 + q }, label: "retta")
    show(fig)
    ```

    ```swift
    //| label: errore
    print(String(format: "m × q = %.2f", m * q))
    ```

    ```swift
    //| label: altro
    print("fine")
    ```

    ```swift
    //| label: dopo
    let ultima = Figure(title: "Dopo", width: 300, height: 200)
    ultima.line(x: xs, y: xs)
    show(ultima)
    ```
    """

    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-live-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Builds `text` as a page, with the folder's cache or without any; returns the page and the labels of the cells
    /// that ran in nbrun's own process.
    private func build(_ text: String, cached: Bool) throws -> (page: String, ran: [String]) {
        let input = folder.appendingPathComponent("lezione.md").path
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        let ran = Labels()
        var options = RunOptions(progress: { progress in
            if case .cell(_, _, let label, false) = progress.event { ran.add(label) }
        })
        options.cache = cached ? CellCache(directory: folder.appendingPathComponent("cache").path) : nil
        let output = folder.appendingPathComponent(cached ? "cached.html" : "fresh.html").path
        let report = PageBuilder.build(input: input, output: output, options: options)
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        return (try String(contentsOfFile: output, encoding: .utf8), ran.values)
    }

    func assertCachedEqualsFresh(_ text: String, ran expected: [String]?, _ message: String = "",
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let cached = try build(text, cached: true)
        let fresh = try build(text, cached: false)
        XCTAssertTrue(cached.page == fresh.page, "the cached page differs from a fresh one", file: file, line: line)
        XCTAssertTrue(cached.page.contains("nbrun-live-data"), file: file, line: line)
        if let expected { XCTAssertEqual(cached.ran, expected, message, file: file, line: line) }
    }

    func testAnEditOutsideTheSegmentsRecomputesNoState() throws {
        try assertCachedEqualsFresh(Self.lesson, ran: nil)
        try assertCachedEqualsFresh(Self.lesson, ran: [])
        let other = Self.lesson.replacingOccurrences(of: "print(\"fine\")", with: "print(\"fine!\")")
        try assertCachedEqualsFresh(other, ran: ["altro"])
    }

    func testAnEditInsideASegmentRecomputesItWithWhatItReads() throws {
        try assertCachedEqualsFresh(Self.lesson, ran: nil)
        let edited = Self.lesson.replacingOccurrences(of: "m × q = %.2f", with: "m · q = %.3f")
        try assertCachedEqualsFresh(edited, ran: ["dati", "retta", "errore"])
    }

    /// A cell shows one more figure: the cached cells that draw after it have other plot ids, so they run again.
    func testAnotherFigureCountAboveCachedCellsIsNotReusedStale() throws {
        try assertCachedEqualsFresh(Self.lesson, ran: nil)
        let twoFigures = Self.lesson.replacingOccurrences(of: "show(prima)", with: "show(prima)\nshow(prima)")
        try assertCachedEqualsFresh(twoFigures, ran: nil)
        let middle = twoFigures.replacingOccurrences(of: "print(\"fine\")", with: "print(\"fine.\")")
        try assertCachedEqualsFresh(middle, ran: ["altro"])
    }
}

extension LiveCacheTests {
    /// A cached segment's results are read only when its layout is not cached; when they turn out damaged, the
    /// states are computed again.
    func testDamagedResultsOfACachedSegmentAreComputedAgain() throws {
        try assertCachedEqualsFresh(Self.lesson, ran: nil)
        let cache = folder.appendingPathComponent("cache")
        let results = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix("-results.blob") }
        XCTAssertEqual(results.count, 1)
        for name in results {
            let path = cache.appendingPathComponent(name).path
            var bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
            bytes[bytes.count - 10] ^= 0xFF
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: bytes))
        }
        try assertCachedEqualsFresh(Self.lesson, ran: [], "the layout is cached: the results are not read")
        // A caption is drawn by the page, not computed: the states stay, the layout is made again from the results.
        let captioned = Self.lesson.replacingOccurrences(of: "//| label: retta", with: "//| label: retta\n//| caption: La retta.")
        try assertCachedEqualsFresh(captioned, ran: ["dati", "retta", "errore"])
        try assertCachedEqualsFresh(captioned.replacingOccurrences(of: "La retta.", with: "Una retta."), ran: [])
    }
}

/// Labels collected from progress callbacks.
private final class Labels: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ label: String) { lock.lock(); list.append(label); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
