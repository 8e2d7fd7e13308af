import XCTest
@testable import CellLanguage

/// Mistakes in case patterns and loop patterns that the checker reports before generation, with swiftc's messages and positions (session 24: the generator's checks of patterns and loops deleted).
final class PatternCheckTests: XCTestCase {
    /// A switch case's tuple pattern on a value that is no tuple: at the pattern's `(` (the generator reported it at the subject).
    func testTuplePatternOnANonTupleSubject() {
        assertCheckerReports("""
            switch 5 {
            case (let a, let b): print(a, b)
            default: break
            }
            switch 5 {
            case let (a, b): print(a, b)
            default: break
            }
            """, [
            "2:6: tuple pattern cannot match values of the non-tuple type 'Int'",
            "6:10: tuple pattern cannot match values of the non-tuple type 'Int'"
        ])
    }

    /// A switch case's tuple pattern of another length than the tuple's, nested too: at that pattern's `(`.
    func testTuplePatternOfAnotherLengthInASwitch() {
        assertCheckerReports("""
            switch (1, 2) {
            case (let a, let b, let c): print(a, b, c)
            default: break
            }
            switch (1, (2, 3)) {
            case (1, (let a, let b, let c)): print(a, b, c)
            default: break
            }
            """, [
            "2:6: tuple pattern has the wrong length for tuple type '(Int, Int)'",
            "6:10: tuple pattern has the wrong length for tuple type '(Int, Int)'"
        ])
    }

    /// `if case`, `while case`, `guard case`: swiftc words the tuple pattern as a conversion of the value.
    func testTuplePatternInAConditionAtTheValue() {
        assertCheckerReports("""
            if case (let a, let b) = 5 { print(a, b) }
            if case (let a, let b) = (1, 2, 3) { print(a, b) }
            func g(_ v: Int) {
                while case (let a, let b) = v { print(a, b) }
                guard case (let c, let d) = v else { return }
                print(c, d)
            }
            """, [
            "1:26: cannot convert value of type 'Int' to specified type '(_, _)'",
            "2:26: '(Int, Int, Int)' is not convertible to '(Int, Int)', tuples have a different number of elements",
            "4:33: cannot convert value of type 'Int' to specified type '(_, _)'",
            "5:33: cannot convert value of type 'Int' to specified type '(_, _)'"
        ])
    }

    /// `for case` and `for`: at the sequence (at the operator of a range or a sum), worded as for a loop's pattern.
    func testTuplePatternOfAForCaseLoopAtTheSequence() {
        assertCheckerReports("""
            for case (let a, let b) in [1, 2] { print(a, b) }
            for case (let a, let b, let c) in [(1, 2)] { print(a, b, c) }
            for case (let a, let b) in 1...3 { print(a, b) }
            for (a, b, c) in [(1, 2)] + [(3, 4)] { print(a, b, c) }
            """, [
            "1:28: tuple pattern cannot match values of non-tuple type 'Int'",
            "2:35: pattern cannot match values of type '(Int, Int)'",
            "3:29: tuple pattern cannot match values of non-tuple type 'Int'",
            "4:27: pattern cannot match values of type '(Int, Int)'"
        ])
    }

    /// A loop over a declared type that is no sequence, and tuple patterns that do not fit a dictionary's, a range's or a string's elements.
    func testForLoopOverValuesThatAreNoSequence() {
        assertCheckerReports("""
            struct S {}
            for x in S() { print(x) }
            let d: [String: Int] = [:]
            for (k, v, w) in d { print(k, v, w) }
            for (a, b) in 1...3 { print(a, b) }
            for (a, b) in "ab" { print(a, b) }
            """, [
            "2:10: for-in loop requires 'S' to conform to 'Sequence'",
            "4:18: pattern cannot match values of type '(key: String, value: Int)'",
            "5:16: tuple pattern cannot match values of non-tuple type 'Int'",
            "6:15: tuple pattern cannot match values of non-tuple type 'Character'"
        ])
    }

    /// Values compared with the subject that are of another type: at the value (at the operator of a range, except against a String); an optional subject is named whole.
    func testExpressionPatternsOfAnotherType() {
        assertCheckerReports("""
            let s = "a"
            let n = 3
            let o: Int? = 3
            switch n {
            case 1.5...2.5: print(1)
            case s: print(2)
            default: break
            }
            switch o {
            case s: print(3)
            case n: print(4)
            default: break
            }
            switch 2.5 {
            case n: print(5)
            case 1...2: print(6)
            default: break
            }
            switch "q" {
            case n...4: print(8)
            default: break
            }
            let ch: Character = "a"
            if case 1...5 = ch { }
            """, [
            "5:9: expression pattern of type 'ClosedRange<Double>' cannot match values of type 'Int'",
            "6:6: expression pattern of type 'String' cannot match values of type 'Int'",
            "10:6: expression pattern of type 'String' cannot match values of type 'Int?'",
            "15:6: expression pattern of type 'Int' cannot match values of type 'Double'",
            "20:6: expression pattern of type 'ClosedRange<Int>' cannot match values of type 'String'",
            "24:10: expression pattern of type 'ClosedRange<Int>' cannot match values of type 'Character'"
        ])
    }

    /// A value of a declared type that is not Equatable cannot be compared with `~=`.
    func testExpressionPatternOfANonEquatableType() {
        assertCheckerReports("""
            struct P { var x = 1 }
            let p = P()
            switch p {
            case p: print(7)
            default: break
            }
            """, [
            "4:6: operator function '~=' requires that 'P' conform to 'Equatable'"
        ])
    }

    /// `where` clauses of a switch case and of a loop that are no Boolean (the generator no longer checks them).
    func testNonBooleanWhereClauses() {
        assertCheckerReports("""
            let flag = 3
            switch 2 {
            case let x where flag: print(x)
            default: break
            }
            for x in [1, 2] where flag { print(x) }
            """, [
            "3:18: type 'Int' cannot be used as a boolean; test for '!= 0' instead",
            "6:23: type 'Int' cannot be used as a boolean; test for '!= 0' instead"
        ])
    }
}
