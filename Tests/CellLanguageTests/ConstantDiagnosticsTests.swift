import CellLanguage
import XCTest

/// The checker's diagnostics for changes of constants the generator used to check alone (issue 12, session 25: the
/// generator never re-checks): closure parameters, capture-list entries, `switch` and `catch` bindings, `let`
/// properties, `self` in methods that are not `mutating`, places through optional chains, tuple assignments. Each
/// program's expected lines are swiftc 6's (`swiftc -swift-version 5 -typecheck`; definite initialization, which
/// `-typecheck` does not run, from a full compile).
final class ConstantDiagnosticsTests: XCTestCase {
    /// A closure's parameters are constants (`$0` is `immutable` in swiftc's words), but for the accumulator of
    /// `reduce(into:)`, which is `inout`.
    func testClosureParametersAreConstants() {
        assertCheckerReports("""
            struct P { var x = 0; mutating func bump() { x += 1 } }
            func inc(_ v: inout Int) { v += 1 }
            let f = { (x: Int) -> Int in x = 2; return x }
            let g: (Int) -> Int = { $0 += 1; return $0 }
            let h = [1, 2].map { v -> Int in v += 1; return v }
            let k = { (p: P) in p.bump() }
            let m = { (p: P) in p.x = 1 }
            let n = { (n: Int) in inc(&n) }
            let o = { (xs: [Int]) in xs.append(1) }
            let q = { (xs: [Int]) in xs[0] = 1 }
            let r = [1, 2].reduce(into: 0) { $0 += $1 }
            let s = [1, 2].reduce(into: [Int: Int]()) { counts, x in counts[x, default: 0] += 1 }
            """, [
            "3:30: cannot assign to value: 'x' is a 'let' constant",
            "4:28: left side of mutating operator isn't mutable: '$0' is immutable",
            "5:36: left side of mutating operator isn't mutable: 'v' is a 'let' constant",
            "6:23: cannot use mutating member on immutable value: 'p' is a 'let' constant",
            "7:23: cannot assign to property: 'p' is a 'let' constant",
            "8:27: cannot pass immutable value as inout argument: 'n' is a 'let' constant",
            "9:29: cannot use mutating member on immutable value: 'xs' is a 'let' constant",
            "10:28: cannot assign through subscript: 'xs' is a 'let' constant",
        ])
    }

    /// A capture list's entries are `immutable capture`s, also for a declared prefix or postfix operator whose operand
    /// is `inout`; a closure's parameter given to one is a `let` constant.
    func testCaptureListEntriesAreImmutableCaptures() {
        assertCheckerReports("""
            prefix operator ++
            prefix func ++ (x: inout Int) { x += 1 }
            postfix operator --
            postfix func -- (x: inout Int) { x -= 1 }
            struct P { var x = 0 }
            let c = 1
            let p = P()
            let f = { [c] in c = 2 }
            let g = { [c] in c += 1 }
            let h = { [c] in ++c }
            let k = { [c] in c-- }
            let m = { [p] in p.x = 3 }
            let n = { (v: Int) in ++v }
            let o = { (v: Int) in v-- }
            """, [
            "8:18: cannot assign to value: 'c' is an immutable capture",
            "9:20: left side of mutating operator isn't mutable: 'c' is an immutable capture",
            "10:18: cannot pass immutable value to mutating operator: 'c' is an immutable capture",
            "11:19: cannot pass immutable value to mutating operator: 'c' is an immutable capture",
            "12:20: cannot assign to property: 'p' is an immutable capture",
            "13:23: cannot pass immutable value to mutating operator: 'v' is a 'let' constant",
            "14:24: cannot pass immutable value to mutating operator: 'v' is a 'let' constant",
        ])
    }

    /// The bindings of a `switch` case and of a `catch` clause (the implicit `error` too) are `immutable`.
    func testSwitchAndCatchBindingsAreImmutable() {
        assertCheckerReports("""
            enum E: Error { case a, b(Int) }
            let v = 3
            switch v {
            case let x: x = 4
            }
            switch v {
            case let x where x > 0: x += 1
            default: break
            }
            let o: Int? = 2
            switch o {
            case .some(let y): y = 1
            case .none: break
            }
            do { throw E.a } catch let e { e = E.b(1) }
            do { throw E.a } catch { error = E.a }
            do { throw E.a } catch let e as E { e = .a }
            do { throw E.a } catch E.b(let n) { n += 1 } catch {}
            """, [
            "4:13: cannot assign to value: 'x' is immutable",
            "7:27: left side of mutating operator isn't mutable: 'x' is immutable",
            "12:20: cannot assign to value: 'y' is immutable",
            "15:32: cannot assign to value: 'e' is immutable",
            "16:26: cannot assign to value: 'error' is immutable",
            "17:37: cannot assign to value: 'e' is immutable",
            "18:39: left side of mutating operator isn't mutable: 'n' is immutable",
        ])
    }

    /// A `let` property (of a struct, a class or a static one) is named before the constant holding it; a place
    /// reached through an optional chain or a forced unwrap of a constant is the constant's.
    func testLetPropertiesAndOptionalPlacesOfConstants() {
        assertCheckerReports("""
            struct S { let k = 1; var v = 0 }
            let s = S()
            s.k = 2
            s.k += 1
            var t = S()
            t.k = 2
            t.k += 1
            class C { let k = 1; let list = [1] }
            let c = C()
            c.k += 1
            func inc(_ v: inout Int) {}
            inc(&c.k)
            c.list.append(2)
            struct U { static let z = 1 }
            U.z += 1
            U.z = 2
            let o: S? = S()
            o?.k = 1
            o?.v = 1
            o!.v += 1
            let xs: [Int]? = [1]
            xs?[0] = 2
            xs?[0] += 1
            xs?.append(2)
            inc(&xs![0])
            """, [
            "3:3: cannot assign to property: 'k' is a 'let' constant",
            "4:5: left side of mutating operator isn't mutable: 'k' is a 'let' constant",
            "6:3: cannot assign to property: 'k' is a 'let' constant",
            "7:5: left side of mutating operator isn't mutable: 'k' is a 'let' constant",
            "10:5: left side of mutating operator isn't mutable: 'k' is a 'let' constant",
            "12:5: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "13:8: cannot use mutating member on immutable value: 'list' is a 'let' constant",
            "15:5: left side of mutating operator isn't mutable: 'z' is a 'let' constant",
            "16:3: cannot assign to property: 'z' is a 'let' constant",
            "18:4: cannot assign to property: 'k' is a 'let' constant",
            "19:4: cannot assign to property: 'o' is a 'let' constant",
            "20:6: left side of mutating operator isn't mutable: 'o' is a 'let' constant",
            "22:4: cannot assign through subscript: 'xs' is a 'let' constant",
            "23:8: left side of mutating operator isn't mutable: 'xs' is a 'let' constant",
            "24:5: cannot use mutating member on immutable value: 'xs' is a 'let' constant",
            "25:5: cannot pass immutable value as inout argument: 'xs' is a 'let' constant",
        ])
    }

    /// `self` in a method of a struct or an enumeration that is not `mutating`: its stored properties' parts, its
    /// mutating methods (called alone too), `self` itself and `&` of its properties.
    func testChangesThroughAnImmutableSelf() {
        assertCheckerReports("""
            struct P { var x = 0; var xs = [1]; mutating func bump() { x += 1 } }
            struct S {
              var p = P()
              var v = 0
              func a() { p.x = 1 }
              func b() { self.p.x = 1 }
              func c() { p.bump() }
              func d() { bump2() }
              mutating func bump2() {}
              func e() { p.xs.append(1) }
              func f() { self.bump2() }
              func g() { p.xs[0] = 2 }
              func h() { self = S() }
              func i() { swap(&v, &v) }
            }
            enum E { case a; func f() { self = .a } }
            """, [
            "5:16: cannot assign to property: 'self' is immutable",
            "6:21: cannot assign to property: 'self' is immutable",
            "7:16: cannot use mutating member on immutable value: 'self' is immutable",
            "8:14: cannot use mutating member on immutable value: 'self' is immutable",
            "10:19: cannot use mutating member on immutable value: 'self' is immutable",
            "11:19: cannot use mutating member on immutable value: 'self' is immutable",
            "12:18: cannot assign through subscript: 'self' is immutable",
            "13:14: cannot assign to value: 'self' is immutable",
            "14:19: cannot pass immutable value as inout argument: 'self' is immutable",
            "14:23: cannot pass immutable value as inout argument: 'self' is immutable",
            "16:29: cannot assign to value: 'self' is immutable",
        ])
    }

    /// A tuple assignment's value of another shape is reported at the value, one of the same shape whose elements do
    /// not convert at the `=`; so is an optional assigned to an optional of another type.
    func testTupleAssignmentsAndOptionalsOfAnotherType() {
        assertCheckerReports("""
            var a = 0, b = ""
            (a, b) = (1, 2)
            (a, b) = (1, "x", 3)
            (a, b) = 5
            let t = (1, 2)
            (a, b) = t
            var c: Int? = 1
            let d: String? = "x"
            c = d
            """, [
            "2:8: cannot assign value of type '(Int, Int)' to type '(Int, String)'",
            "3:10: cannot assign value of type '(Int, String, Int)' to type '(Int, String)'",
            "4:10: cannot assign value of type 'Int' to type '(Int, String)'",
            "6:8: cannot assign value of type '(Int, Int)' to type '(Int, String)'",
            "9:3: cannot assign value of type 'String?' to type 'Int?'",
        ])
    }

    /// A `let` declared without a value is a constant once assigned; a compound assignment before is the change of
    /// a constant too, not a use before initialization.
    func testConstantsDeclaredWithoutAValue() {
        assertCheckerReports("""
            func g() {
              let x: Int
              x = 1
              x += 1
              let y: Int
              y += 1
            }
            """, [
            "4:5: left side of mutating operator isn't mutable: 'x' is a 'let' constant",
            "6:5: left side of mutating operator isn't mutable: 'y' is a 'let' constant",
        ])
    }

    /// A capture list's unknown name is the checker's `cannot find`, a `let` it copies before its assignment is a use
    /// before initialization (swiftc's full compile); one it copies after runs (golden `capture_list_late_constant`).
    func testCaptureListNamesAreCheckedByTheFrontEnd() {
        assertCheckerReports("let f = { [zz] in 1 }", ["1:12: cannot find 'zz' in scope"])
        assertEachAsSwiftcReportsIt([("before", """
            func g() {
              let a: Int
              let f = { [a] in a }
              a = 1
              print(f())
            }
            """, ["3:14: constant 'a' used before being initialized"])])
    }

    /// `var` nested inside a `let` case pattern is swiftc's error at the inner keyword.
    func testANestedBindingPatternIsRefused() {
        assertEachAsSwiftcReportsIt([("nested var", """
            let pairs = [(1, 2)]
            for case let (a, var b) in pairs { b += a }
            """, ["2:18: 'var' cannot appear nested inside another 'var' or 'let' pattern"])])
    }

    /// A condition's tuple pattern whose nested tuple has another length: swiftc names the whole value and pattern.
    func testANestedTuplePatternOfAnotherLength() {
        assertCheckerReports("if case (1, (let a, let b, let c)) = (1, (2, 3)) { print(a, b, c) }",
                             ["1:38: cannot convert value of type '(Int, (Int, Int))' to specified type '(Int, (_, _, _))'"])
    }

    /// A generic type's `let` properties, set in its methods (not its initializers), or from outside, and `self`'s
    /// immutability in a generic type's method (5:20): the checker's (`TypeChecker.immutablePart(of:)`).
    func testLetPropertiesOfGenericTypes() {
        assertEachAsSwiftcReportsIt([("generic", """
            struct G<T> {
              let k: Int
              var v: T
              mutating func f() { k = 1 }
              func g(_ x: T) { v = x }
              init(v: T) { self.v = v; k = 0 }
            }
            class H<T> { let k = 1; func f() { k = 2 } }
            var g = G(v: 1)
            g.k = 3
            """, [
            "4:23: cannot assign to property: 'k' is a 'let' constant",
            "5:20: cannot assign to property: 'self' is immutable",
            "8:36: cannot assign to property: 'k' is a 'let' constant",
            "10:3: cannot assign to property: 'k' is a 'let' constant",
        ])])
    }

    /// A stored or settable property of `self` written in a method of a generic struct or enum that is not `mutating`:
    /// the checker's (`TypeChecker.immutablePart(of:)`, `self` noted a constant per specialization), no longer the
    /// generator's (`Compiler+ConstantTargets`, deleted).
    func testSelfInTheMethodsOfAGenericTypeIsImmutable() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        struct Box<T> {
            var value: T
            var count = 0
            func reset(_ v: T) { value = v }
            func bump() { self.count += 1 }
            func set() { self.count = 2 }
            func add() { count -= 1 }
        }
        enum E<T> {
            case a(T)
            var n: Int { get { 1 } set { } }
            func f() { n = 2 }
        }
        print(Box(value: 1).count)
        """, [
            "4:26: cannot assign to property: 'self' is immutable",
            "5:30: left side of mutating operator isn't mutable: 'self' is immutable",
            "6:23: cannot assign to property: 'self' is immutable",
            "7:24: left side of mutating operator isn't mutable: 'self' is immutable",
            "12:16: cannot assign to property: 'self' is immutable",
        ])
    }

    /// Every write asks `TypeChecker.immutablePart(of:)` (the old per-write constant rules deleted): an `inout`
    /// argument without its `&` naming a property of a constant `self` (at the call, as swiftc puts it), a mutating
    /// method of a property of `self`, `swap`'s arguments, a constant's property given to a mutating method.
    func testEveryWriteAsksTheOneMutabilityQuestion() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        func inc(_ x: inout Int) { x += 1 }
        struct S {
            var count = 0
            var xs = [1]
            func f() { inc(count) }
            func g() { xs.append(2) }
            func h() { swap(&count, &xs[0]) }
        }
        let a = 1
        var b = 2
        swap(&b, &a)
        let s = S()
        s.xs.append(3)
        inc(s.count)
        """, [
            "5:16: cannot pass immutable value as inout argument: 'self' is immutable",
            "6:19: cannot use mutating member on immutable value: 'self' is immutable",
            "7:21: cannot pass immutable value as inout argument: 'self' is immutable",
            "7:29: cannot pass immutable value as inout argument: 'self' is immutable",
            "11:10: cannot pass immutable value as inout argument: 'a' is a 'let' constant",
            "13:6: cannot use mutating member on immutable value: 's' is a 'let' constant",
            "14:1: cannot pass immutable value as inout argument: 's' is a 'let' constant",
        ])
    }

    func testATupleAssignmentsElementsOfConstantsAreEachReported() {
        // Expected lines: swiftc 6.3.1. An element or a property of a constant among a tuple assignment's places, at
        // the `[` or the property's name, each one; nbrun accepted them.
        assertCheckerReports("""
        var xs = [1]
        let ys = [2]
        (xs[0], ys[0]) = (1, 2)
        struct P { var x = 0 }
        let p = P()
        var q = P()
        (q.x, p.x) = (1, 2)
        (ys[0], p.x) = (1, 2)
        var a = 1
        let b = 2
        (a, b) = (b, a)
        """, [
            "3:11: cannot assign through subscript: 'ys' is a 'let' constant",
            "7:9: cannot assign to property: 'p' is a 'let' constant",
            "8:4: cannot assign through subscript: 'ys' is a 'let' constant",
            "8:11: cannot assign to property: 'p' is a 'let' constant",
            "11:5: cannot assign to value: 'b' is a 'let' constant",
        ])
    }
}
