import CellLanguage
import XCTest

/// The type checker's coverage of assignments, places, `inout` arguments, `swap` and implicitly unwrapped optionals,
/// and the typed AST's nodes: the generator's synthesized nodes (the copies and hidden constants it makes to
/// evaluate a target's parts once) are recorded on the user's nodes, so the oracle compares only those.
final class TypeCheckPlacesTests: XCTestCase {
    private func agreement(_ code: String) -> TypeCheckAgreement {
        Interpreter().compileComparingTypes(CellSource(code: code, firstLine: 1)).agreement
    }

    func testEveryAssignmentFormIsTyped() {
        let result = agreement("""
        func n(_ v: Int) -> Int { return v }
        var x: [[Int]] = [[1, 2], [3, 4]]
        x[1][0] = 5
        x[n(1)][n(0)] += n(2)
        x[0][1] -= 1; x[0][0] *= 2; x[1][1] /= 2; x[1][1] %= 3; x[0][0] &+= 1; x[0][0] <<= 1; x[0][0] |= 8
        var d: [String: Int] = [:]
        d["a", default: 0] += 1
        d["b"] = 2
        d["b"]! += n(3)
        struct P { var a: Int; var b: [Int] }
        var p = P(a: 0, b: [1])
        p.a = 3
        p.b[n(0)] += 1
        var t = (1, 2)
        t.0 = 4
        (t.0, t.1) = (t.1, t.0)
        func inc(_ v: inout Int) { v += 1 }
        inc(&x[n(0)][1])
        inc(&p.a)
        var sa = [1, 2], sb = [3]
        swap(&sa[n(1)], &sb[0])
        var ps: [P]? = [P(a: 1, b: [2])]
        ps?[n(0)].a = 5
        ps?[0].b[0] += 1
        var maybe: [String: [Int]] = ["k": [1]]
        maybe["k"]?[n(0)] = n(7)
        var s: String = "a"
        s += "b"
        var f: Double = 1
        f *= 2
        """)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        XCTAssertGreaterThan(result.recorded, 150)
    }

    func testImplicitlyUnwrappedReadsAreTypedAsSwiftForcesThem() {
        let result = agreement("""
        var number: Int! = 41
        number = number + 1
        let sum: Int = number + 1
        let copy = number
        var names: [String]! = ["x"]
        let count = names.count
        names.append("y")
        number += 1
        let first: String = names[0]
        """)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        XCTAssertGreaterThan(result.recorded, 20)
    }

    /// Over the oracle's programs, no synthesized node is left in the typed AST: each stands for the user's node.
    func testTheTypedASTHasOnlyTheUsersNodes() throws {
        let synthesized = try NSRegularExpression(pattern: #" name \$(index|receiver|argument|chain|current|right)"#)
        var found: [String] = []
        for (name, cells) in try OracleCorpus.programs() where name.contains("evaluation_order") || name.contains("Assignment")
            || name.contains("optional_chain") {
            let interpreter = Interpreter()
            for cell in cells {
                for line in interpreter.compileComparingTypes(cell).agreement.missed
                where synthesized.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("\(name) \(line)")
                }
            }
        }
        XCTAssertEqual(found, [])
    }
}
