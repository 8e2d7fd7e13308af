import CellLanguage
import XCTest

/// The checker's diagnostics for changes of what cannot change (issue 12: the generator's accessor, existential and
/// accessor-variable places no longer check them), each program's expected lines swiftc 6's (`swiftc -typecheck`).
final class MutabilityDiagnosticsTests: XCTestCase {
    /// `self` in a method that is not `mutating` is a constant: its stored properties cannot be set; a computed
    /// property without setter cannot be set in any method.
    func testChangesThroughAnImmutableSelfAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            struct P {
                var x = 1
                var area: Int { x * 2 }
                func m() { x = 2 }
                func n() { x += 1 }
                func o() { self.x = 3 }
                mutating func s() { area = 1 }
                mutating func t() { self.area += 1 }
            }
            """, [
            "4:16: cannot assign to property: 'self' is immutable",
            "5:18: left side of mutating operator isn't mutable: 'self' is immutable",
            "6:21: cannot assign to property: 'self' is immutable",
            "7:25: cannot assign to property: 'area' is a get-only property",
            "8:35: left side of mutating operator isn't mutable: 'area' is a get-only property",
        ])
    }

    /// Parameters are constants: their stored properties and elements cannot be set nor their mutating methods called;
    /// a `let` struct's computed property with a setter cannot be set either.
    func testChangesOfParametersAndConstantsAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            struct P { var x = 1; mutating func bump() { x += 1 } }
            func g(_ p: P, _ xs: [Int]) {
                p.x = 1
                p.bump()
                xs[0] = 1
                xs.append(1)
                var q = p
                q.bump()
            }
            func h(_ a: inout Int) { a += 1 }
            let k = 1
            h(&k)
            let arr = [1]
            h(&arr[0])
            let pp = P()
            h(&pp.x)
            """, [
            "3:7: cannot assign to property: 'p' is a 'let' constant",
            "4:7: cannot use mutating member on immutable value: 'p' is a 'let' constant",
            "5:7: cannot assign through subscript: 'xs' is a 'let' constant",
            "6:8: cannot use mutating member on immutable value: 'xs' is a 'let' constant",
            "12:3: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "14:3: cannot pass immutable value as inout argument: 'arr' is a 'let' constant",
            "16:3: cannot pass immutable value as inout argument: 'pp' is a 'let' constant",
        ])
        assertCheckerReports("""
            struct R { var w = 1; var twice: Int { get { w * 2 } set { w = newValue / 2 } } }
            let r = R()
            r.twice = 4
            r.twice += 2
            var s = R()
            s.twice = 4
            print(s.w)
            """, [
            "3:3: cannot assign to property: 'r' is a 'let' constant",
            "4:9: left side of mutating operator isn't mutable: 'r' is a 'let' constant",
        ])
    }

    /// A protocol requirement `{ get }`, a static computed property and a class's computed property without setter
    /// cannot be set.
    func testChangesOfGetOnlyPropertiesAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            protocol Q { var v: Int { get }; var w: Int { get set } }
            struct A: Q { var v = 1; var w = 2 }
            var q: Q = A()
            q.v = 2
            q.v += 1
            q.w = 3
            struct T { static var s: Int { 1 }; static var t: Int { get { 1 } set { } } }
            T.s = 2
            T.s += 1
            T.t = 3
            class K { var b: Int { 1 } }
            let kk = K()
            kk.b = 1
            kk.b += 1
            """, [
            "4:3: cannot assign to property: 'v' is a get-only property",
            "5:5: left side of mutating operator isn't mutable: 'v' is a get-only property",
            "8:3: cannot assign to property: 's' is a get-only property",
            "9:5: left side of mutating operator isn't mutable: 's' is a get-only property",
            "13:4: cannot assign to property: 'b' is a get-only property",
            "14:6: left side of mutating operator isn't mutable: 'b' is a get-only property",
        ])
    }

    /// A declared prefix operator whose parameter is `inout` cannot take a constant.
    func testMutatingOperatorsOnConstantsAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            prefix operator ++
            prefix func ++(a: inout Int) { a += 1 }
            let u = 1
            ++u
            var v = 1
            ++v
            print(v)
            """, [
            "4:1: cannot pass immutable value to mutating operator: 'u' is a 'let' constant",
        ])
    }
}
