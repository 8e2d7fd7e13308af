import Bindings
import CellLanguage
import Foundation
import XCTest

/// Runs cell code through a fresh interpreter with every module installed, as the Runner does.
final class CellRunner {
    let interpreter = Interpreter()

    init() {
        CellBindings.install(in: interpreter)
    }

    /// Compiles and runs `code` as a cell starting at notebook line `firstLine`.
    @discardableResult
    func run(_ code: String, firstLine: Int = 1) -> CellExecution {
        interpreter.execute(CellSource(code: code, firstLine: firstLine))
    }

    /// Runs `code` and returns its printed text, failing the test on any diagnostic.
    func output(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let execution = run(code)
        XCTAssertEqual(execution.diagnostics.map(\.message), [], file: file, line: line)
        return execution.text
    }

    /// Runs `code` (a cell starting at line 10) and returns the first error's message and notebook line.
    func error(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> (message: String, line: Int?) {
        let execution = run(code, firstLine: 10)
        guard let diagnostic = execution.diagnostics.first(where: { $0.severity == .error }) else {
            XCTFail("expected an error, the cell printed \(execution.text.debugDescription)", file: file, line: line)
            return ("", nil)
        }
        return (diagnostic.message, diagnostic.location?.line)
    }
}

/// The numbers in `text`, in order (for comparing printed results with a tolerance).
func numbers(in text: String) -> [Double] {
    let pattern = try! NSRegularExpression(pattern: #"-?\d+(\.\d+)?(e[-+]?\d+)?"#)
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
        Range(match.range, in: text).flatMap { Double(text[$0]) }
    }
}

/// Asserts that `actual` matches `expected` element by element within `tolerance`.
func assertClose(_ actual: [Double], _ expected: [Double], tolerance: Double,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(actual) vs \(expected)", file: file, line: line)
    for (a, e) in zip(actual, expected) {
        XCTAssertEqual(a, e, accuracy: tolerance, "\(actual) vs \(expected)", file: file, line: line)
    }
}
