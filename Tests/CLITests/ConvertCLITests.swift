import Foundation
import XCTest

/// `nbrun convert` from the shell, the errors that point Jupyter users to it, completion scripts and `--version`.
final class ConvertCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-convert-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Lezione\n\n```swift\nprint(\"ciao\")\n```\n".write(to: folder.appendingPathComponent("lesson.md"),
                                                                  atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testConvertWritesBesideTheInputAndBack() throws {
        let result = try runNBRun(["convert", "lesson.md", "--to", "ipynb"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "wrote lesson.ipynb\n")
        let json = try runNBRun(["convert", "lesson.md", "-o", "out/results.json", "--quiet"], in: folder)
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertEqual(json.stdout, "")
        let back = try runNBRun(["convert", "lesson.ipynb", "-o", "copy.md"], in: folder)
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("copy.md"), encoding: .utf8),
                       "# Lezione\n\n```swift\nprint(\"ciao\")\n```\n")
    }

    func testRenderingANotebookOrWritingNonHTMLNamesConvert() throws {
        let result = try runNBRun(["convert", "lesson.md", "--to", "ipynb", "--quiet"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let render = try runNBRun(["lesson.ipynb"], in: folder)
        XCTAssertEqual(render.status, 2)
        XCTAssertEqual(render.stderr, "error: 'lesson.ipynb' is a Jupyter notebook, not an nbrun lesson; convert it first: "
                       + "nbrun convert lesson.ipynb --to md\n")
        let output = try runNBRun(["render", "lesson.md", "-o", "page.ipynb"], in: folder)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "error: 'page.ipynb' is not an HTML page; to write a Jupyter notebook, use: "
                       + "nbrun convert lesson.md --to ipynb -o page.ipynb\n")
        let text = try runNBRun(["lesson.md", "-o", "page.txt"], in: folder)
        XCTAssertEqual(text.status, 2)
        XCTAssertEqual(try files(), ["lesson.ipynb", "lesson.md"])
        let wrongFormat = try runNBRun(["convert", "lesson.md", "--to", "pdf"], in: folder)
        XCTAssertEqual(wrongFormat.status, 2)
        XCTAssertTrue(wrongFormat.stderr.contains("ipynb"), wrongFormat.stderr)
    }

    func testCompletionScriptsAndVersion() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try runNBRun(["--generate-completion-script", shell], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("convert"), shell)
            XCTAssertTrue(result.stdout.contains("ipynb"), shell)
        }
        let version = try runNBRun(["--version"], in: folder)
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, version.stdout)
    }
}
