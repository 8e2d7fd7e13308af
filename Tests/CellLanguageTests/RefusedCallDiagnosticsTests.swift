import CellLanguage
import XCTest

/// Calls the generator refuses as a whole, reported by the type checker before generation
/// (`TypeChecker+RefusedCallDiagnostics`, `TypeChecker+RefusedMethodDiagnostics`, ambiguous overloads in
/// `TypeChecker+OverloadScores`): the checker reports each, with the generator's message at its position, and stays
/// silent where it cannot be certain.
final class RefusedCallDiagnosticsTests: XCTestCase {
    /// One mistake of each kind in a function body: the checker reports every one (swiftc's messages and positions,
    /// but for nbrun's own refusals of `stride` and `reduce(into:_:)`).
    func testTheCheckerReportsRefusedCalls() {
        let program = """
        struct Point { var x: Int }
        enum Color { case red, green }
        func work() {
            let a = Set(1, 2)
            let b = Set<Int>(1, 2)
            let c = Array(1, 2)
            let d = Double("a", 1)
            let e = zip(1, [2])
            let f = max(true, false)
            let g = Color()
            let h = Color(rawValue: 1)
            let i = [1, 2].map { a, b in a }
            let j = [Point(x: 1)].sorted()
            let k = Set([Point(x: 1)])
            let l = stride(from: 0, upTo: 5, by: 1)
            let m = stride(from: "a", to: "b", by: 1)
            let n = [1].reduce(into: 0, +)
            var s = "a"; s.append(1)
            let r = [1].reduce(into: 0) { (a: Int, b: Int) in print(a, b) }
            func ov(_ x: Int?) {}; func ov(_ x: String?) {}; ov(nil)
        }
        func top(_ x: Int?) {}
        func top(_ x: String?) {}
        func later() { top(nil) }
        class C { var x = 0 }
        class D { var y: Int }
        let c = C(x: 1)
        let d = D()
        class K {}
        func needsK<T: K>(_ t: T) {}
        func num<T: Numeric>(_ xs: [T]) -> T { xs[0] }
        func useGenerics() {
            needsK(1)
            let q = num(["a"])
        }
        """
        let expected = [  // swiftc 6 (each part apart), but for nbrun's own refusals and wordings
            "4:13: no exact matches in call to initializer",
            "5:13: no exact matches in call to initializer",
            "6:13: no exact matches in call to initializer",
            "7:13: no exact matches in call to initializer",
            "8:13: global function 'zip' requires that 'Int' conform to 'Sequence'",
            "9:13: global function 'max' requires that 'Bool' conform to 'Comparable'",
            "10:13: 'Color' cannot be constructed because it has no accessible initializers",
            "11:13: 'Color' cannot be constructed because it has no accessible initializers",
            "12:26: contextual closure type '(Int) -> T' expects 1 argument, but 2 were used in closure body",
            "12:26: cannot infer type of closure parameter 'a' without a type annotation",
            "12:29: cannot infer type of closure parameter 'b' without a type annotation",
            "13:27: referencing instance method 'sorted()' on 'Sequence' requires that 'Point' conform to 'Comparable'",
            "14:13: generic struct 'Set' requires that 'Point' conform to 'Hashable'",
            "15:13: no exact matches in call to global function 'stride'",
            "16:13: stride requires Int or Double bounds",
            "17:33: reduce(into:_:) needs a closure literal in nbrun cells",
            "18:20: no exact matches in call to instance method 'append'",
            "19:33: cannot convert value of type '(Int, Int) -> ()' to expected argument type '(inout Int, Int) throws -> ()'",
            "20:54: ambiguous use of 'ov'",
            "24:16: ambiguous use of 'top'",
            "26:7: class 'D' has no initializers",
            "27:14: argument passed to call that takes no arguments",
            "28:9: 'D' cannot be constructed because it has no accessible initializers",
            "33:5: global function 'needsK' requires that 'Int' inherit from 'K'",
            "34:13: global function 'num' requires that 'String' conform to 'Numeric'",
        ]
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.internalErrors, [])
        XCTAssertEqual(agreement.checked, expected.count - 1, "the checker reports every mistake but the declaration's")
        XCTAssertEqual(diagnosticLines(program).filter { !$0.contains("never used") && !$0.contains("never mutated") }, expected)
    }

    /// Where the checker cannot be certain (an extension's initializer, a `<` declared for the elements, a closure
    /// whose count fits, a `let` receiver, overloads one argument tells apart, arguments with mistakes of their own)
    /// it reports nothing the generator does not.
    func testTheCheckerStaysSilentWhereItCannotBeCertain() {
        let cells = [
            "extension Double { init(_ a: String, _ b: Int) { self = Double(b) } }\nlet a = Double(\"a\", 1)",
            "struct P: Comparable { var x: Int; static func < (l: P, r: P) -> Bool { l.x < r.x } }\nlet b = [P(x: 1)].sorted()",
            "struct Q { var x: Int; static func < (l: Q, r: Q) -> Bool { l.x < r.x } }\nlet c = [Q(x: 1)].max()",
            "let d = [1, 2].map { a in a + 1 }\nlet e = [(1, 2)].map { a, b in a + b }",
            "let s = \"a\"\ns.append(1)",
            "var t = \"a\"\nt.append(\"b\")\nt.append(Character(\"c\"))",
            "func f(_ x: Int) {}\nfunc f(_ x: String) {}\nf(1)\nf(\"a\")",
            "func g(_ x: Int?) {}\nfunc g(_ x: String?) {}\ng(h(1))\nfunc h(_ x: String) -> Int { 0 }",
            "enum R: Int { case one = 1 }\nlet r = R(rawValue: 1)",
            "let z = zip([1], \"ab\")\nlet w = zip(1..<3, [1.5, 2])",
            "let u = stride(from: 0.0, to: 1, by: 0.5)\nlet v = [1].reduce(into: [Int]()) { $0.append($1) }",
            "let x = Set([1, 2])\nlet y = Set(\"abc\")\nlet m = max(1, 2.5)",
            "struct P { var x: Int }\nextension P: Comparable { static func < (l: P, r: P) -> Bool { l.x < r.x } }\nlet p = [P(x: 1)].sorted()",
            "enum E { case a }\nextension E { init() { self = .a } }\nlet e = E()",
            "class C { var v: Int }\nextension C { convenience init() { self.init(v: 1) } }\nlet c = C()",
            "var s = \"\"\nlet f = { s.append(1) }",
            "func ov(_ x: Int?) {}\nfunc ov<T>(_ x: T?) {}\nov(nil)",
            "func h(_ x: Int, y: Int = 0) {}\nfunc h(_ x: Int) {}\nh(1)",
            "let u: UInt8 = 3\nlet st = stride(from: u, to: 5, by: 1)\nlet z = zip([\"a\": 1], [1])",
            "func g(_ a: Int, _ b: Int) {}\nlet r = [1].reduce(into: 0, g)\nlet n = [\"a\"].map { a, b in a }",
            "func max(_ a: Bool, _ b: Bool) -> Bool { a }\nlet m = max(true, false)",
            "protocol Q {}\nfunc needs<T: Q>(_ t: T) {}\nextension Int: Q {}\nneeds(1)",
        ]
        let interpreter = Interpreter()
        var total = DiagnosticAgreement()
        for cell in cells { total.add(interpreter.compileComparingDiagnostics(CellSource(code: cell, firstLine: 1)).agreement) }
        XCTAssertEqual(total.internalErrors, [])
    }
}
