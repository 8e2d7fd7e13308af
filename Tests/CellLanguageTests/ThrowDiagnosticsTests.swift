import CellLanguage
import XCTest

/// The checker's diagnostics for errors that nothing handles (`TypeChecker+ThrowDiagnostics`, issue 12: the
/// generator no longer checks them), each program's expected lines swiftc 6's (`swiftc -typecheck`).
final class ThrowDiagnosticsTests: XCTestCase {
    /// A call of a throwing function, method, initializer or function value without `try`: at the top level
    /// (`handled`), in a function that does not throw, in loops, `switch` cases and closures' bodies.
    func testCallsNotMarkedWithTryAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            let x = f()
            print(x)
            """, [
            "3:9: call can throw but is not marked with 'try'",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            struct S {
                init() throws {}
                func m() throws -> Int { 1 }
                static func s() throws -> Int { 2 }
            }
            func g() {
                let s = S()
                _ = s.m()
                _ = S.s()
            }
            let t = try S()
            _ = t.m()
            """, [
            "8:13: call can throw, but it is not marked with 'try' and the error is not handled",
            "9:9: call can throw, but it is not marked with 'try' and the error is not handled",
            "10:9: call can throw, but it is not marked with 'try' and the error is not handled",
            "13:5: call can throw but is not marked with 'try'",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            class C {
                var v = 0
                func m() throws { }
                func n() { m() }
                func o() { for _ in 0..<1 { try m() } }
            }
            func f() throws -> Int { 1 }
            let c = C()
            c.m()
            for _ in 0..<2 { _ = f() }
            switch 1 { case 1: _ = f(); default: break }
            """, [
            "5:16: call can throw, but it is not marked with 'try' and the error is not handled",
            "6:33: errors thrown from here are not handled",
            "10:1: call can throw but is not marked with 'try'",
            "11:22: call can throw but is not marked with 'try'",
            "12:24: call can throw but is not marked with 'try'",
        ])
    }

    /// A `try` or a `throw` in a body that may not throw, or under a `catch` that takes only some errors.
    func testErrorsThatNothingHandlesAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            func g() {
                for _ in 0..<2 { _ = f() }
                switch 1 { case 1: _ = f() ; default: break }
                while false { _ = try f() }
                if true { _ = try f() }
            }
            """, [
            "4:26: call can throw, but it is not marked with 'try' and the error is not handled",
            "5:28: call can throw, but it is not marked with 'try' and the error is not handled",
            "6:23: errors thrown from here are not handled",
            "7:19: errors thrown from here are not handled",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            func g() {
                do { _ = try f() } catch E.a { }
                do { throw E.b } catch E.a { }
            }
            func h() throws {
                do { _ = try f() } catch E.a { }
                for _ in 0..<1 { throw E.a }
            }
            """, [
            "4:14: errors thrown from here are not handled because the enclosing catch is not exhaustive",
            "5:10: error is not handled because the enclosing catch is not exhaustive",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            func g() {
                throw E.a
            }
            func g2() {
                for _ in 0..<1 { throw E.a }
                switch 1 { case 1: throw E.b; default: break }
            }
            """, [
            "3:5: error is not handled because the enclosing function is not declared 'throws'",
            "6:22: error is not handled because the enclosing function is not declared 'throws'",
            "7:24: error is not handled because the enclosing function is not declared 'throws'",
        ])
    }

    /// A `defer` body lets no error out; a `rethrows` function throws only through its parameter; `try?`, `try!`, a
    /// catch-all, accessors and a rethrowing call given a closure that throws.
    func testErrorsOutOfDeferAndRethrowingBodiesAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            func g() throws {
                defer { _ = try f() }
                defer { throw E.a }
                defer { for _ in 0..<1 { _ = try f() } }
                print(1)
            }
            """, [
            "4:21: call can throw, but errors cannot be thrown out of a defer body",
            "5:13: errors cannot be thrown out of a defer body",
            "6:38: call can throw, but errors cannot be thrown out of a defer body",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            func r(_ h: () throws -> Int) rethrows -> Int {
                if true { throw E.a }
                for _ in 0..<1 { _ = try f() }
                return try h()
            }
            """, [
            "4:15: a function declared 'rethrows' may only throw if its parameter does",
            "5:30: call can throw, but the error is not handled; a function declared 'rethrows' may only throw if its parameter does",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            func h(_ body: () throws -> Int) rethrows -> Int {
                _ = try? f()
                _ = try! f()
                do { _ = try f() } catch { }
                return try body()
            }
            class NotErr {}
            func k() throws { throw NotErr() }
            struct S {
                var v: Int { _ = try? f(); return 1 }
                var w: Int { return try f() }
                subscript(i: Int) -> Int { try f() }
            }
            let r = try h { try f() }
            let s = h { 1 }
            let t = h { try f() }
            """, [
            "10:25: thrown expression type 'NotErr' does not conform to 'Error'",
            "13:25: errors thrown from here are not handled",
            "14:32: errors thrown from here are not handled",
            "18:9: call can throw but is not marked with 'try'",
        ])
    }

    /// Function values of throwing type called, converted to non-throwing types (at the `=` of an assignment), given to
    /// rethrowing standard-library members; values that are no `Error` thrown.
    func testThrowingValuesAndLibraryMembersAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            let h: () throws -> Int = f
            func g() {
                _ = h()
                _ = [1].map { try f() + $0 }
                _ = try [1].map { try f() + $0 }
            }
            """, [
            "5:9: call can throw, but it is not marked with 'try' and the error is not handled",
            "6:9: call can throw, but it is not marked with 'try' and the error is not handled",
            "7:9: errors thrown from here are not handled",
        ])
        assertCheckerReports("""
            enum E: Error { case a }
            func f() throws -> Int { 1 }
            func g() {
                let xs = [1, 2]
                let ys = xs.map { x -> Int in
                    if x > 1 { throw E.a }
                    return x
                }
                print(ys)
                do {
                    let zs = try xs.filter { try f() > $0 }
                    print(zs)
                } catch {
                    print(error)
                }
                let c: () throws -> Int = { try f() }
                _ = try? c()
                _ = c()
            }
            """, [
            "5:14: call can throw, but it is not marked with 'try' and the error is not handled",
            "18:9: call can throw, but it is not marked with 'try' and the error is not handled",
        ])
        assertCheckerReports("""
            enum E: Error { case a, b }
            func f() throws -> Int { 1 }
            let g: () -> Int = f
            func take(_ h: () -> Int) -> Int { h() }
            print(take(f))
            var k: () -> Int = { 1 }
            k = f
            """, [
            "3:20: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
            "5:12: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
            "7:3: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
        ])
        assertCheckerReports("""
            struct P { var x = 1 }
            func g() {
                throw P()
                throw 1
            }
            func h() throws { throw "s" }
            """, [
            "3:11: thrown expression type 'P' does not conform to 'Error'",
            "4:11: thrown expression type 'Int' does not conform to 'Error'",
            "6:25: thrown expression type 'String' does not conform to 'Error'",
        ])
    }
}
