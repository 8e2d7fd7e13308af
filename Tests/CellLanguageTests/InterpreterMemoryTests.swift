import CellLanguage
import Foundation
import XCTest

/// An interpreter's memory is freed with it, although compiled code and cell values refer to each other.
final class InterpreterMemoryTests: XCTestCase {
    /// Resident memory of this process, in kB (Linux).
    private func residentKilobytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }

    func testDroppedInterpretersReleaseTheirMemory() throws {
        // A recursive function (its body calls itself), closures kept in a global array (they capture the globals
        // frame), a struct with a method: each of these used to keep the interpreter's 1 MB globals frame alive.
        let code = """
        func fib(_ n: Int) -> Int { if n < 2 { return n }; return fib(n - 1) + fib(n - 2) }
        var handlers: [(Int) -> Int] = [{ $0 + 1 }, { fib($0) }]
        struct P { var x: Double; func doubled() -> Double { x * 2 } }
        let ps = [P(x: 1), P(x: 2)]
        var total = 0
        for h in handlers { total += h(10) }
        print(total, ps.map { $0.doubled() })
        """
        let source = CellSource(code: code, firstLine: 1, columnOffset: 0)
        XCTAssertEqual(Interpreter().execute(source).text, "66 [2.0, 4.0]\n")
        for _ in 0..<20 { _ = Interpreter().execute(source) }
        let before = try XCTUnwrap(residentKilobytes())
        for _ in 0..<200 { _ = Interpreter().execute(source) }
        let after = try XCTUnwrap(residentKilobytes())
        // Leaking the globals frame would cost 200 × 1 MB; allow 40 MB for allocator slack.
        XCTAssertLessThan(after - before, 40 * 1024, "\(after - before) kB kept by 200 dropped interpreters")
    }
}
