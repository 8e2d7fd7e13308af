import CellLanguage
import Diagnostics
import XCTest

/// Mistakes in closures, calls of function values, case patterns and declarations that the generator checked itself
/// until session 24 (`Compiler+Functions`, `+ControlFlow`, `+Types`, `+CaptureLists`, `+OwnedCaptures`,
/// `+WeakReferences`, `+TypeAliases`): now the front end's, with swiftc 6's messages at swiftc's positions (the
/// expected lines are swiftc's output for the same programs), and nbrun's refusals before generation.
final class ClosureAndDeclarationFrontEndTests: XCTestCase {
    func testClosureResultsAndGetterBranchesAreConvertedAsSwiftcChecksThem() {
        assertCheckerReports("""
        let c: () -> Int = { return "s" }
        let d: () -> Int? = { 1.5 }
        let e: (Int) -> String = { x in x }
        struct S {
            var v: Int { if true { "a" } else { 1 } }
            var w: Int { "a" }
            var z: Int = "q"
            var y: [Int] = 1.5
        }
        """, [
            "1:29: cannot convert value of type 'String' to closure result type 'Int'",
            "2:23: cannot convert value of type 'Double' to closure result type 'Int?'",
            "3:33: cannot convert value of type 'Int' to closure result type 'String'",
            "5:28: cannot convert value of type 'String' to specified type 'Int'",
            "6:18: cannot convert return expression of type 'String' to return type 'Int'",
            "7:18: cannot convert value of type 'String' to specified type 'Int'",
            "8:20: cannot convert value of type 'Double' to specified type '[Int]'",
        ])
    }

    func testCallsOfFunctionValuesAreCheckedAsSwiftcChecksThem() {
        assertCheckerReports("""
        func outer() {
            let f: (() -> Int)? = nil
            print(f())
            let g = { (a: Int) in a }
            print(g(a: 1))
            print(g(1, 2))
            let h = { (a: Int, b: Int) in a + b }
            print(h(1))
        }
        """, [
            "3:11: value of optional type '(() -> Int)?' must be unwrapped to a value of type '() -> Int'",
            "5:12: extraneous argument label 'a:' in call",
            "6:16: extra argument in call",
            "8:14: missing argument for parameter #2 in call",
        ])
    }

    func testCasePatternsOfMissingCasesAndTupleBindingsOfNonOptionals() {
        assertCheckerReports("""
        enum E { case a(Int), b }
        let e = E.b
        switch e {
        case .zz: print(1)
        default: print(2)
        }
        let pair = (1, 2)
        if let (x, y) = pair { print(x, y) }
        """, [
            "4:7: type 'E' has no member 'zz'",
            "8:4: initializer for conditional binding must have Optional type, not '(Int, Int)'",
        ])
    }

    func testACaseAnOptionalOfABuiltInTypeDoesNotHave() {
        assertCheckerReports("let o: Int? = nil\nswitch o { case .zz: print(1)\ndefault: break }", ["2:18: type 'Int?' has no member 'zz'"])
    }

    /// swiftc words it as the closure's conversion of `()` at its `{` (`cannot convert value of type '()' to closure
    /// result type 'Int'`); nbrun keeps the wording and position the generator reported it with.
    func testAValuelessReturnInAClosureWithAResult() {
        assertCheckerReports("let c: (Int) -> Int = { x in return }", ["1:30: non-void function should return a value"])
    }

    func testWeakAndUnownedHoldOnlyClassInstances() {
        assertCheckerReports("""
        struct S {}
        class C {}
        func g() {}
        func k() {
            let s = S()
            let c = C()
            let d = { [weak s, unowned c] in print(s as Any, c) }
            let e = { [weak g] in print(1) }
            d()
            e()
        }
        """, [
            "7:21: 'weak' may only be applied to class and class-bound protocol types, not 'S'",
            "8:21: 'weak' may only be applied to class and class-bound protocol types, not '() -> ()'",
        ])
    }

    func testStoredPropertiesAndOperatorsAreDeclaredAsSwiftcRequires() {
        assertEachAsSwiftcReportsIt([
            ("declarations", """
            struct S { var x = 1; var x = 2 }
            struct T { var y }
            class D {}
            class C { weak var p: Int?; unowned var q: String; weak var r: D?; init() { q = "" } }
            struct V {
                var x = 1
                func + (l: V, r: V) -> V { r }
            }
            """, [
                "1:27: invalid redeclaration of 'x'",
                "2:16: type annotation missing in pattern",
                "4:20: 'weak' may only be applied to class and class-bound protocol types, not 'Int'",
                "4:41: 'unowned' may only be applied to class and class-bound protocol types, not 'String'",
                "7:10: operator '+' declared in type 'V' must be 'static'",
            ]),
            // swiftc reports it when it generates code (not with -typecheck).
            ("raw value", "enum E: UInt8 { case a = 255, b }", ["1:31: integer literal '256' overflows when stored into 'UInt8'"]),
        ])
    }

    /// Valid Swift nbrun cannot run, refused by the front end with the messages the generator refused it with.
    func testNbrunsRefusalsAreTheFrontEnds() {
        assertEachAsSwiftcReportsIt([
            ("capture by value", """
            func g() {
                var y = 2
                let d = { [y] in print(y) }
                y = 3
                d()
            }
            """, ["3:16: 'capturing a variable by value' is not supported in nbrun cells"]),
            ("outer weak capture", """
            class C {}
            func g() {
                let c = C()
                func h() {
                    let d = { [weak c] in print(c as Any) }
                    d()
                }
                h()
            }
            """, ["5:25: 'weak capture of a variable of an outer function' is not supported in nbrun cells"]),
            ("var beside an owned capture", """
            class C {
                func f() -> () -> Int {
                    var n = 1
                    return { [unowned self] in n += 1; return n }
                }
            }
            """, ["4:16: using a 'var' of the enclosing function in a closure with weak or unowned captures is not supported in nbrun cells"]),
            ("weak default", "class D {}\nclass C { weak var p: D? = D() }",
             ["2:28: 'a default value for a weak property' is not supported in nbrun cells"]),
            ("local typealias", "func f() {\n    typealias N = Int\n}", ["2:15: 'typealias inside a function' is not supported in nbrun cells"]),
            ("member where", "struct S {\n    func f() where Int == Int {}\n}",
             ["2:20: 'generic where clause' is not supported in nbrun cells"]),
            ("extension member where", "struct S {}\nextension S {\n    func f() where Int == Int {}\n}",
             ["3:20: 'generic where clause' is not supported in nbrun cells"]),
        ])
    }
}
