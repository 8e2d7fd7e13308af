import XCTest
@testable import CellLanguage

/// `x[...]` (Swift's `UnboundedRange`): every element of an array, a slice, a string or a range, read and assigned
/// as swiftc runs it (`TypeChecker.oneSidedSlice`, `Compiler.isUnboundedRange`); other receivers are refused.
final class UnboundedRangeTests: XCTestCase {
    func testUnboundedRangeReadsAndAssignsLikeSwift() {
        // Output: swiftc 6.3.1's program.
        let code = """
        let xs = [1, 2, 3]
        let a = xs[...]
        print(a, type(of: a))
        let s = "hello"
        let b = s[...]
        print(b, type(of: b))
        var ys = [4, 5]
        ys[...] = [7, 8, 9]
        print(ys)
        let sl = xs[1...]
        print(sl[...], sl[...].startIndex)
        let sub = s.dropFirst()
        print(sub[...])
        var zs = [1, 2, 3]
        zs[...][1] = 20
        print(zs)
        print(xs[...].count, s[...].uppercased(), (0..<5)[...])
        for x in xs[...] { print(x) }
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, """
        [1, 2, 3] ArraySlice<Int>
        hello Substring
        [7, 8, 9]
        [2, 3] 1
        ello
        [1, 20, 3]
        3 HELLO 0..<5
        1
        2
        3

        """)
    }

    func testAppendingToASliceOrARangeOfAnArrayRunsLikeSwift() {
        // Output: swiftc 6.3.1's program (each `+=` was an internal error).
        let code = """
        var xs = [1, 2, 3]
        var sl = xs[0...]
        sl += [9]
        print(sl)
        sl += xs[1...]
        print(sl)
        xs[...] += [4]
        print(xs)
        xs[0..<1] += [5, 6]
        print(xs)
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "[1, 2, 3, 9]\n[1, 2, 3, 9, 2, 3]\n[1, 2, 3, 4]\n[1, 5, 6, 2, 3, 4]\n")
    }

    func testUnboundedRangeMistakesAreSwiftcs() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
        assertCheckerReports("""
        let xs = [1]
        xs[...] = [2]
        var s = "ab"
        s[...] = "x"
        func f(_ x: Int) {}
        f(...)
        """, [
            "2:3: cannot assign through subscript: 'xs' is a 'let' constant",
            "4:2: cannot assign through subscript: subscript is get-only",
            "6:3: cannot convert value of type '(UnboundedRange_) -> ()' to expected argument type 'Int'",
        ])
    }

    func testUnboundedRangeOnOtherReceiversIsRefused() {
        // swiftc runs `d[...]` (a `Slice<Dictionary>`) and slices' range assignments: nbrun refuses them, at the `[`.
        assertCheckerReports("""
        let d = [1: 2]
        print(d[...])
        var sl = [1, 2][...]
        sl[...] = [3]
        """, [
            "2:8: subscripting '[Int: Int]' with '...' (UnboundedRange) is not supported in nbrun cells",
            "4:3: 'assigning to a range of an ArraySlice' is not supported in nbrun cells",
        ])
    }
}
