import CellLanguage
import Diagnostics
import Foundation
import TestSupport
import XCTest

/// Output truncation, allocation caps and the native deadline check.
final class LimitsTests: XCTestCase {
    private func run(_ code: String, limits: ExecutionLimits = .init(), timeout: Double? = nil) -> CellExecution {
        Interpreter(limits: limits).execute(CellSource(code: code, firstLine: 1), timeoutSeconds: timeout)
    }

    private func truncationNotices(_ result: CellExecution) -> [String] {
        result.outputs.compactMap { event in
            if case .truncated(let notice) = event { return notice }
            return nil
        }
    }

    func testOutputPastTheLineLimitIsDroppedAndTheCellKeepsRunning() {
        let result = run("for i in 0..<100 { print(i) }\nprint(\"never shown\")\nvar done = 0\nfor i in 0..<5 { done += i }",
                         limits: ExecutionLimits(maxOutputLines: 10))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, (0..<10).map { "\($0)\n" }.joined())
        XCTAssertEqual(truncationNotices(result), ["output truncated after 10 lines (101 lines printed in all)"])
        guard case .truncated? = result.outputs.last else { return XCTFail("the notice must be the last event") }
    }

    func testOutputPastTheByteLimitKeepsWholeCharacters() {
        // "è" is two UTF-8 bytes: a limit of 5 bytes keeps two of them, never half of the third.
        let result = run("print(\"èèèèè\", terminator: \"\")\nprint(\"x\")", limits: ExecutionLimits(maxOutputBytes: 5))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "èè")
        XCTAssertEqual(truncationNotices(result), ["output truncated after 5 bytes (12 bytes printed in all)"])
    }

    func testOutputWithinTheLimitsHasNoNotice() {
        let result = run("for i in 0..<10 { print(i) }", limits: ExecutionLimits(maxOutputLines: 10))
        XCTAssertEqual(result.text.split(separator: "\n").count, 10)
        XCTAssertEqual(truncationNotices(result), [])
    }

    func testTruncationThenARuntimeErrorKeepsBoth() {
        let result = run("for i in 0..<20 { print(i) }\nlet xs = [1]\nprint(xs[3])", limits: ExecutionLimits(maxOutputLines: 5))
        XCTAssertEqual(result.diagnostics.map(\.message), ["Index out of range"])
        XCTAssertEqual(truncationNotices(result), ["output truncated after 5 lines (20 lines printed in all)"])
    }

    func testTenMillionLinesFinishWithBoundedOutput() {
        let start = ProcessCPUTime.now
        let result = run("for i in 0..<10_000_000 { print(i) }")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text.utf8.count, (0..<10_000).map { "\($0)\n" }.joined().utf8.count)
        XCTAssertEqual(truncationNotices(result), ["output truncated after 10000 lines (10000000 lines printed in all)"])
        // CPU seconds, so a loaded machine does not matter; debug builds are several times slower than release: this
        // only guards against quadratic behaviour.
        XCTAssertLessThan(ProcessCPUTime.now - start, 60)
    }

    func testHugeAllocationsAreRefusedBeforeAllocating() {
        let cases: [(String, String)] = [
            ("let xs = [Int](repeating: 0, count: 1 << 40)",
             "cannot create an array of 1099511627776 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = Array(repeating: 0.5, count: 100_000_001)",
             "cannot create an array of 100000001 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = Array(0..<Int.max)",
             "cannot create an array of 9223372036854775807 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = Array(0...Int.max)",
             "cannot create an array of more than 9223372036854775807 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = (Int.min..<Int.max).map { $0 }",
             "cannot create an array of more than 9223372036854775807 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = stride(from: 0, to: Int.max, by: 1)",
             "cannot create an array of more than 100000000 elements: nbrun limits arrays to 100000000 elements"),
            ("let xs = stride(from: 0.0, through: 1e12, by: 0.5)",
             "cannot create an array of more than 100000000 elements: nbrun limits arrays to 100000000 elements"),
            ("let s = String(repeating: \"x\", count: 1 << 40)",
             "cannot create a string of 1099511627776 bytes: nbrun limits strings built by String(repeating:count:) to 1073741824 bytes (1 GiB)"),
            ("let s = String(repeating: \"abc\", count: Int.max)",
             "cannot create a string of more than 9223372036854775807 bytes: nbrun limits strings built by String(repeating:count:) to 1073741824 bytes (1 GiB)"),
        ]
        for (code, message) in cases {
            let result = run(code)
            XCTAssertEqual(result.diagnostics.map(\.message), [message], code)
            XCTAssertEqual(result.diagnostics.first?.location?.line, 1, code)
        }
        // Just under the caps still works.
        XCTAssertEqual(run("let xs = Array(0..<1_000)\nprint(xs.count, String(repeating: \"ab\", count: 3))").text, "1000 ababab\n")
    }

    func testCheckDeadlineStopsALongNativeLoop() {
        let interpreter = Interpreter()
        interpreter.register(NativeFunction("train", parameters: [], returns: .int) { call in
            var steps = 0
            while true {
                try call.checkDeadline()
                steps += 1
                if steps > 1_000_000_000 { return .int(steps) }
            }
        })
        let start = Date()
        let result = interpreter.execute(CellSource(code: "print(\"start\")\nlet n = train()", firstLine: 3), timeoutSeconds: 0.3)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cell timed out after 0.3 s"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 4, column: 9))
        XCTAssertEqual(result.text, "start\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)   // 0.3 s of CPU time: slower on a loaded machine
    }

    /// The limit counts the cell's CPU time, not wall time: waiting (here a native call that sleeps, as a cell
    /// does when the machine is busy with other work) does not use it up.
    func testTimeLimitCountsCPUTimeNotWallTime() {
        let interpreter = Interpreter()
        interpreter.register(NativeFunction("wait", parameters: [], returns: .int) { call in
            for _ in 0..<8 {
                try call.checkDeadline()
                Thread.sleep(forTimeInterval: 0.1)
            }
            try call.checkDeadline()
            return .int(8)
        })
        let start = Date()
        let result = interpreter.execute(CellSource(code: "print(wait())", firstLine: 1), timeoutSeconds: 0.3)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.8)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "8\n")
    }
}
