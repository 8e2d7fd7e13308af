import Diagnostics
import NotebookFormat
@testable import Runner
import XCTest

/// What a run reports when a cell that does not compile declares names later cells use: the uses are errors of
/// those cells (never a default value), but without `--allow-errors` they are consequences, reported only when
/// nothing else is (the failing cell is marked `error: true`).
final class FailedCellRunnerTests: XCTestCase {
    private static func source(expectingError: Bool) -> String {
        """
        # F

        ```swift
        \(expectingError ? "//| error: true\n" : "")var losses: [Double] = [1, 2]
        let k = nonEsiste
        ```

        ```swift
        print(losses.count)
        ```
        """
    }

    private func run(_ source: String, allowErrors: Bool) throws -> NotebookRun {
        NotebookRunner.run(try NotebookParser.parse(source: source, path: "lesson.md"),
                           options: RunOptions(allowErrors: allowErrors))
    }

    func testWithoutAllowErrorsOnlyTheCauseIsReported() throws {
        let run = try run(Self.source(expectingError: false), allowErrors: false)
        XCTAssertEqual(run.errors.map(\.message), ["cannot find 'nonEsiste' in scope"])
        XCTAssertEqual(run.results.map(\.status), [.failed, .failed])
    }

    func testWithAllowErrorsEveryUseIsReported() throws {
        let run = try run(Self.source(expectingError: false), allowErrors: true)
        XCTAssertEqual(run.errors.map(\.message), ["cannot find 'nonEsiste' in scope",
                                                  "'losses' is not available: the cell that declares it (line 4) did not compile"])
        XCTAssertEqual(run.results[1].diagnostics.map(\.location), [SourceLocation(line: 9, column: 7)])
    }

    func testAfterAnExpectedErrorTheUseIsTheRunsError() throws {
        let run = try run(Self.source(expectingError: true), allowErrors: false)
        XCTAssertEqual(run.errors.map(\.message), ["'losses' is not available: the cell that declares it (line 5) did not compile"])
        XCTAssertTrue(run.failed)
    }
}
