import CellLanguage
import Diagnostics
import XCTest

/// Mistakes inside initializers, static, mutating and class methods, closures and nested functions are reported at
/// the token concerned, in notebook coordinates (they were reported at the declaration or at shifted positions).
final class MemberBodyPositionTests: XCTestCase {
    private func positions(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 40, columnOffset: 2)).diagnostics.map { diagnostic in
            guard let location = diagnostic.location else { return diagnostic.message }
            return "\(location.line - 39):\(location.column - 2): \(diagnostic.message)"
        }
    }

    func testErrorsInsideMemberBodiesPointAtTheirToken() {
        XCTAssertEqual(positions("""
        struct P {
            var x: Int
            init(x: Int) {
                self.x = x + undefinedOne
            }
            static func make() -> P {
                return P(x: undefinedTwo)
            }
            mutating func bump() {
                x += undefinedThree
            }
        }
        enum E {
            case a
            init(flag: Bool) {
                self = undefinedFour
            }
        }
        final class C {
            var v = 0
            init() {
                v = undefinedFive
            }
            func f() {
                let g = { undefinedSix }
                func inner() -> Int { undefinedSeven }
            }
        }
        """), [
            "4:22: cannot find 'undefinedOne' in scope",
            "7:21: cannot find 'undefinedTwo' in scope",
            "10:14: cannot find 'undefinedThree' in scope",
            "16:16: cannot find 'undefinedFour' in scope",
            "22:13: cannot find 'undefinedFive' in scope",
            "25:19: cannot find 'undefinedSix' in scope",
            "26:31: cannot find 'undefinedSeven' in scope",
        ])
    }

    func testTypeMismatchesInStaticAndMutatingBodiesPointAtTheValue() {
        XCTAssertEqual(positions("""
        struct Counter {
            var count = 0
            static var total = 0
            mutating func add() {
                count = "one"
            }
            static func reset() {
                total = 2.5
            }
        }
        """), [
            "5:17: cannot assign value of type 'String' to type 'Int'",
            "8:17: cannot assign value of type 'Double' to type 'Int'",
        ])
    }

    func testModifiersOfInitializersAreRefusedAtTheirToken() {
        // `convenience` belongs to classes; on a struct's initializer it is refused where it is written.
        XCTAssertEqual(positions("""
        struct A {
            var v: Int
            convenience init() {
                self.init(v: 1)
            }
            init(v: Int) { self.v = v }
        }
        """).first, "3:5: 'convenience' is not supported in nbrun cells")
    }
}

extension MemberBodyPositionTests {
    func testMissingReturnsAreReportedAtTheClosingBraceAsSwiftcDoes() {
        XCTAssertEqual(Interpreter().compile(CellSource(code: """
        struct P {
            var v: Int {
                let a = 1
                print(a)
            }
            func m() -> Int {
                let b = 2
                print(b)
            }
            static func s() -> Int {
                let c = 3
                print(c)
            }
            subscript(i: Int) -> Int {
                let d = i
                print(d)
            }
        }
        func f() -> Int {
            // nothing
        }
        """, firstLine: 1)).diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }, [
            "5:5: missing return in getter expected to return 'Int'",
            "9:5: missing return in instance method expected to return 'Int'",
            "13:5: missing return in static method expected to return 'Int'",
            "17:5: missing return in getter expected to return 'Int'",
            "21:1: missing return in global function expected to return 'Int'",
        ])
    }
}
