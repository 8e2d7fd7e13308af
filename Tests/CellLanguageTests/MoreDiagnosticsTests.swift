@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+MoreDiagnostics`: each mistake is reported by the type checker before
/// generation (the generator meets it as already reported), with swiftc's message at swiftc's position (swiftc 6's
/// errors for these programs).
final class MoreDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsBindingsOfValuesThatAreNotOptional() {
        let program = """
        struct Point { var x: Int }
        func work(_ n: Int, _ p: Point, _ o: Int?) {
            if let a = n { print(a) }
            guard let b = p else { return }
            while var c = [1, 2] { print(c); break }
            if let n { print(n) }
            if let d = o { print(d, b) }
        }
        """
        assertCheckerReports(program, [
            "3:8: initializer for conditional binding must have Optional type, not 'Int'",
            "4:11: initializer for conditional binding must have Optional type, not 'Point'",
            "5:11: initializer for conditional binding must have Optional type, not '[Int]'",
            "6:8: initializer for conditional binding must have Optional type, not 'Int'",
        ])
    }

    func testTheCheckerReportsDefaultArgumentsOfAnotherType() {
        let program = """
        struct Box {
            func fill(count: Int = "many", ratio: Double = 0.5) {}
        }
        func draw(width: Int = 1.5, label: String = 3) {}
        func outer() {
            func inner(flag: Bool = "yes") {}
        }
        """
        assertCheckerReports(program, [
            "2:28: default argument value of type 'String' cannot be converted to type 'Int'",
            "4:24: default argument value of type 'Double' cannot be converted to type 'Int'",
            "4:45: default argument value of type 'Int' cannot be converted to type 'String'",
            "6:29: default argument value of type 'String' cannot be converted to type 'Bool'",
        ])
    }

    func testTheCheckerReportsLiteralPatternsOfAnotherType() {
        let program = """
        func classify(_ n: Int, _ s: String, _ d: Double, _ c: Character) {
            switch n { case "one": print(1); default: break }
            switch s { case 2: print(2); default: break }
            switch d { case true: print(3); default: break }
            switch c { case 1.5: print(4); default: break }
        }
        """
        assertCheckerReports(program, [
            "2:21: expression pattern of type 'String' cannot match values of type 'Int'",
            "3:21: expression pattern of type 'Int' cannot match values of type 'String'",
            "4:21: expression pattern of type 'Bool' cannot match values of type 'Double'",
            "5:21: expression pattern of type 'Double' cannot match values of type 'Character'",
        ])
    }

    func testTheCheckerReportsThrowingFunctionsWhereNonThrowingOnesAreExpected() {
        let program = """
        func take(_ f: () -> Int) -> Int { f() }
        func work(_ g: @escaping () throws -> Int) {
            let a: () -> Int = g
            print(take(g))
        }
        """
        assertCheckerReports(program, [
            "3:24: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
            "4:16: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
        ])
    }

    func testTheCheckerReportsConflictingArgumentsOfMinAndMax() {
        let program = """
        func pick(_ n: Int, _ d: Double, _ s: String) {
            let a = max(1, "a")
            let b = min(n, d)
            let c = max(s, 2, 3)
            print(a, b, c)
        }
        """
        assertCheckerReports(program, [
            "2:13: conflicting arguments to generic parameter 'T' ('Int' vs. 'String')",
            "3:13: conflicting arguments to generic parameter 'T' ('Int' vs. 'Double')",
            "4:13: conflicting arguments to generic parameter 'T' ('String' vs. 'Int')",
        ])
    }

    /// A `rethrows` function's calls of throwing functions, with and without `try` (their errors are its own, not its
    /// parameter's; a `do`/`catch` handles them), and generic functions whose type parameters nothing binds (swiftc 6's
    /// errors for this program).
    func testTheCheckerReportsRethrowingBodiesThatThrowAndTypeParametersNothingBinds() {
        let program = """
        struct Failure: Error {}
        func risky() throws -> Int { throw Failure() }
        func apply(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
        func twice(_ f: () throws -> Int) rethrows -> Int { try apply(f) + (try risky()) }
        func guarded(_ f: () throws -> Int) rethrows -> Int {
            do { return try risky() } catch { return 0 }
        }
        func plain(_ f: () throws -> Int) rethrows -> Int {
            let a = try f()
            return a + risky()
        }
        func pick<U>() -> U? { nil }
        func make<T: Numeric>() -> [T] { [] }
        let g = pick()
        let h = make()
        let k: Int? = pick()
        print(try apply { 2 }, guarded { 3 }, k as Any)
        """
        assertCheckerReports(program, [
            "4:73: call can throw, but the error is not handled; a function declared 'rethrows' may only throw if its parameter does",
            "10:16: call can throw, but it is not marked with 'try' and the error is not handled; a function declared 'rethrows' "
                + "may only throw if its parameter does",
            "14:9: generic parameter 'U' could not be inferred",
            "15:9: generic parameter 'T' could not be inferred",
        ])
    }

    /// Calls of overloaded functions, top-level and nested, whose arguments no overload takes (swiftc 6's errors for
    /// this program; `ov(1)` and `lo(2)` choose an overload).
    func testTheCheckerReportsCallsNoOverloadTakes() {
        let program = """
        func ov(_ x: Int) {}
        func ov(_ x: String) {}
        ov(true)
        ov(1.5)
        ov(1)
        func work() {
            func lo(_ x: Int) -> Int { x }
            func lo(_ x: Bool) -> Int { 1 }
            let s = "a"
            print(lo(s), lo(2), lo([1]))
        }
        """
        assertCheckerReports(program, [
            "3:1: no exact matches in call to global function 'ov'",
            "4:1: no exact matches in call to global function 'ov'",
            "10:11: no exact matches in call to local function 'lo'",
            "10:25: no exact matches in call to local function 'lo'",
        ])
    }

    /// An overloaded function's name as a variable's value without an annotation, at the top level and in a body
    /// (swiftc 6's errors for this program; the annotated one picks its overload).
    func testTheCheckerReportsAnOverloadedFunctionAsAValueWithoutContext() {
        let program = """
        func ov(_ a: Int) {}
        func ov(_ a: Int, _ b: Int) {}
        let v7 = ov
        let v8: (Int) -> Void = ov
        func work() { let f = ov; print(f) }
        """
        assertCheckerReports(program, ["3:10: ambiguous use of 'ov'", "5:23: ambiguous use of 'ov'"])
    }
}
