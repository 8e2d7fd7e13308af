import CellLanguage
import XCTest

/// Per-cell facts: which top-level names a cell reads and writes, found when it is compiled.
final class CellFactsTests: XCTestCase {
    /// Compiles the cells in order in one interpreter and returns their facts.
    private func facts(_ cells: String...) -> [CellFacts] {
        let interpreter = Interpreter()
        return cells.enumerated().map { index, code in
            interpreter.compile(CellSource(code: code, firstLine: 1 + 100 * index)).facts
        }
    }

    func testDeclarationsAreWrittenAndUsesAreRead() {
        let result = facts("let a = 1\nvar b = [1, 2]", "let c = a + 1\nprint(c)")
        XCTAssertEqual(result[0].declares, ["a", "b"])
        XCTAssertEqual(result[0].writes, ["a", "b"])
        XCTAssertEqual(result[0].reads, [])
        XCTAssertEqual(result[1].reads, ["a", "c"])
        XCTAssertEqual(result[1].writes, ["c"])
    }

    func testAssignmentsCompoundAssignmentsMutationsAndInoutWrite() {
        let result = facts("""
        var xs = [1, 2]
        var n = 0
        var d: [String: Int] = [:]
        func bump(_ x: inout Int) { x += 1 }
        """, "n = 5", "n += 1", "xs.append(3)", "xs[0] = 9", "bump(&n)", "d[\"k\", default: 0] += 1", "print(xs.count)")
        XCTAssertEqual(result[1].writes, ["n"])
        XCTAssertEqual(result[1].reads, [], "a plain assignment does not read the old value")
        XCTAssertEqual(result[2].writes, ["n"])
        XCTAssertEqual(result[2].reads, ["n"])
        XCTAssertEqual(result[3].writes, ["xs"])
        XCTAssertEqual(result[3].reads, ["xs"])
        XCTAssertEqual(result[4].writes, ["xs"])
        XCTAssertEqual(result[5].writes, ["n"])
        XCTAssertEqual(result[5].reads, ["n", "bump"])
        XCTAssertEqual(result[6].writes, ["d"])
        XCTAssertEqual(result[7].writes, [], "reading a count changes nothing")
        XCTAssertEqual(result[7].reads, ["xs"])
    }

    /// Whether a built-in method mutates its receiver comes from the standard library's tables: a method that some
    /// table declares `mutating` writes, one declared only as non-mutating reads, an unknown one counts as a write.
    func testBuiltinMethodsMutateAsTheirTablesDeclare() {
        let result = facts("""
        var xs = [3, 1, 2]
        var s = "abc"
        extension Array { func twice() -> [Element] { self + self } }
        """, "print(xs.sorted())", "xs.sort()", "print(s.uppercased())", "s.removeLast()", "print(xs.twice())",
                           "print(xs.firstIndex(of: 1)!)", "xs.swapAt(0, 1)")
        XCTAssertEqual(result[1].writes, [], "sorted() is declared non-mutating")
        XCTAssertEqual(result[2].writes, ["xs"], "sort() is declared mutating")
        XCTAssertEqual(result[3].writes, [])
        XCTAssertEqual(result[4].writes, ["s"])
        XCTAssertEqual(result[5].writes, ["xs"], "a method no table declares counts as a write")
        XCTAssertEqual(result[6].writes, [])
        XCTAssertEqual(result[7].writes, ["xs"])
    }

    func testLocalsShadowGlobals() {
        let result = facts("var x = 1\nlet ys = [1, 2]", """
        func f(x: Int) -> Int { let ys = x * 2; return ys }
        for x in 0..<3 { print(x) }
        let z = [5].map { x in x + 1 }
        if let x = Optional(3) { print(x) }
        """)
        XCTAssertEqual(result[1].reads, [])
        XCTAssertEqual(result[1].writes, ["f", "z"])
    }

    func testFunctionsCarryTheGlobalsTheirBodiesUse() {
        let result = facts("var counter = 0\nlet scale = 2.0", """
        func next() -> Int { counter += 1; return counter }
        func scaled(_ v: Double) -> Double { helper(v) * scale }
        func helper(_ v: Double) -> Double { v }
        """, "print(next())", "print(scaled(1))", "let f = next")
        XCTAssertEqual(result[1].reads, [], "declaring a function runs nothing")
        XCTAssertEqual(result[2].reads, ["next", "counter"])
        XCTAssertEqual(result[2].writes, ["counter"])
        XCTAssertEqual(result[3].reads, ["scaled", "helper", "scale"])
        XCTAssertEqual(result[4].reads, ["next", "counter"])
    }

    func testClosuresHeldInGlobalsAndTypeMembers() {
        let result = facts("var total = 0.0\nlet rate = 0.5", """
        let add = { (v: Double) in total += v * rate }
        struct Account { var balance = 0.0; mutating func grow() { balance *= 1 + rate } }
        var account = Account()
        """, "add(2)", "account.grow()")
        XCTAssertTrue(result[2].writes.isSuperset(of: ["total", "add"]))
        XCTAssertTrue(result[2].reads.isSuperset(of: ["total", "rate"]))
        XCTAssertEqual(result[3].writes, ["account"])
        XCTAssertEqual(result[3].reads, ["account", "rate"], "the method body reads rate")
    }

    func testObjectsSharedBetweenGlobalsAreWrittenTogether() {
        let result = facts("""
        final class Box { var value = 0 }
        let a = Box()
        let b = a
        let n = 3
        let m = n
        """, "b.value = 5", "print(m)")
        XCTAssertEqual(result[1].writes, ["a", "b"], "a and b hold the same object")
        XCTAssertEqual(result[2].writes, [])
    }

    func testControlsFiguresCourseTextAndRandomnessAreNoted() {
        let result = facts("""
        let slope = slider("slope", default: 1.0, in: 0.0...2.0, step: 0.5)
        let mode = choice("mode", default: "a", options: ["a", "b"])
        let on = toggle("on", default: true)
        """, "show(fig)", "let text = courseText()", "let r = Random(seed: 3)", "print([1, 2].shuffled())")
        XCTAssertEqual(result[0].controls, ["slope", "mode", "on"])
        XCTAssertFalse(result[0].draws)
        XCTAssertTrue(result[1].draws)
        XCTAssertTrue(result[2].readsCourseText)
        XCTAssertTrue(result[3].usesRandomness)
        XCTAssertTrue(result[4].usesRandomness)
        XCTAssertFalse(result[0].usesRandomness)
    }

    func testCellsWithErrorsStillDeclareTheirNames() {
        let result = facts("let a = 1 +", "print(a)", "let b = undefinedName\nb += 1")
        XCTAssertEqual(result[0].declares, ["a"])
        XCTAssertEqual(result[1].reads, ["a"])
        XCTAssertEqual(result[2].declares, ["b"])
    }

    /// A member an extension gives a built-in type runs the extension's code: using it reads the type, and with it
    /// the globals the member's body reads (`3.scaled` depends on `factor`).
    func testAnExtensionMemberOfABuiltInTypeReadsWhatItsBodyReads() {
        let result = facts("var factor = 2", "extension Int { var scaled: Int { self * factor } }",
                           "print(3.scaled)", "let k = 4\nprint(k.scaled)", "print([1].count)")
        XCTAssertEqual(result[1].writes, ["Int"])
        XCTAssertEqual(result[2].reads, ["Int", "factor"])
        XCTAssertEqual(result[3].reads, ["Int", "factor", "k"])
        XCTAssertEqual(result[4].reads, [], "a member no extension declares reads nothing")
    }

    /// An extension adds its members' effects to its type's: the type's own members still read what they read.
    func testAnExtensionKeepsTheEffectsOfTheTypeItExtends() {
        let result = facts("var g = 1", "struct P { func f() -> Int { g } }", "extension P { func h() -> Int { 0 } }",
                           "print(P().f())")
        XCTAssertEqual(result[3].reads, ["P", "g"])
    }
}
