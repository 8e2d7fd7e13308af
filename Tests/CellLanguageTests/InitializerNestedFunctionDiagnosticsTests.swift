import XCTest
@testable import CellLanguage

/// Initializers whose nested functions use `self`, that reach `super` before `super.init`, or that set a tuple
/// property element by element, decided by the definite-initialization check (`DefiniteInitialization+NestedFunctions`,
/// `storeIntoTupleElement`) as swiftc decides them after SIL generation. Expected lines: swiftc 6.3.1
/// (`swiftc -swift-version 5 -emit-sil`), in position order.
final class InitializerNestedFunctionDiagnosticsTests: XCTestCase {
    /// A nested function that reads a stored property (directly, or through another nested function) uses `self`
    /// where it is called: a struct's before every property is set is `self` used, a class's a method call, a
    /// subclass's before `super.init` too; `super.m()` and `super.x` before `super.init`; a tuple property set element
    /// by element is set once every element is (read before: `self` used).
    func testNestedFunctionsSuperAndTupleElementsInInitializersAreSwiftcs() {
        assertReportedByTheChecks("""
        struct S {
            var a: Int
            var b: Int
            init() {
                func helper() -> Int { a }
                a = 1
                b = helper()
            }
            init(x: Int) {
                func helper() -> Int { self.a }
                func other() -> Int { helper() }
                a = x
                b = other()
            }
            init(y: Int) {
                func five() -> Int { 5 }
                func helper() -> Int { a }
                a = y
                b = five()
                print(helper())
            }
        }
        class K {
            var a: Int
            var b: Int
            init() {
                func helper() -> Int { a }
                a = 1
                b = helper()
            }
        }
        class B {
            var x = 1
            init() {}
            func m() {}
        }
        class C: B {
            var a: Int
            override init() {
                func helper() -> Int { a }
                a = 1
                let h = helper()
                super.m()
                print(super.x)
                super.init()
                print(h)
            }
        }
        struct P {
            var pos: (Int, Int)
            var named: (x: Int, y: Int)
            init() {
                pos.0 = 1
                pos.1 = 2
                named.y = 3
                named.x = 4
                print(pos, named)
            }
            init(n: Int) {
                pos.0 = n
                print(pos)
                pos.1 = n
                named = (1, 2)
            }
        }
        """, [
            "7:13: 'self' used before all stored properties are initialized",
            "13:13: 'self' used before all stored properties are initialized",
            "29:13: 'self' used in method call 'helper' before all stored properties are initialized",
            "42:17: 'self' used in method call 'helper' before 'super.init' call",
            "43:15: 'self' used in method call 'm' before 'super.init' call",
            "44:21: 'self' used in property access 'x' before 'super.init' call",
            "61:15: 'self' used before all stored properties are initialized",
        ])
    }
}
