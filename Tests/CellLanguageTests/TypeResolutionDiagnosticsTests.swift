import XCTest
@testable import CellLanguage

/// Mistakes in written types, casts, result builders, observers and accessors that the generator used to check while
/// it built code (session 25, issue 12: "generate never re-checks"), now reported by the front end before generation,
/// at swiftc's message and position (swiftc 6's, from the program compiled alone) or with nbrun's refusal.
final class TypeResolutionDiagnosticsTests: XCTestCase {
    /// Unknown type names in a variable's annotation, a stored property, an enum payload, a protocol requirement, a
    /// type alias, a subscript and a function's signature: swiftc's `cannot find type 'X' in scope`, at the name.
    func testUnknownTypeNamesInDeclarations() {
        assertCheckerReports("""
            let a: Foo = 1
            struct S { var x: Bar }
            enum E { case a(Baz) }
            protocol P { var y: Qux { get } }
            typealias T = Zed
            class K { subscript(i: Sub) -> Int { 1 } }
            func f(_ x: Baz2) -> Qux2 { 1 }
            """, [
            "1:8: cannot find type 'Foo' in scope",
            "2:19: cannot find type 'Bar' in scope",
            "3:17: cannot find type 'Baz' in scope",
            "4:21: cannot find type 'Qux' in scope",
            "5:15: cannot find type 'Zed' in scope",
            "6:24: cannot find type 'Sub' in scope",
            "7:13: cannot find type 'Baz2' in scope",
            "7:22: cannot find type 'Qux2' in scope",
        ])
    }

    /// A `Set` element or dictionary key that is not `Hashable` (a generic body's type parameter too), and a member
    /// type a type parameter does not have: swiftc's messages, at the container and at the member's name.
    func testHashableKeysAndMemberTypesOfTypeParameters() {
        assertCheckerReports("""
            struct P { var x = 0 }
            let s: Set<P> = []
            let d: [P: Int] = [:]
            func f<T>(_ t: T) { let s: Set<T> = []; print(s) }
            func h<S>(_ s: S, _ p: (S.Element) -> Bool) -> Int { 0 }
            """, [
            "2:8: type 'P' does not conform to protocol 'Hashable'",
            "3:8: type 'P' does not conform to protocol 'Hashable'",
            "4:28: type 'T' does not conform to protocol 'Hashable'",
            "5:27: 'Element' is not a member type of type 'S'",
        ])
    }

    /// Control flow a result builder has no method for, in a closure, a function and a computed variable: swiftc's
    /// `closure containing control flow statement cannot be used with result builder 'B'`, at the statement.
    func testResultBuilderControlFlowWithoutBuildMethods() {
        assertCheckerReports("""
            @resultBuilder struct B {
                static func buildBlock(_ parts: Int...) -> Int { parts.reduce(0, +) }
            }
            func make(@B _ body: () -> Int) -> Int { body() }
            let flag = true
            let r = make {
                1
                if flag { 2 } else { 3 }
            }
            @B func g() -> Int {
                1
                for i in 0..<2 { i }
            }
            @B var v: Int {
                1
                while flag { 2 }
            }
            """, [
            "8:5: closure containing control flow statement cannot be used with result builder 'B'",
            "12:5: closure containing control flow statement cannot be used with result builder 'B'",
            "16:5: closure containing control flow statement cannot be used with result builder 'B'",
        ])
    }

    /// `weak`/`unowned` capture-list entries whose value is no class instance: swiftc's message, at the entry's name
    /// (nbrun used to refuse them as not supported).
    func testOwnedCapturesOfValuesThatAreNoClassInstances() {
        assertCheckerReports("""
            class C {}
            struct V {}
            let v = V()
            let c = C()
            let k1 = { [weak w = v] in print(w as Any) }
            let k2 = { [unowned u = 5] in print(u) }
            let k3 = { [weak x = c] in print(x as Any) }
            """, [
            "5:18: 'weak' may only be applied to class and class-bound protocol types, not 'V'",
            "6:21: 'unowned' may only be applied to class and class-bound protocol types, not 'Int'",
        ])
    }

    /// An observed variable outside a type without an initial value: swiftc's `non-member observing properties
    /// require an initializer`, at the name (nbrun used to refuse it as not supported).
    func testObservedVariablesOutsideTypesNeedAnInitialValue() {
        assertRefusedByTheChecks("""
            var a: Int { didSet { print(a) } }
            func f() { var b: Int { willSet {} }; b = 1 }
            var c: Int = 1 { didSet {} }
            """, [
            "1:5: non-member observing properties require an initializer",
            "2:16: non-member observing properties require an initializer",
        ])
    }

    /// A computed variable's getter, and a closure of a generic body, that may end without returning: swiftc's
    /// missing return, at the closing brace, reported by the flow checks.
    func testMissingReturnsOfComputedVariablesAndGenericClosures() {
        assertRefusedByTheChecks("""
            var v: Int {
                if Bool.random() { return 1 }
            }
            func g<T>(_ t: T) -> Int {
                let c = { () -> Int in
                    if Bool.random() { return 1 }
                }
                return c()
            }
            """, [
            "3:1: missing return in getter expected to return 'Int'",
            "7:5: missing return in closure expected to return 'Int'",
        ])
    }

    /// nbrun's refusals of written types: `Float`, a library protocol as a type, `some` of a library protocol as a
    /// result or parameter, a composition with a library protocol or a second class (swiftc accepts all but the
    /// last, which it words otherwise).
    func testWrittenTypesNbrunRefuses() {
        assertCheckerReports("""
            let fl: Float = 1
            let e: any Equatable = 1
            func f() -> some Equatable { 1 }
            func g(_ x: some Equatable) {}
            protocol P {}
            class C {}
            class D {}
            func h(_ x: P & Equatable) {}
            func k(_ x: C & D) {}
            """, [
            "1:9: type 'Float' is not supported in nbrun cells",
            "2:12: type 'any Equatable' is not supported in nbrun cells",
            "3:13: 'some Equatable' is not supported in nbrun cells",
            "4:13: 'some Equatable' is not supported in nbrun cells",
            "8:13: composition with 'Equatable' is not supported in nbrun cells",
            "9:13: composition with 'D' is not supported in nbrun cells",
        ])
    }

    /// `some P` of a declared protocol as a parameter runs, as swiftc runs it.
    func testOpaqueParametersOfDeclaredProtocolsRun() {
        let result = Interpreter().execute(CellSource(code: """
            protocol Shape { func area() -> Double }
            struct Sq: Shape { func area() -> Double { 4 } }
            func show(_ s: some Shape) -> Double { s.area() }
            print(show(Sq()))
            """, firstLine: 1))
        XCTAssertEqual(result.text, "4.0\n")
    }

    /// Casts nbrun does not run (between value types, to a tuple), refused by the checker at the cast; swiftc runs
    /// them (or warns that they always fail).
    func testCastsNbrunDoesNotRun() {
        assertCheckerReports("""
            struct S {}
            struct T {}
            let s = S()
            let a = s as? T
            let b = [1] as? [String]
            """, [
            "4:11: 'as?' from 'S' to 'T' is not supported in nbrun cells (casts between classes are)",
            "5:13: 'as?' from '[Int]' to '[String]' is not supported in nbrun cells (casts between classes are)",
        ])
    }

    /// Assigning an observed stored property through `super`, and printing a lazy wrapper (directly, through a
    /// variable declared from one, in `String(describing:)`): nbrun's refusals, reported by the checker.
    func testObservedSuperAssignmentsAndPrintedLazyWrappers() {
        assertCheckerReports("""
            class A { var x = 0 { didSet { print("A", x) } } }
            class B: A { func f() { super.x = 3 } }
            let xs = [1, 2, 3]
            print(xs.reversed())
            let r = xs.reversed()
            print("\\(r)")
            print(String(describing: zip(xs, xs)))
            """, [
            "2:31: assigning an observed property through 'super' is not supported in nbrun cells",
            "4:7: 'printing ReversedCollection<…> values (print Array(…) of them)' is not supported in nbrun cells",
            "6:10: 'printing ReversedCollection<…> values (print Array(…) of them)' is not supported in nbrun cells",
            "7:26: 'printing Zip2Sequence<…> values (print Array(…) of them)' is not supported in nbrun cells",
        ])
    }

    /// A value of another type assigned to a struct's stored property named without `self` in a `mutating` method or an
    /// initializer (which only the generator's conversion check, `coerce`, reported): swiftc's message, at the value.
    func testAssignmentsToImplicitStructPropertiesInMutatingMethods() {
        assertCheckerReports("""
            struct S {
                var v = 0
                mutating func m() { v = "a" }
                init() { v = "b" }
            }
            """, [
            "3:29: cannot assign value of type 'String' to type 'Int'",
            "4:18: cannot assign value of type 'String' to type 'Int'",
        ])
    }

    /// A value of another type assigned through an optional chain (which only the generator's `coerce` reported):
    /// swiftc's message, at the value.
    func testAssignmentsThroughOptionalChains() {
        assertCheckerReports("""
            class C { var b = 0 }
            var a: C? = C()
            a?.b = "c"
            var o: Int? = 1
            o? = "d"
            """, [
            "3:8: cannot assign value of type 'String' to type 'Int'",
            "5:6: cannot assign value of type 'String' to type 'Int'",
        ])
    }
}
