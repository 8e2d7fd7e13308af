import CellLanguage
import Diagnostics
import XCTest

/// Lifetimes of objects: `weak` and `unowned` capture-list entries (what is refused, and the run-time error of an
/// `unowned` capture read after its object was freed; the programs that run are in
/// Golden/closure_weak_unowned_captures.swift), and `do` blocks as scopes (Golden/class_weak_observed_properties.swift).
final class ObjectLifetimeTests: XCTestCase {
    private func diagnostics(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map { diagnostic in
            guard let location = diagnostic.location else { return diagnostic.message }
            return "\(location.line):\(location.column): \(diagnostic.message)"
        }
    }

    func testRefusedCaptures() {
        XCTAssertEqual(diagnostics("""
            class C {
                func f() -> () -> Int {
                    var n = 1
                    return { [unowned self] in n += 1; return n }
                }
            }
            struct S { var x = 1 }
            let s = S()
            let h = { [weak s] in print(s) }
            """), [
            "4:16: using a 'var' of the enclosing function in a closure with weak or unowned captures is not supported in nbrun cells",
            "9:17: 'weak' may only be applied to class and class-bound protocol types, not 'S'",  // swiftc 6's
        ])
    }

    func testUnownedCaptureReadAfterItsObjectWasFreedStops() {
        let code = "class C { let name = \"c\" }\nvar c: C? = C()\nlet f = { [unowned c] in print(c!.name) }\nf()\nc = nil\nf()"
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.text, "c\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["Attempted to read an unowned reference but the object was already deallocated"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 20))
    }

    /// A `do` block without `catch` is a scope: its names are not visible after it (swiftc's error).
    func testDoBlockIsAScope() {
        XCTAssertEqual(diagnostics("do { let q = 1; print(q) }\nprint(q)"), ["2:7: cannot find 'q' in scope"])
    }
}
