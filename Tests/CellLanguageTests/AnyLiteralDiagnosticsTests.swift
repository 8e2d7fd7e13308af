import XCTest
@testable import CellLanguage

/// Array literals whose elements join only as `Any` (`TypeChecker+AnyLiterals`), and the arguments of the standard
/// library's other value types the checker used to let through (`TypeChecker+LibraryValueArguments`), decided as
/// swiftc decides them.
final class AnyLiteralDiagnosticsTests: XCTestCase {
    func testMixedLiteralsAreAnyArraysRefusedOnlyAsAVariablesWholeInitialValue() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). As an argument, a `for`-`in` sequence, a row or a
        // dictionary's value the literal is an `[Any]` (`[[Any]]` for rows), accepted.
        assertCheckerReports("""
        print([1, "s", 3], [[1, 2], ["s"]], [[1, false]], ["k": ["s", 2]], [(0, 0), ("s", 0)])
        print(String(describing: ["s", 2]))
        func rest<T>(_ xs: [T]) -> [T] { Array(xs.dropFirst()) }
        print(rest([1, 2, "s"]))
        for x in [1, "s"] { print(x) }
        var grid = [[0, "s"], [0, 0]]
        print(grid)
        print(["s", 2] + [1.5])
        """, [])
        assertCheckerReports("""
        let xs = [1, "s", 3]
        let t = [(0, 0), ("s", 0)]
        print(["s", 2] + [1.5])
        """, [
            "1:10: heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional",
            "2:9: heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional",
        ])
    }

    func testABareSetOfMixedLiteralsHasConflictingElementTypes() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): `Any` is not `Hashable`, so the bare `Set` takes
        // no `[Any]`; swiftc names the last element's type first (number literals of both kinds joined as Double).
        assertCheckerReports("""
        let a: Set = [3, 4, "s"]
        let b: Set = ["s", 1, 2]
        let c: Set = [1, 2.5, "s"]
        let d: Set = [true, 1]
        let e: Set = [1, 2]
        print(a, b, c, d, e)
        """, [
            "1:14: conflicting arguments to generic parameter 'Element' ('String' vs. 'Int')",
            "2:14: conflicting arguments to generic parameter 'Element' ('Int' vs. 'String')",
            "3:14: conflicting arguments to generic parameter 'Element' ('String' vs. 'Double')",
            "4:14: conflicting arguments to generic parameter 'Element' ('Int' vs. 'Bool')",
        ])
    }

    func testTheElementsOfAnAnyArrayAreAnysWhereTheyAreUsed() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), without its `[#ProtocolTypeNonConformance]` group.
        assertCheckerReports("""
        for n in [0, "s"] { print(n.nonzeroBitCount) }
        for r in ["s", 8] { print(String(255, radix: r)) }
        func q(_ p: (Int, Int)) -> Int { p.0 }
        for p in [(0, 0), ("s", 0)] { print(q(p)) }
        func inc(_ v: inout Int) { v += 1 }
        var g = [[0, "s"], [0, 0]]
        inc(&g[0][0])
        for x in ["s", 2] {
            switch x {
            case 1: print(x)
            default: break
            }
        }
        """, [
            "1:29: value of type 'Any' has no member 'nonzeroBitCount'",
            "2:46: cannot convert value of type 'Any' to expected argument type 'Int'",
            "4:39: cannot convert value of type 'Any' to expected argument type '(Int, Int)'",
            "7:5: cannot convert value of type 'Any' to expected argument type 'Int'",
            "10:10: type 'Any' cannot conform to 'Equatable'",
        ])
    }

    func testWhereARequirementLeavesAnyOutTheElementsJoinAsNumbers() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`) for the extension's method; for `Set` swiftc fails
        // to produce a diagnostic (at the statement), where nbrun reports the element as for the method.
        assertCheckerReports("""
        extension Array where Element: Numeric { func sum() -> Element { reduce(0, +) } }
        print(["s", 1].sum())
        print(Set([1, "s", 2]).count)
        """, [
            "2:8: cannot convert value of type 'String' to expected element type 'Int'",
            "3:15: cannot convert value of type 'String' to expected element type 'Int'",
        ])
    }

    func testOperatorsOnAnysAreRefused() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`) for `==`, at each operand (the metatype overload
        // it is left with); for `+=` swiftc fails to produce a diagnostic at the operator (for `*`, at the statement),
        // where nbrun names the operands.
        assertCheckerReports("""
        let rows = [[1, "s"], [2, 2]]
        for row in rows { if row[0] == row[1] { print(row) } }
        var g = [[0, "s"], [0, 0]]
        g[0][0] += 1
        let n = [["s", 2], [3]]
        print(n.flatMap { $0 }.map { $0 * $0 })
        """, [
            "2:25: cannot convert value of type 'Any' to expected argument type 'any (~Copyable & ~Escapable).Type'",
            "2:35: cannot convert value of type 'Any' to expected argument type 'any (~Copyable & ~Escapable).Type'",
            "4:9: binary operator '+=' cannot be applied to operands of type 'Any' and 'Int'",
            "6:33: binary operator '*' cannot be applied to two 'Any' operands",
        ])
    }

    func testIntArgumentsOfLibraryValuesMethodsAreChecked() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), in position order (swiftc names line 8's second
        // mistake first).
        assertCheckerReports("""
        let ones = Array(repeating: 1, count: "s")
        print(Swift.max(2, "s"))
        let w = "a b".split(separator: " ")[0]
        print(w.prefix("s"))
        let f = 2...
        print(f.contains("s"))
        let r = 0..<10
        print(r.contains("s"), r.contains(2.5))
        print(r[2..<5].dropFirst("s"))
        """, [
            "1:39: cannot convert value of type 'String' to expected argument type 'Int'",
            "2:13: conflicting arguments to generic parameter 'T' ('Int' vs. 'String')",
            "4:16: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:18: cannot convert value of type 'String' to expected argument type 'Int'",
            "8:9: instance method 'contains' requires the types 'Range<Int>.Element' (aka 'Int') and 'String.Element' (aka 'Character') be equivalent",
            "8:26: no exact matches in call to instance method 'contains'",
            "9:26: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }
}
