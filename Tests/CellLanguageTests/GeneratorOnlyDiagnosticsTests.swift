import CellLanguage
import XCTest

/// The last errors of the corpora that only the generator reported (session 22): each program compiles to swiftc's
/// errors (swiftc 6's messages and positions, from compiling the program), and the checker (or a check of
/// `Checks/`) reports them before generation.
final class GeneratorOnlyDiagnosticsTests: XCTestCase {
    func testAMutatingMethodCalledOnAConstantIsReportedByTheChecker() {
        assertCheckerReports("""
            struct Point {
                var x = 0.0
                mutating func moveBy(x deltaX: Double) { x += deltaX }
            }
            let fixedPoint = Point(x: 3.0)
            fixedPoint.moveBy(x: 2.0)
            func f() {
                let p = Point(x: 3.0)
                p.moveBy(x: 2.0)
            }
            """, [
            "6:12: cannot use mutating member on immutable value: 'fixedPoint' is a 'let' constant",
            "9:7: cannot use mutating member on immutable value: 'p' is a 'let' constant",
        ])
    }

    func testAClassesConstantPropertyAssignedOutsideItsOwnInitializerIsReportedByTheChecker() {
        // A subclass's initializer may not set an inherited constant; a method may not set its own.
        assertCheckerReports("""
            class C {
                let k: Int
                init() { k = 0 }
                func f() { k = 2 }
            }
            class D: C {
                override init() {
                    super.init()
                    k = 1
                }
                func g() { self.k = 3 }
            }
            let c = C()
            c.k = 4
            """, [
            "4:16: cannot assign to property: 'k' is a 'let' constant",
            "9:9: cannot assign to property: 'k' is a 'let' constant",
            "11:21: cannot assign to property: 'k' is a 'let' constant",
            "14:3: cannot assign to property: 'k' is a 'let' constant",
        ])
    }
}
