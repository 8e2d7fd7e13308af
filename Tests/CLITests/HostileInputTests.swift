import Foundation
import XCTest

/// The command line under hostile input (issue "Hostile input and faults, round two").
final class HostileInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func testOutputEqualToTheInputIsAnError() throws {
        try write("a.md", "# A\n")
        for output in ["a.md", "./a.md"] {
            let result = try runNBRun(["a.md", "-o", output], in: folder)
            XCTAssertEqual(result.status, 2)
            XCTAssertEqual(result.stderr, "a.md: error: the output '\(output)' is the notebook 'a.md' itself; choose another path with -o\n")
            XCTAssertEqual(try read("a.md"), "# A\n")
        }
    }

    func testOutputThatIsAFIFOIsRefused() throws {
        try write("a.md", "# A\n")
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("out.html").path, 0o644), 0)
        let result = try runNBRun(["a.md", "-o", "out.html"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("'out.html' is a FIFO (named pipe), not a regular file"), result.stderr)
        var status = stat()
        XCTAssertEqual(lstat(folder.appendingPathComponent("out.html").path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO is left in place")
    }

    func testFIFOAndDeviceInputsGetAClearMessage() throws {
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644), 0)
        let fifo = try runNBRun(["pipe.md"], in: folder)
        XCTAssertEqual(fifo.status, 2)
        XCTAssertEqual(fifo.stderr, "pipe.md: error: 'pipe.md' is a FIFO (named pipe), not a regular file; a notebook must be a regular file\n")
        let zero = try runNBRun(["/dev/zero", "-o", "zero.html"], in: folder)
        XCTAssertEqual(zero.status, 2)
        XCTAssertEqual(zero.stderr, "/dev/zero: error: '/dev/zero' is a character device, not a regular file; a notebook must be a regular file\n")
    }

    func testSecondOutputIsAnError() throws {
        try write("a.md", "# A\n")
        for arguments in [["-o", "x.html", "-o", "y.html"], ["--output=x.html", "-o", "y.html"]] {
            let result = try runNBRun(["a.md"] + arguments, in: folder)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains("--output is given 2 times ('x.html', 'y.html'); give it once"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("y.html").path))
        }
    }

    func testNULByteIsAnErrorAtItsPosition() throws {
        try write("nul.md", "# Titolo\n\nprima\u{0}dopo\n")
        let result = try runNBRun(["nul.md", "-o", "nul.html"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("nul.md:3:6: error: the file contains a NUL character"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nul.html").path))
    }

    func testControlCharactersInOutputAreShownVisibly() throws {
        try write("ctrl.md", "```swift\nprint(\"a\\u{1B}[31mb\\u{07}c\\u{0}d\")\n```\n")
        let result = try runNBRun(["ctrl.md", "-o", "ctrl.html"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try read("ctrl.html")
        XCTAssertTrue(page.contains("a\\u{1B}[31mb\\u{7}c\\u{0}d"), page)
        XCTAssertFalse(page.unicodeScalars.contains { $0.value < 0x20 && !["\n", "\t", "\r"].contains($0) })
    }

    func testParameterFileErrorsShowThePosition() throws {
        try write("p.md", "```swift\nlet n = slider(\"n\", default: 3, in: 1...9, step: 1, label: \"N\")\nprint(n)\n```\n")
        try write("bad.yml", "n: 2\nm: [1, 2\n")
        let yaml = try runNBRun(["p.md", "--params", "bad.yml"], in: folder)
        XCTAssertEqual(yaml.status, 2)
        XCTAssertTrue(yaml.stderr.hasPrefix("bad.yml:"), yaml.stderr)
        XCTAssertTrue(yaml.stderr.contains("error: the parameter file is not valid YAML"), yaml.stderr)
        XCTAssertTrue(yaml.stderr.contains("\n^") || yaml.stderr.contains(" ^"), yaml.stderr)
        try Data([0x6E, 0x3A, 0x20, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("latin.yml"))
        let latin = try runNBRun(["p.md", "--params", "latin.yml"], in: folder)
        XCTAssertEqual(latin.status, 2)
        XCTAssertTrue(latin.stderr.hasPrefix("latin.yml:1:4: error: the parameter file is not valid UTF-8 text"), latin.stderr)
    }

    func testTerminationEndsALongMatmulLoopAtOnce() throws {
        // `exit` waited for OpenBLAS's worker threads for 90 s; the signal path now ends the process at once.
        try write("blas.md", """
        ```swift
        let a = ones([400, 400])
        var last = a
        for _ in 0..<1_000_000 { last = a.matmul(a) }
        print(last)
        ```

        """)
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let process = Process()
        process.executableURL = products.appendingPathComponent("nbrun")
        process.arguments = ["blas.md", "-o", "blas.html"]
        process.currentDirectoryURL = folder
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        XCTAssertTrue(process.isRunning, "the loop should still be running")
        let start = Date()
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(process.terminationStatus, 143)
        // One second is the promise; the bound is looser because the test machine may be heavily loaded.
        XCTAssertLessThan(elapsed, 5, "SIGTERM took \(elapsed) s")
        let strays = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(strays, [])
    }
}
