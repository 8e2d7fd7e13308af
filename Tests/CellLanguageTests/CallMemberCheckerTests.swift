import CellLanguage
import XCTest

/// The call and member mistakes the generator used to report itself (session 24, issue 12), now the checker's: each
/// program's expected lines are swiftc 6's errors for it.
final class CallMemberCheckerTests: XCTestCase {
    func testElementRequirementsOfLibraryMethods() {
        assertCheckerReports("""
            struct P { var x = 1 }
            let ps = [P()]
            let b = ps.firstIndex(of: P())
            let i = ps.sorted()
            var j = ps
            j.sort()
            let k = ps.lastIndex(of: P())
            let l = ps.max()
            """, [
            "3:12: referencing instance method 'firstIndex(of:)' on 'Collection' requires that 'P' conform to 'Equatable'",
            "4:12: referencing instance method 'sorted()' on 'Sequence' requires that 'P' conform to 'Comparable'",
            "6:3: referencing instance method 'sort()' on 'MutableCollection' requires that 'P' conform to 'Comparable'",
            "7:12: referencing instance method 'lastIndex(of:)' on 'BidirectionalCollection' requires that 'P' conform to 'Equatable'",
            "8:12: referencing instance method 'max()' on 'Sequence' requires that 'P' conform to 'Comparable'",
        ])
    }

    func testStringIndexAppendAndScalarMistakes() {
        assertCheckerReports("""
            let s = "ab"
            let t = s.startIndex
            let u = t + 1
            var w = "x"
            w.append(3)
            let sc: Unicode.Scalar = "ab"
            """, [
            "3:9: cannot convert value of type 'String.Index' to expected argument type 'Int'",
            "5:3: no exact matches in call to instance method 'append'",
            "6:26: cannot convert value of type 'String' to specified type 'Unicode.Scalar'",
        ])
    }

    func testSwapAndMembersReadThroughATypeName() {
        assertCheckerReports("""
            var a = 1
            var d = 2.0
            swap(&a, &d)
            enum Color { case red, green }
            let e: Color = .gren
            struct S { static let zero = S(); struct Inner { static let one = 1 } }
            let k = S.Inner.two
            let m = S.zeroo
            """, [
            "3:10: cannot convert value of type 'Double' to expected argument type 'Int'",
            "5:17: type 'Color' has no member 'gren'",
            "7:17: type 'S.Inner' has no member 'two'",
            "8:11: type 'S' has no member 'zeroo'",
        ])
    }

    func testFunctionValuesNestedFunctionsAndHashers() {
        assertCheckerReports("""
            let fn = { (a: Int, b: Int) -> Int in a + b }
            print(fn(1))
            print(fn(a: 1, 2))
            func outer() -> Int {
                func inner(a: Int) -> Int { a + 1 }
                return inner(b: 2)
            }
            struct Q { var x = 1 }
            var h = Hasher()
            h.combine(Q())
            let d = [1.5].map(String.init)
            """, [
            "2:11: missing argument for parameter #2 in call",
            "3:9: extraneous argument label 'a:' in call",
            "6:17: incorrect argument label in call (have 'b:', expected 'a:')",
            "10:3: instance method 'combine' requires that 'Q' conform to 'Hashable'",
            "11:26: ambiguous use of 'init'",
        ])
    }

    func testRandomGenerators() {
        let generator = "struct L: RandomNumberGenerator { var s: UInt64; mutating func next() -> UInt64 { s &+= 1; return s } }\n"
        assertCheckerReports("var x = 3\nprint(Int.random(in: 0..<3, using: &x))",
                             ["2:11: static method 'random(in:using:)' requires that 'Int' conform to 'RandomNumberGenerator'"])
        assertCheckerReports(generator + "let g = L(s: 1)\nprint(Int.random(in: 0..<3, using: &g))",
                             ["3:36: cannot pass immutable value as inout argument: 'g' is a 'let' constant"])
        assertCheckerReports(generator + "var g = L(s: 1)\nvar xs = [1, 2]\nxs.shuffle(using: g)",
                             ["4:19: passing value of type 'L' to an inout parameter requires explicit '&'"])
        assertCheckerReports("let a = Int.random(in: 1.0...2.0)\nlet r = 1..<3\nlet b = Double.random(in: r)", [
            "1:27: cannot convert value of type 'ClosedRange<Double>' to expected argument type 'Range<Int>'",
            "3:27: cannot convert value of type 'Range<Int>' to expected argument type 'Range<Double>'",
        ])
    }

    func testBuiltinExtensionStaticsAndArrayConformances() {
        assertReportedByTheChecks("""
            extension Int {
                static func make() -> Int { 1 }
                static var zeroes: Int { 0 }
                static func + (a: Int, b: Bool) -> Int { a }
            }
            protocol Named { var name: String { get } }
            extension Array: Named {}
            """, [
            "2:17: static methods in an extension of 'Int' is not supported in nbrun cells",
            "3:16: static properties in an extension of 'Int' is not supported in nbrun cells",
            "7:1: type 'Array<Element>' does not conform to protocol 'Named'",
        ])
    }
}
