@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+RefusalDiagnostics`: values nbrun refuses (swiftc accepts them, so the
/// messages are nbrun's own, at the token `Positions/Refusals/` marks), each reported by the type checker before
/// generation (the generator meets it as already reported).
final class RefusalDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsRefusedValues() {
        let program = """
        enum Shape { case circle(Int), dot }
        func work() {
            let a = Shape.circle
            let b = 1.5...
            let c = (+)
            let d = "a"...
            print(a, b, c, d)
        }
        """
        assertCheckerReports(program, [
            "3:19: enum case 'circle' has associated values; use 'circle(…)'",
            "4:16: one-sided ranges are supported as array subscripts and case patterns only in nbrun cells",
            "5:14: operator '+' cannot be used as a value here",
            "6:16: one-sided ranges are supported as array subscripts and case patterns only in nbrun cells",
        ])
    }

    func testTheCheckerReportsRefusedCollectionSources() {
        let program = """
        struct Point { var x: Int }
        func work(_ d: [String: Int]) {
            let a = Dictionary(grouping: 5, by: { $0 })
            let b = Dictionary(uniqueKeysWithValues: [1])
            let c = Set(2.5)
            let e = Dictionary(grouping: Point(x: 1)) { $0 }
            let f = Set(d)
            print(a, b, c, e, f)
        }
        """
        assertCheckerReports(program, [
            "3:13: Dictionary(grouping:by:) needs an array or a set, not 'Int'",
            "4:13: Dictionary(uniqueKeysWithValues:) needs an array of (key, value) pairs, not '[Int]'",
            "5:13: cannot build a Set from a value of type 'Double'",
            "6:13: Dictionary(grouping:by:) needs an array or a set, not 'Point'",
            "7:13: cannot build a Set from a value of type '[String : Int]'",
        ])
    }

    func testTheCheckerReportsTransformsOfTheWrongResult() {
        let program = """
        func work(_ o: Int?) {
            let a = [1].compactMap { $0 }
            let b = [1].flatMap { $0 }
            let c = Optional(1).flatMap { $0 }
            let d = ["a"].compactMap { $0 + "b" }
            let e = o.flatMap { [$0] }
            print(a, b, c, d, e)
        }
        """
        assertCheckerReports(program, [
            "2:17: compactMap needs a closure returning an optional, not 'Int'",
            "3:17: flatMap needs a closure returning an array, not 'Int'",
            "4:25: flatMap needs a closure returning an optional, not 'Int'",
            "5:19: compactMap needs a closure returning an optional, not 'String'",
            "6:15: flatMap needs a closure returning an optional, not '[Int]'",
        ])
    }

    /// swiftc only warns that these casts always fail, at the same `as?`/`as!`.
    func testTheCheckerReportsCastsBetweenValues() {
        let program = """
        func work(_ o: Int?) {
            let a = 1 as? String
            let b = "x" as! Double
            let c = o as? Bool
            print(a, b, c)
        }
        """
        assertCheckerReports(program, [
            "2:15: 'as?' from 'Int' to 'String' is not supported in nbrun cells (casts between classes are)",
            "3:17: 'as!' from 'String' to 'Double' is not supported in nbrun cells (casts between classes are)",
            "4:15: 'as?' from 'Int?' to 'Bool' is not supported in nbrun cells (casts between classes are)",
        ])
    }

    /// Cases constructed with their values, cases without values, Int one-sided ranges and operators given a function
    /// type are no mistakes.
    func testTheCheckerLeavesWhatTheGeneratorAccepts() {
        let program = """
        enum Shape { case circle(Int), dot }
        let e = Shape.circle(2)
        let f = Shape.dot
        let g = 2...
        let h: (Int, Int) -> Int = (+)
        let xs = [1, 2, 3][1...]
        let groups = Dictionary(grouping: [1, 2, 3]) { $0 % 2 }
        let pairs = Dictionary(uniqueKeysWithValues: [("a", 1)])
        let sets = (Set([1, 2]), Set("ab"), Set(1...3), Set([1, 2][0...]))
        let mapped = ([" 1", "x"].compactMap { Int($0) }, [[1], [2]].flatMap { $0 }, ["ab"].flatMap { $0 }, Optional(2).flatMap { Int("\\($0)") })
        print(e, f, g, h(1, 2), xs, [3, 1].sorted(by: <), [1, 2].reduce(0, +), groups, pairs, sets, mapped)
        """
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, 0)
        XCTAssertEqual(diagnosticLines(program), [])
    }

    /// Character sets nbrun cannot read at the call (its own words, at the argument), beside ones it reads, and
    /// `String(format:)` arguments that are no `CVarArg` (swiftc 6's error and position for those).
    func testTheCheckerReportsUnreadCharacterSetsAndFormatArgumentsThatAreNoCVarArg() {
        let program = """
        struct Point { var x: Int }
        enum E { case a }
        let a = " a ".trimmingCharacters(in: CharacterSet(charactersIn: "a" + "b"))
        let b = " a ".trimmingCharacters(in: .whitespaces)
        let c = "a,b".components(separatedBy: CharacterSet.letters.union(CharacterSet(charactersIn: "a" + "b")))
        let d = "a,b".components(separatedBy: ",")
        let e = "a;b".components(separatedBy: CharacterSet.punctuationCharacters.inverted)
        let f = String(format: "%d", Point(x: 1))
        let g = String(format: "%@", Character("c"))
        let h = String(format: "%d %d", 1, (1, 2))
        let i = String(format: "%d", E.a)
        let j = String(format: "%d %@ %.1f", 1, "s", 2.5)
        """
        let characterSet = CompileError.characterSetNotWritten.message
        assertCheckerReports(program, [
            "3:38: \(characterSet)",
            "5:39: \(characterSet)",
            "8:30: argument type 'Point' does not conform to expected type 'CVarArg'",
            "9:30: argument type 'Character' does not conform to expected type 'CVarArg'",
            "10:36: argument type '(Int, Int)' does not conform to expected type 'CVarArg'",
            "11:32: argument type 'E' does not conform to expected type 'CVarArg'",
        ])
    }

    /// Slices nbrun does not mutate (a range assigned, Array's mutating methods) and index methods of a ClosedRange:
    /// nbrun's words at the token `Positions/Refusals/` marks; a slice's element assigned and a Range's index run.
    func testTheCheckerReportsSliceMutationsAndClosedRangeIndices() {
        let program = """
        var u52 = [1, 2, 3][1...]; u52[1...] = [5]
        var u53 = [1, 2, 3][1...]; u53[1...2] = [5]
        var u54 = [1, 2, 3][1...]; u54[..<2] = [5]
        var u55 = [1, 2, 3].dropFirst(); u55.append(4)
        let u56 = (1...5).firstIndex(of: 3)
        let u57 = (1..<5).firstIndex(of: 3)
        var u58 = [1, 2, 3][1...]; u58[1] = 5
        print(u52, u53, u54, u55, u56 as Any, u57 as Any, u58)
        """
        let range = CompileError.unsupported(.rangeAssignmentOnSlice).message
        assertCheckerReports(program, [
            "1:31: \(range)", "2:31: \(range)", "3:31: \(range)",
            "4:38: \(Compiler.sliceMemberRefusal("append").message)",
            "5:19: \(RangeMembers.closedRangeIndexRefusal("firstIndex").message)",
        ])
    }
}
