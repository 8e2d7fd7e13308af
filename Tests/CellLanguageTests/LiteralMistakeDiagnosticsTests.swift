import XCTest
@testable import CellLanguage

/// Literals of another type where the standard library wants an Int, a number or a Bool (`xs["s"]`, `0..<"s"`,
/// `xs.reduce("s", +)`, `n * "s"`, `1 && ok`, `[1, nil, "s"]`), decided by the checker
/// (`TypeChecker+LiteralMistakes`) as swiftc decides them. Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
final class LiteralMistakeDiagnosticsTests: XCTestCase {
    func testAnArrayIndexOfAnotherTypeIsAmbiguousOnlyWhereNothingConstrainsTheElement() {
        // Printed or bound without a type, the element could be any of the subscripts' results: no overload is chosen.
        assertCheckerReports("""
        let xs = [1, 2, 3]
        print(xs["s"])
        let w = xs["s"]
        func f(_ x: Int) {}
        f(xs["s"])
        print(xs["s"] + 1)
        let grid = [[1], [2]]
        print(grid[0][1.5])
        """, [
            "2:9: no exact matches in call to subscript",
            "3:11: no exact matches in call to subscript",
            "5:6: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:10: cannot convert value of type 'String' to expected argument type 'Int'",
            "8:14: no exact matches in call to subscript",
        ])
    }

    func testARangeBoundOfAnotherTypeConflictsOnlyWhereNothingConstrainsTheRange() {
        assertCheckerReports("""
        let r = 2..<"s"
        print(0..<"s")
        for i in 0..<"s" { print(i) }
        let b = (0..<"s").map { $0 }
        let n = 3
        let h = n..<"s"
        let s = Set(0...true)
        """, [
            "1:10: conflicting arguments to generic parameter 'Self' ('String' vs. 'Int')",
            "2:8: conflicting arguments to generic parameter 'Self' ('String' vs. 'Int')",
            "3:14: cannot convert value of type 'String' to expected argument type 'Int'",
            "4:14: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:10: conflicting arguments to generic parameter 'Self' ('Int' vs. 'String')",
            "7:17: cannot convert value of type 'Bool' to expected argument type 'Int'",
        ])
    }

    func testAReduceStartingFromALiteralOfAnotherTypeReportsTheLiteral() {
        assertCheckerReports("""
        let ds = [1.5, 2.5]
        print(ds.reduce("s", +))
        let ns = [1, 2]
        let t = ns.reduce("s", +)
        let u = ns.reduce(true, *)
        """, [
            "2:17: cannot convert value of type 'String' to expected argument type 'Double'",
            "4:19: cannot convert value of type 'String' to expected argument type 'Int'",
            "5:19: cannot convert value of type 'Bool' to expected argument type 'Int'",
        ])
    }

    func testOperandsOfAnotherTypeAreConvertedToTheNumbersOperator() {
        assertCheckerReports("""
        func scale(_ d: Double) -> Double { d }
        print(scale(-"s"))
        let n = 4
        print(n * "s", n / "s", n % "s", n - "s")
        let x = 2.5
        let y = x * "s"
        func ok() -> Bool { true }
        if 1 && ok() { print("one") }
        if ok() || 0 { print("zero") }
        if n && ok() { print("n") }
        """, [
            "2:14: cannot convert value of type 'String' to expected argument type 'Double'",
            "4:11: cannot convert value of type 'String' to expected argument type 'Int'",
            "4:20: cannot convert value of type 'String' to expected argument type 'Int'",
            "4:29: cannot convert value of type 'String' to expected argument type 'Int'",
            "4:38: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:13: cannot convert value of type 'String' to expected argument type 'Double'",
            "8:4: integer literal value '1' cannot be used as a boolean; did you mean 'true'?",
            "9:12: integer literal value '0' cannot be used as a boolean; did you mean 'false'?",
            "10:4: type 'Int' cannot be used as a boolean; test for '!= 0' instead",
        ])
    }

    func testLiteralsOfDifferentTypesBesideNilAreReportedOnce() {
        assertCheckerReports("""
        let a = [1, nil, "s"]
        let b = [nil, 1.5, "s"]
        let c = [true, nil, 2]
        let d = [1, nil, 2.5]
        print(d)
        """, [
            "1:9: heterogeneous collection literal could only be inferred to '[Any?]'; add explicit type annotation if this is intentional",
            "2:9: heterogeneous collection literal could only be inferred to '[Any?]'; add explicit type annotation if this is intentional",
            "3:9: heterogeneous collection literal could only be inferred to '[Any?]'; add explicit type annotation if this is intentional",
        ])
    }

    func testTuplesWhoseElementsDifferInTypeDoNotCompare() {
        assertCheckerReports("""
        let s: Substring = "a"
        print(("s", s) < (2, s), (1, s) > ("t", s))
        """, [
            "2:16: binary operator '<' cannot be applied to operands of type '(String, Substring)' and '(Int, Substring)'",
            "2:33: binary operator '>' cannot be applied to operands of type '(Int, Substring)' and '(String, Substring)'",
        ])
    }

    func testMembersOfADeclaredTypeNeedTheOptionalUnwrapped() {
        assertCheckerReports("""
        class Owner { func describe(_ p: String) -> String { p }; var name = "o" }
        var owner: Owner? = Owner()
        print(owner.describe("d"))
        let name = owner.name
        class Node { var next: Node?; var value = 0 }
        var head: Node? = Node()
        head.next = Node()
        head!.next.next = Node()
        let root = Node()
        root.next?.value += "s"
        """, [
            "3:7: value of optional type 'Owner?' must be unwrapped to refer to member 'describe' of wrapped base type 'Owner'",
            "4:12: value of optional type 'Owner?' must be unwrapped to refer to member 'name' of wrapped base type 'Owner'",
            "7:1: value of optional type 'Node?' must be unwrapped to refer to member 'next' of wrapped base type 'Node'",
            "8:7: value of optional type 'Node?' must be unwrapped to refer to member 'next' of wrapped base type 'Node'",
            "10:21: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    func testMisspelledCasesOfTypesConformingToLibraryProtocolsAreMissingMembers() {
        // `Comparable`, `Hashable` and `CaseIterable` add no static member a misspelled case could name.
        assertCheckerReports("""
        enum Suit: Comparable { case clubs, heartsq }
        let s: Suit = .hearts
        enum Shape: Hashable, CaseIterable { case circle, dotq }
        print([Shape.circle, .dot])
        print(String(repeating: "ab", count: "s"))
        infix operator <~: AdditionPrecedence
        extension Int { static func <~ (left: Int, right: Int) -> Int { left * 10 + right } }
        print(1 <~ "s")
        """, [
            "2:16: type 'Suit' has no member 'hearts'",
            "4:23: type 'Shape' has no member 'dot'",
            "5:38: cannot convert value of type 'String' to expected argument type 'Int'",
            "8:12: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    func testDroppedAmpersandsAndNamesInContextualMapsAreTheCheckers() {
        // An initializer's and a protocol extension's `inout` parameters, a misspelled name in a closure whose result
        // a `[Double]` context may change.
        assertCheckerReports("""
        struct Rng { var state: UInt64; init(seed: inout UInt64) { state = seed } }
        var seed: UInt64 = 3
        let r1 = Rng(seed: seed)
        protocol Scaler { func scale(_ v: inout [Double]) }
        extension Scaler { func twice(_ v: inout [Double]) { scale(&v) } }
        struct Half: Scaler { func scale(_ v: inout [Double]) {} }
        var v = [8.0]
        Half().twice(v)
        let values = [1.0, 2.0]
        let mean = 1.5
        let d: [Double] = values.map { ($0 - meanq).rounded() }
        """, [
            "3:20: passing value of type 'UInt64' to an inout parameter requires explicit '&'",
            "8:14: passing value of type '[Double]' to an inout parameter requires explicit '&'",
            "11:38: cannot find 'meanq' in scope",
        ])
    }
}
