import Foundation
import XCTest

/// `--param`, `--params` and `nbrun params`, run as a user would.
final class ParameterCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try lesson.write(to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private let lesson = """
    # Retta

    ```swift
    let slope = slider("slope", default: 1.0, in: 0.1...3.0, step: 0.1, label: "Pendenza")
    let intercept = slider("intercept", default: 0.5, in: -2.0...5.0, step: 0.1, label: "Intercetta")
    let epochs = slider("epochs", default: 100, in: 10...500, step: 10, label: "Epoche")
    print("y = \\(slope)x + \\(intercept), \\(epochs) epoche")
    ```

    ```swift
    print("sempre uguale")
    ```
    """

    private func nbrun(_ arguments: String...) throws -> NBRunResult {
        try runNBRun(arguments, in: folder)
    }

    private func nbrun(_ arguments: [String]) throws -> NBRunResult {
        try runNBRun(arguments, in: folder)
    }

    private func page(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func testParamChangesDependentCellsOnly() throws {
        XCTAssertEqual(try nbrun("lesson.md", "-o", "default.html", "--static").status, 0)
        let result = try nbrun("lesson.md", "-o", "changed.html", "--static", "--param", "slope=2.5", "-p", "intercept=-1",
                               "-p", "epochs=20")
        XCTAssertEqual(result.status, 0, result.stderr)
        let before = try page("default.html"), after = try page("changed.html")
        XCTAssertTrue(before.contains("<pre class=\"output\">y = 1.0x + 0.5, 100 epoche</pre>"), before)
        XCTAssertTrue(after.contains("<pre class=\"output\">y = 2.5x + -1.0, 20 epoche</pre>"), after)
        XCTAssertTrue(before.contains("<pre class=\"output\">sempre uguale</pre>"))
        XCTAssertTrue(after.contains("<pre class=\"output\">sempre uguale</pre>"))
        // The page shows the controls at their values, the changed values and the command that re-runs it.
        XCTAssertTrue(after.contains("<input type=\"range\" id=\"param-slope\" min=\"0.1\" max=\"3.0\" step=\"0.1\" value=\"2.5\""), after)
        XCTAssertTrue(after.contains("<code>slope = 2.5</code>"))
        XCTAssertFalse(before.contains("class=\"run-parameters\""))
        XCTAssertTrue(after.contains("nbrun lesson.md --param slope=2.5 --param intercept=-1.0 --param epochs=20"))
    }

    func testLivePageMovesAndStaticDoesNot() throws {
        let live = try nbrun(folder.appendingPathComponent("lesson.md").path, "-o", "live.html", "--live-max-states", "200")
        XCTAssertEqual(live.status, 0, live.stderr)
        let livePage = try page("live.html")
        XCTAssertTrue(livePage.contains("<script type=\"application/json\" id=\"nbrun-live-data\">"))
        XCTAssertTrue(livePage.contains("<input type=\"range\" id=\"param-slope\" min=\"0\" max=\"29\" step=\"1\" value=\"9\" disabled=\"\" data-live=\"\" aria-valuetext=\"1.0\">"), livePage)
        XCTAssertTrue(livePage.contains("<code class=\"rerun-command\">nbrun lesson.md --param slope=1.0"), "relative path")
        XCTAssertFalse(livePage.contains(folder.path), "no path of the machine it was built on")
        XCTAssertTrue(livePage.contains("La pagina contiene ogni valore di ciascuno di questi controlli") || livePage.contains("The page holds every value"))
        XCTAssertEqual(try nbrun("lesson.md", "-o", "static.html", "--static").status, 0)
        XCTAssertFalse(try page("static.html").contains("<script"))
        XCTAssertEqual(try nbrun("lesson.md", "--live-max-states", "0").status, 2)
    }

    func testParamsFileIsRead() throws {
        try "slope: 3.0\nepochs: 500\n".write(to: folder.appendingPathComponent("p.yml"), atomically: true, encoding: .utf8)
        let result = try nbrun("lesson.md", "-o", "p.html", "--params", "p.yml")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try page("p.html").contains("y = 3.0x + 0.5, 500 epoche"))
    }

    func testBadParametersExitTwoAndWriteNothing() throws {
        let cases: [([String], String)] = [
            (["--param", "slpoe=2"], "unknown parameter 'slpoe'"),
            (["--param", "slope=abc"], "parameter 'slope' is a Double; 'abc' is not a number"),
            (["--param", "epochs=2.5"], "parameter 'epochs' is an Int"),
            (["--param", "slope=9"], "out of range"),
            (["--param", "slope=1", "--param", "slope=2"], "given twice"),
            (["--param", "slope"], "--param takes NAME=VALUE"),
        ]
        for (arguments, message) in cases {
            let result = try nbrun(["lesson.md", "-o", "out.html"] + arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
        }
        let unknown = try nbrun("lesson.md", "--param", "slpoe=2")
        XCTAssertTrue(unknown.stderr.contains("note: did you mean 'slope'?"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("known parameters: slope, intercept, epochs"), unknown.stderr)
    }

    func testParamsSubcommandListsWithoutRunning() throws {
        // A cell that would never finish proves nothing is run.
        try (lesson + "\n\n```swift\nwhile true {}\n```\n").write(to: folder.appendingPathComponent("lesson.md"),
                                                               atomically: true, encoding: .utf8)
        let result = try nbrun("params", "lesson.md")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        NAME       TYPE    DEFAULT  DOMAIN      STEP  LABEL       LINE
        slope      Double  1.0      0.1...3.0   0.1   Pendenza    4
        intercept  Double  0.5      -2.0...5.0  0.1   Intercetta  5
        epochs     Int     100      10...500    10    Epoche      6

        """)
    }

    func testDeclaredTwiceIsBadInput() throws {
        try "```swift\nlet a = slider(\"a\", default: 1, in: 0...3)\nlet b = slider(\"a\", default: 1, in: 0...3)\n```\n"
            .write(to: folder.appendingPathComponent("twice.md"), atomically: true, encoding: .utf8)
        let result = try nbrun("twice.md")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("twice.md:3:9: error: control 'a' is declared twice"), result.stderr)
    }
}
