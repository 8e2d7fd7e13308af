import CellLanguage
import XCTest

/// The checker's diagnostics for changes of the constants a loop, a condition or a case pattern binds (issue 12: the
/// generator no longer checks them), each program's expected lines swiftc 6's (`swiftc -typecheck`).
final class BoundConstantDiagnosticsTests: XCTestCase {
    /// A `for` loop's variable, an `if let` / `guard let` binding, a `for case let` binding and a `let` tuple's
    /// elements are constants: assignments, compound assignments, mutating calls and `inout` arguments are refused.
    func testChangesOfBoundConstantsAreReportedByTheChecker() {
        assertCheckerReports("""
            struct P { var x = 0; mutating func bump() { x += 1 } }
            func f(_ v: inout Int) {}
            let ps = [P()]
            let xs = [1, 2]
            for r in ps { r.x = 2 }
            for i in xs { i += 1 }
            for i in xs { i = 1 }
            for r in ps { r.bump() }
            for i in xs { f(&i) }
            let opt: Int? = 4
            if let x = opt { x += 1 }
            if let x = opt { x = 1 }
            let popt: P? = P()
            if let p = popt { p.x = 3 }
            if let p = popt { p.bump() }
            func g() {
              guard let y = opt else { return }
              y = 2
            }
            let (a, b) = (1, 2)
            a = 3
            b += 1
            for case let v? in [opt] { v = 1 }
            """, [
            "5:17: cannot assign to property: 'r' is a 'let' constant",
            "6:17: left side of mutating operator isn't mutable: 'i' is a 'let' constant",
            "7:15: cannot assign to value: 'i' is a 'let' constant",
            "8:17: cannot use mutating member on immutable value: 'r' is a 'let' constant",
            "9:17: cannot pass immutable value as inout argument: 'i' is a 'let' constant",
            "11:20: left side of mutating operator isn't mutable: 'x' is a 'let' constant",
            "12:18: cannot assign to value: 'x' is a 'let' constant",
            "14:21: cannot assign to property: 'p' is a 'let' constant",
            "15:21: cannot use mutating member on immutable value: 'p' is a 'let' constant",
            "18:3: cannot assign to value: 'y' is a 'let' constant",
            "21:1: cannot assign to value: 'a' is a 'let' constant",
            "22:3: left side of mutating operator isn't mutable: 'b' is a 'let' constant",
            "23:28: cannot assign to value: 'v' is a 'let' constant",
        ])
    }

    /// A constant given to a prefix or postfix operator function whose operand is `inout`: swiftc's error at the
    /// operator (after the operand for a postfix one).
    func testConstantOperandsOfMutatingOperatorsAreReportedAtTheOperator() {
        assertCheckerReports("""
            postfix operator --
            postfix func -- (x: inout Int) -> Int { x -= 1; return x }
            prefix operator ++
            prefix func ++ (x: inout Int) -> Int { x += 1; return x }
            var v = 1
            _ = v--
            let u = 1
            _ = u--
            _ = ++u
            for i in [1] { _ = i-- }
            func k(_ p: Int) -> Int { p-- }
            """, [
            "8:6: cannot pass immutable value to mutating operator: 'u' is a 'let' constant",
            "9:5: cannot pass immutable value to mutating operator: 'u' is a 'let' constant",
            "10:21: cannot pass immutable value to mutating operator: 'i' is a 'let' constant",
            "11:28: cannot pass immutable value to mutating operator: 'p' is a 'let' constant",
        ])
    }
}
