@testable import CellLanguage
import XCTest

/// The checks' escaping closures that capture a struct's mutating `self` (`EscapingSelfCaptures`) or an `inout`
/// parameter (`EscapingInoutCaptures`, a silent acceptance before session 30): each reported by
/// the checks, with swiftc's message at swiftc's position (swiftc 6's errors for this program); the generator, which
/// still detects those it meets (`Compiler.escapingClosure`), reports none that the checks did not.
final class EscapingSelfCaptureTests: XCTestCase {
    func testTheChecksReportEscapingClosuresCapturingAMutatingSelf() {
        let program = """
        var kept: [() -> Void] = []
        func keep(_ f: @escaping () -> Void) { kept.append(f) }
        func now(_ f: () -> Void) { f() }
        struct S {
            var v = 0
            var h: () -> Void = {}
            mutating func a() { keep { self.v += 1 } }
            mutating func b() { now { v += 1 }; keep { print(1) } }
            mutating func c() { h = { print(self.v) } }
            mutating func d() -> () -> Int { return { self.v } }
            mutating func e() { let f = { print(v) }; f() }
            func g() { keep { print(self.v) } }
            init() { keep { print(1) } }
        }
        extension S { mutating func x() { keep { print(v) } } }
        """
        let swiftc = [
            "7:30: escaping closure captures mutating 'self' parameter",
            "9:29: escaping closure captures mutating 'self' parameter",
            "10:45: escaping closure captures mutating 'self' parameter",
            "11:33: escaping closure captures mutating 'self' parameter",
            "15:40: escaping closure captures mutating 'self' parameter",
        ]
        XCTAssertEqual(diagnosticLines(program), swiftc)
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.errorsByPass[.checks], swiftc.count, "the checks report every mistake")
        XCTAssertEqual(compared.agreement.errorsByPass[.generator], 0, "the generator reports none the checks did not")
    }

    func testTheChecksReportEscapingClosuresCapturingAnInoutParameter() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -emit-sil`: swiftc finds them after type checking).
        // A closure given to a constant escapes even when it is only called; one given to a non-escaping parameter
        // does not.
        assertReportedByTheChecks("""
        var handlers: [() -> Void] = []
        var stored: (() -> Int)?
        func keep(_ f: @escaping () -> Void) { handlers.append(f) }
        func now(_ f: () -> Void) { f() }
        func a(_ x: inout Int) -> () -> Int { return { x + 1 } }
        func b(_ x: inout Int) { keep { x += 1 } }
        func c(_ x: inout Int) { now { x += 1 } }
        func d(_ x: inout Int) { stored = { x } }
        func e(_ x: inout Int) { var g: () -> Void = {}; g = { x += 1 }; g() }
        func f(_ x: inout Int) -> () -> Int { let g = { x }; return g }
        func h(_ x: inout Int) -> () -> Int { { x * 2 } }
        func k(_ x: inout Int) { let g = { x += 1 }; g(); g() }
        struct S { var n = 0; mutating func m(_ x: inout Int) -> () -> Int { return { x } } }
        """, [
            "5:46: escaping closure captures 'inout' parameter 'x'",
            "6:31: escaping closure captures 'inout' parameter 'x'",
            "8:35: escaping closure captures 'inout' parameter 'x'",
            "9:54: escaping closure captures 'inout' parameter 'x'",
            "10:47: escaping closure captures 'inout' parameter 'x'",
            "11:39: escaping closure captures 'inout' parameter 'x'",
            "12:34: escaping closure captures 'inout' parameter 'x'",
            "13:77: escaping closure captures 'inout' parameter 'x'",
        ])
    }

    func testClosuresTheLibraryStoresEscape() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -emit-sil`). A closure appended or inserted into an
        // array, or written in an array literal, escapes (an element is stored); one given to `map` does not.
        assertReportedByTheChecks("""
        func f(_ x: inout Int) {
            var handlers: [() -> Void] = []
            handlers.append { x += 1 }
            handlers.insert({ x += 2 }, at: 0)
            let more = [{ x += 3 }]
            handlers += [{ x += 4 }]
            print(handlers.count, more.count)
        }
        struct Counter {
            var n = 0
            var handlers: [() -> Void] = []
            mutating func add() {
                handlers.append { self.n += 1 }
            }
        }
        func g(_ x: inout Int) {
            let ys = [1, 2].map { $0 + x }
            print(ys)
        }
        """, [
            "3:21: escaping closure captures 'inout' parameter 'x'",
            "4:21: escaping closure captures 'inout' parameter 'x'",
            "5:17: escaping closure captures 'inout' parameter 'x'",
            "6:18: escaping closure captures 'inout' parameter 'x'",
            "13:25: escaping closure captures mutating 'self' parameter",
        ])
    }
}
