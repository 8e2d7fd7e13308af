@testable import CellLanguage
import XCTest

/// The declaration checks of `Checks/` (`DeclarationChecks`, `VariableRedeclarations`, `MemberReturns`): inheritance,
/// member declarations, enumeration cases, variables declared twice and missing returns in member bodies are reported
/// once, by the checks, apart from the generator, which no longer detects them.
final class DeclarationCheckTests: XCTestCase {
    /// Independent declaration mistakes in one cell: each comes out once, with swiftc's message at swiftc's position
    /// (swiftc 6's errors for this program, in line order), all reported by the checks, none by the generator.
    func testIndependentDeclarationMistakesAreEachReportedOnceByTheChecks() {
        let program = """
        class Base {
            func run() {}
            final func stop() {}
            var size: Int { get { 1 } set {} }
            required init(n: Int) {}
            init() {}
        }
        class Sub: Base {
            func run() {}
            override func stop() {}
            override var size: Int { 2 }
            override func jump() {}
            init(s: String) { super.init() }
        }
        final class Leaf {}
        class Twig: Leaf {}
        enum Kind: Int { case a = 1, b = "x" }
        enum Plain { case a = 1; var v: Int { 0 }; var w = 0 }
        extension Base { var extra = 0 }
        struct Pair { init(a: Int) {}; init(a: Int) {} }
        func work() {
            let x = 1
            let x = 2
            print(x)
        }
        """
        let swiftc = [
            "9:10: overriding declaration requires an 'override' keyword",
            "10:19: instance method overrides a 'final' instance method",
            "11:18: cannot override mutable property with read-only property 'size'",
            "12:19: method does not override any method from its superclass",
            "14:1: 'required' initializer 'init(n:)' must be provided by subclass of 'Base'",
            "16:7: inheritance from a final class 'Leaf'",
            "17:12: 'Kind' declares raw type 'Int', but does not conform to RawRepresentable and conformance could not be synthesized",
            "17:34: cannot convert value of type 'String' to raw type 'Int'",
            "18:23: enum case cannot have a raw value if the enum does not have a raw type",
            "18:48: enums must not contain stored properties",
            "19:22: extensions must not contain stored properties",
            "20:32: invalid redeclaration of 'init(a:)'",
            "23:9: invalid redeclaration of 'x'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// A generic subclass's mistakes are checked once, on the declaration (not once per specialization), and raw
    /// values as swiftc checks them: one that is no literal is reported alone, a number case after a non-integer raw
    /// value needs its own, a case declared twice fails the raw type (swiftc 6's errors for this program).
    func testGenericSubclassesAndRawValuesAsSwiftc() {
        let program = """
        class A { func f() {}; final func g() {} }
        class B<T>: A {
            func f() {}
            override func g() {}
            override func h() {}
        }
        let b = B<Int>()
        let c = B<String>()
        enum E: Int { case a = "a" + "b" }
        enum H: Int { case a = "x", b }
        enum F: Int { case a, b, a }
        func m(_ o: Int?) {
            switch o { case let z?: let z = 1; print(z); default: break }
            var (p, p) = (1, 2)
            guard let q = o else { return }
            let q = 2
            print(p, q)
        }
        """
        let swiftc = [
            "3:10: overriding declaration requires an 'override' keyword",
            "4:19: instance method overrides a 'final' instance method",
            "5:19: method does not override any method from its superclass",
            "9:24: raw value for enum case must be a literal",
            "10:9: 'H' declares raw type 'Int', but does not conform to RawRepresentable and conformance could not be synthesized",
            "10:24: cannot convert value of type 'String' to raw type 'Int'",
            "10:29: enum case must declare a raw value when the preceding raw value is not an integer",
            "11:9: 'F' declares raw type 'Int', but does not conform to RawRepresentable and conformance could not be synthesized",
            "11:26: invalid redeclaration of 'a'",
            "14:13: invalid redeclaration of 'p'",
            "16:9: invalid redeclaration of 'q'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Missing returns in member bodies (methods, static methods, getters, subscripts, of generic types, generic
    /// members, protocol extensions and array extensions): each reported once by the checks at the closing brace,
    /// naming the declared result (`T`, `U`, `Self.Item`, not a specialization's type), as swiftc does (swiftc 6's
    /// errors for this program, from `-emit-sil`).
    func testMissingReturnsInMemberBodiesAreReportedOnceByTheChecks() {
        let program = """
        struct S {
            func a() -> Int { print(1); print(0) }
            static func b() -> String { print(2); print(0) }
            var c: Int { print(3); print(0) }
            subscript(i: Int) -> Int { print(4); print(0) }
        }
        struct G<T> {
            var t: T
            func d() -> T { print(5); print(0) }
            var e: T { print(6); print(0) }
        }
        protocol P { func p() -> Int }
        extension P {
            func q() -> Int { print(7); print(0) }
            var r: String { print(8); print(0) }
        }
        struct C: P { func p() -> Int { 1 } }
        struct D: P { func p() -> Int { 2 } }
        extension S { func f() -> Double { print(9); print(0) } }
        let g = G(t: 1)
        struct W {
            func gen<U>(_ u: U) -> U { print(12); print(0) }
            subscript<U>(u: U) -> U { print(13); print(0) }
        }
        extension Array { func firstish() -> Element { print(14); print(0) } }
        protocol Q { associatedtype Item; var item: Item { get } }
        extension Q { func take() -> Item { print(15); print(0) } }
        struct QI: Q { var item = 1 }
        """
        let swiftc = [
            "2:42: missing return in instance method expected to return 'Int'",
            "3:52: missing return in static method expected to return 'String'",
            "4:37: missing return in getter expected to return 'Int'",
            "5:51: missing return in getter expected to return 'Int'",
            "9:40: missing return in instance method expected to return 'T'",
            "10:35: missing return in getter expected to return 'T'",
            "14:42: missing return in instance method expected to return 'Int'",
            "15:40: missing return in getter expected to return 'String'",
            "19:55: missing return in instance method expected to return 'Double'",
            "22:52: missing return in instance method expected to return 'U'",
            "23:51: missing return in getter expected to return 'U'",
            "25:68: missing return in instance method expected to return 'Element'",
            "27:57: missing return in instance method expected to return 'Self.Item'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Signatures naming a `private` type, classes without initializers (a generic one by its written name) and
    /// static stored properties without a value, reported once by the checks as swiftc 6 reports them.
    func testSignatureAndInitializerMistakesAreReportedOnceByTheChecks() {
        let program = """
        private struct Hidden {}
        func leak() -> Hidden { Hidden() }
        func take(_ h: [Hidden]) {}
        class NoInit { var v: Int; let w = 1 }
        struct St { static var s: Int; static let t: String }
        extension St { static var u: Double }
        struct GS<T> { var t: T }
        class GC<T> { var t: T }
        """
        let swiftc = [
            "2:6: function must be declared private or fileprivate because its result uses a private type",
            "3:6: function must be declared private or fileprivate because its parameter uses a private type",
            "4:7: class 'NoInit' has no initializers",
            "5:24: 'static var' declaration requires an initializer expression or an explicitly stated getter",
            "5:43: 'static let' declaration requires an initializer expression or an explicitly stated getter",
            "6:27: 'static var' declaration requires an initializer expression or an explicitly stated getter",
            "8:7: class 'GC' has no initializers",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Functions declared twice in one scope (a throwing one too, local ones, a nested scope's not) and extension
    /// members that redeclare the type's methods, computed properties or stored properties, named as swiftc 6 names
    /// them (with labels, alone when no parameter has one), reported once by the checks.
    func testFunctionAndExtensionMemberRedeclarationsAreReportedOnceByTheChecks() {
        let program = """
        func f() {}
        func f() throws {}
        func g(_ x: Int) -> Int { x }
        func g(_ y: Int) -> Int { y }
        func g(_ x: String) -> Int { 0 }
        func h(a: Int) {}
        func h(a: Int) {}
        func h(b: Int) {}
        func k(_ a: Int, b: Int) {}
        func k(_ a: Int, b: Int) {}
        func outer() {
            func local(_ x: Int) {}
            func local(_ x: Int) {}
            func none() {}
            func none() {}
            if true {
                func local(_ x: Int) {}
            }
        }
        struct S {
            var v = 0
            func m() {}
            func m(_ x: Int) {}
            func n(a: Int) {}
            var c: Int { 1 }
            static func s() {}
        }
        extension S {
            func m() {}
            func m(_ x: String) {}
            func n(a: Int) {}
            var c: Int { 2 }
            func v() {}
            static func s() {}
            static func m() {}
        }
        func + (a: S, b: S) -> S { a }
        func + (a: S, b: S) -> S { b }
        extension Int {
            func twice() -> Int { self * 2 }
        }
        extension Int {
            func twice() -> Int { self + self }
        }
        """
        let swiftc = [
            "2:6: invalid redeclaration of 'f()'",
            "4:6: invalid redeclaration of 'g'",
            "7:6: invalid redeclaration of 'h(a:)'",
            "10:6: invalid redeclaration of 'k(_:b:)'",
            "13:10: invalid redeclaration of 'local'",
            "15:10: invalid redeclaration of 'none()'",
            "29:10: invalid redeclaration of 'm()'",
            "31:10: invalid redeclaration of 'n(a:)'",
            "32:9: invalid redeclaration of 'c'",
            "33:10: invalid redeclaration of 'v()'",
            "34:17: invalid redeclaration of 's()'",
            "38:6: invalid redeclaration of '+'",
            "43:10: invalid redeclaration of 'twice()'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// A later cell declares a function, an extension's method and an extension's computed property again: each
    /// replaces the earlier cell's, with no error.
    func testALaterCellRedeclaresFunctionsAndExtensionMembers() {
        let interpreter = Interpreter()
        let cell = { (value: Int, line: Int) in
            "func f() -> Int { \(value) }\nextension Int { func t() -> Int { \(value) }; var u: Int { \(value) } }\nprint(f(), 0.t(), 0.u)"
        }
        XCTAssertEqual(interpreter.execute(CellSource(code: cell(1, 1), firstLine: 1)).text, "1 1 1\n")
        let again = interpreter.execute(CellSource(code: cell(2, 10), firstLine: 10))
        XCTAssertTrue(again.succeeded)
        XCTAssertEqual(again.text, "2 2 2\n")
    }

    /// Property-wrapper attributes swiftc refuses (a type that is no property wrapper, in a struct and in a function
    /// body; any wrapper in top-level code), reported once by the checks as swiftc 6 reports them.
    func testPropertyWrapperAttributeMistakesAreReportedOnceByTheChecks() {
        let program = """
        struct E8 { var v = 0 }
        struct E9 { @E8 var x: Int = 1 }
        @propertyWrapper struct E10 { var wrappedValue: Int }
        @E10 var e11 = 1
        enum K { case a }
        struct Holder { @K var y: Int = 2 }
        func f() {
            @E10 var z: Int = 3
            print(z)
        }
        struct Fine { @E10 var w: Int = 4 }
        """
        let swiftc = [
            "2:13: struct 'E8' cannot be used as an attribute",
            "4:1: property wrappers are not yet supported in top-level code",
            "6:17: enum 'K' cannot be used as an attribute",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Types, protocols, generic types and type aliases declared twice in one cell, reported once by the checks at the
    /// second one's name, as swiftc 6 reports them (a generic type and a type alias declared again were not reported).
    func testTypeRedeclarationsAreReportedOnceByTheChecks() {
        let program = """
        struct A {}
        struct A { var x = 1 }
        protocol P {}
        protocol P {}
        class C {}
        enum C { case a }
        struct G<T> {}
        struct G<T> { var t: T }
        protocol A {}
        typealias Z = Int
        typealias Z = String
        """
        let swiftc = [
            "2:8: invalid redeclaration of 'A'",
            "4:10: invalid redeclaration of 'P'",
            "6:6: invalid redeclaration of 'C'",
            "8:8: invalid redeclaration of 'G'",
            "9:10: invalid redeclaration of 'A'",
            "11:11: invalid redeclaration of 'Z'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// `return` in top-level code, also in the bodies of top-level statements (never in a function, closure or type),
    /// reported once by the checks as swiftc 6 reports it.
    func testTopLevelReturnsAreReportedOnceByTheChecks() {
        let program = """
        return
        for i in 0..<2 { if i > 0 { return } }
        let f = { () -> Int in return 1 }
        func g() -> Int { return 2 }
        do { return }
        switch 1 { case 1: return; default: break }
        struct S { func m() { return } }
        while false { defer { print(1) }; return }
        guard f() > 0 else { return }
        """
        let swiftc = [
            "1:1: return invalid outside of a func",
            "2:29: return invalid outside of a func",
            "5:6: return invalid outside of a func",
            "6:20: return invalid outside of a func",
            "8:35: return invalid outside of a func",
            "9:22: return invalid outside of a func",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Top-level generic functions with the argument labels of an earlier one (nbrun's refusal, at the name): the
    /// checks' alone; one with other labels is an overload nbrun takes.
    func testTheChecksReportGenericOverloadsWithTheSameLabels() {
        let program = """
        protocol Shape { func draw() -> String }
        func pick<T: Shape>(_ s: T) -> Int { 1 }
        func pick<T: Equatable>(_ s: T) -> Int { 2 }
        func pick<T>(label s: T) -> Int { 3 }
        func pick<T: Hashable>(_ s: T) -> Int { 4 }
        print(pick(label: 1))
        """
        let refusal = CompileError.unsupported(.genericOverloadsWithSameLabels).message
        assertReportedByTheChecks(program, ["3:6: \(refusal)", "5:6: \(refusal)"])
    }

    /// Variables with accessors (`var x: Int { 1 }`) redeclare a name as stored ones do, in a cell's top level and in
    /// a function's body: swiftc 6's errors, reported by the checks (`VariableRedeclarations`), not the generator.
    func testVariablesWithAccessorsAreRedeclarationsToo() {
        assertReportedByTheChecks("""
            var x: Int { 1 }
            var x: Int { 2 }
            var y = 1
            var y: Int { 3 }
            func g() {
                var z: Int { 1 }
                var z: Int { 2 }
                print(z)
            }
            """, ["2:5: invalid redeclaration of 'x'", "4:5: invalid redeclaration of 'y'", "7:9: invalid redeclaration of 'z'"])
    }
}
