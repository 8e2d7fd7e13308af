@testable import CellLanguage
import XCTest

/// The checks' escaping closures that capture a struct's mutating `self` (`EscapingSelfCaptures`): each reported by
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
}
