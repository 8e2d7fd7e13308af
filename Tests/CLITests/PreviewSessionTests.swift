import Foundation
import Preview
import XCTest

/// `PreviewSession` with a scripted renderer (a shell script speaking the renderer's protocol), so that the order of
/// a renderer's page and its answer is fixed instead of left to the machine's load.
final class PreviewSessionTests: XCTestCase {
    /// A renderer that dies is reported; once the next save restarts one, the page it writes before its first answer
    /// is served without the old renderer's "stopped" banner (`PreviewCLITests` met that page under load).
    func testARestartedRenderersPageIsServedWithoutTheStoppedBanner() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("lesson.md").path
        try "# Lesson\n".write(toFile: input, atomically: true, encoding: .utf8)
        // The first renderer answers one build and dies; the second writes its page, then answers 2 s later.
        let script = """
            dd bs=1 count=1 >/dev/null 2>&1
            if [ ! -e "$1/.started" ]; then
              : > "$1/.started"
              printf '<html><body>first</body></html>' > "$1/lesson.html"
              printf 'ok 0\\n'
              exit 9
            fi
            printf '<html><body>second</body></html>' > "$1/lesson.html"
            sleep 2
            printf 'ok 0\\n'
            cat >/dev/null
            """
        let renderer = PreviewSession.RendererCommand(executable: "/bin/sh") { output in ["-c", script, "sh", output] }
        let session = try PreviewSession(input: input, renderer: renderer) { _ in }
        defer { session.close() }
        XCTAssertEqual(session.entryPage, "lesson.html")

        session.requestRebuild()
        XCTAssertTrue(wait { session.currentProblems.contains("the renderer stopped (status 9)") }, session.currentProblems)
        XCTAssertTrue(page(of: session).contains("first") && page(of: session).contains("the renderer stopped"))

        session.requestRebuild()
        XCTAssertTrue(wait { self.page(of: session).contains("second") }, page(of: session))
        XCTAssertFalse(page(of: session).contains("the renderer stopped"), "the banner outlived the restart")
        XCTAssertTrue(wait { session.currentBuild == 3 }, "build \(session.currentBuild)")
        XCTAssertEqual(session.currentProblems, "")
    }

    /// The entry page as the server would serve it.
    private func page(of session: PreviewSession) -> String {
        session.file(at: "").map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    /// Polls `condition` every 20 ms for up to 30 s; whether it held.
    private func wait(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }
}
