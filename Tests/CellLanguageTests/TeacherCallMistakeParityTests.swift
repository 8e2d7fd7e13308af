import CellLanguage
import XCTest

/// Mistakes a teacher typically makes in calls and changes of values in lesson code (a typo in an argument label, a
/// label left out, arguments out of order, a missing `try` or `return`, a `let` changed or passed `inout`, a method
/// that changes `self` without `mutating`…), in top-level code, functions, methods, initializers and closures. Each
/// program's diagnostics are swiftc 6's (`swiftc -swift-version 5 -typecheck`, or a full compile for a missing
/// return), message and `line:column`, and the checker never reports one the generator does not. The mistakes in
/// names, types and values are `TeacherMistakeParityTests`'.
final class TeacherCallMistakeParityTests: XCTestCase {
    private static let programs: [(name: String, code: String, swiftc: [String])] = [
        ("p02", """
            func area(width: Double, height: Double) -> Double {
                return width * height
            }
            print(area(widht: 2, height: 3))
            """, [
            "4:11: incorrect argument label in call (have 'widht:height:', expected 'width:height:')",
        ]),
        ("p04", """
            enum ParseError: Error { case bad }
            func parse(_ s: String) throws -> Int {
                guard let v = Int(s) else { throw ParseError.bad }
                return v
            }
            let n = parse("12")
            print(n)
            """, [
            "6:9: call can throw but is not marked with 'try'",
        ]),
        ("p05", """
            let total = 10
            total += 5
            print(total)
            """, [
            "2:7: left side of mutating operator isn't mutable: 'total' is a 'let' constant",
        ]),
        ("p07", """
            func sign(_ x: Int) -> String {
                if x > 0 {
                    return "+"
                } else if x < 0 {
                    return "-"
                }
            }
            print(sign(1))
            """, [
            "7:1: missing return in global function expected to return 'String'",
        ]),
        ("p11", """
            struct Counter {
                var value = 0
                func increment() {
                    value += 1
                }
            }
            """, [
            "4:15: left side of mutating operator isn't mutable: 'self' is immutable",
        ]),
        ("p16", """
            func outer() -> Int {
                func inner(a: Int) -> Int { a + 1 }
                return inner(b: 2)
            }
            print(outer())
            """, [
            "3:17: incorrect argument label in call (have 'b:', expected 'a:')",
        ]),
        ("p20", """
            func greet(name: String) -> String {
                "Hi " + name
            }
            print(greet("Bob"))
            """, [
            "4:13: missing argument label 'name:' in call",
        ]),
        ("p21", """
            let values = [3, 1, 2]
            values.sort()
            print(values)
            """, [
            "2:8: cannot use mutating member on immutable value: 'values' is a 'let' constant",
        ]),
        ("p27", """
            let xs = [1, 2, 3]
            for i in 0..<xs.count {
                xs[i] = xs[i] * 2
            }
            """, [
            "3:7: cannot assign through subscript: 'xs' is a 'let' constant",
        ]),
        ("p31", """
            struct Point { var x: Int; var y: Int }
            let p = Point(x: 1)
            print(p)
            """, [
            "2:19: missing argument for parameter 'y' in call",
        ]),
        ("p34", """
            func f(_ x: Int) -> Int {
                let y = x * 2
            }
            """, [
            "3:1: missing return in global function expected to return 'Int'",
        ]),
        ("p37", """
            struct Account {
                let owner: String
                var balance: Double
            }
            var acc = Account(owner: "A", balance: 1)
            acc.owner = "B"
            """, [
            "6:5: cannot assign to property: 'owner' is a 'let' constant",
        ]),
        ("p39", """
            func test() throws {}
            func run() {
                try test()
            }
            """, [
            "3:5: errors thrown from here are not handled",
        ]),
        ("q07", """
            struct P {
                var x = 0
                mutating func reset() {
                    let y = 1
                    y = 0
                    x = y
                }
            }
            """, [
            "5:9: cannot assign to value: 'y' is a 'let' constant",
        ]),
        ("q11", """
            struct V {
                var a: Double
                static func zero() -> V { V(a: 0, b: 0) }
            }
            """, [
            "3:42: extra argument 'b' in call",
        ]),
        ("r02", """
            struct Counter {
                var value = 0
                func reset() {
                    value = 0
                }
            }
            """, [
            "4:9: cannot assign to property: 'self' is immutable",
        ]),
        ("r03", """
            struct Counter {
                var value = 0
                func reset() {
                    self.value = 0
                }
            }
            """, [
            "4:14: cannot assign to property: 'self' is immutable",
        ]),
        ("r04", """
            struct Queue {
                var items: [Int] = []
                func add(_ x: Int) {
                    items.append(x)
                }
            }
            """, [
            "4:15: cannot use mutating member on immutable value: 'self' is immutable",
        ]),
        ("r05", """
            func update(_ score: Int) {
                score += 10
            }
            """, [
            "2:11: left side of mutating operator isn't mutable: 'score' is a 'let' constant",
        ]),
        ("r08", """
            func bump(_ x: inout Int) { x += 1 }
            let level = 3
            bump(&level)
            """, [
            "3:6: cannot pass immutable value as inout argument: 'level' is a 'let' constant",
        ]),
        ("r09", """
            func bump(_ x: inout Int) { x += 1 }
            func run() {
                let level = 3
                bump(level)
            }
            """, [
            "4:5: cannot pass immutable value as inout argument: 'level' is a 'let' constant",
        ]),
        ("r12", """
            struct Circle {
                var radius: Double
                static func unit() -> Circle {
                    return Circle(radius: 1, color: "red")
                }
            }
            """, [
            "4:41: extra argument 'color' in call",
        ]),
        ("p32", """
            let fn = { (a: Int, b: Int) -> Int in a + b }
            print(fn(1))
            """, [
            "2:11: missing argument for parameter #2 in call",
        ]),
        ("s05", """
            struct T { func m(_ x: inout Int) {}; var v = 0 }
            func f(seed: inout Int) {}
            let t = T()
            let k = 1
            t.m(k)
            func g(_ p: Int) { f(seed: p) }
            var w = T()
            f(seed: w.v)
            let u = T()
            f(seed: u.v)
            func h() { let z = 2; f(seed: z) }
            """, [
            "5:3: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "6:20: cannot pass immutable value as inout argument: 'p' is a 'let' constant",
            "8:11: passing value of type 'Int' to an inout parameter requires explicit '&'",
            "10:1: cannot pass immutable value as inout argument: 'u' is a 'let' constant",
            "11:23: cannot pass immutable value as inout argument: 'z' is a 'let' constant",
        ]),
        ("s07", """
            func f(seed: inout Int) -> Int { 1 }
            func g(_ a: Int, _ b: inout Int) {}
            let k = 1
            let r = f(seed: k)
            print(r)
            """, [
            "4:9: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
        ]),
        ("t01", """
            func f(a: Int, b: Int) {}
            f(b: 1, a: 2)
            func d(x: Int = 1, y: Int = 2, z: Int = 3) {}
            d(z: 3, y: 2, x: 1)
            d(x: 1, z: 3, y: 2)
            func oo(_ a: Int, b: Int) {}
            oo(b: 42, 52)
            func w(a: Int, _ b: Int) {}
            w(1, a: 2)
            struct P { init(first: Int, x: Int = 1, last: Int) {} }
            let p = P(first: 1, last: 4, x: 1)
            func three(a: Int, b: Int, c: Int) {}
            three(c: 1, a: 2, b: 3)
            """, [
            "2:9: argument 'a' must precede argument 'b'",
            "4:15: argument 'x' must precede argument 'z'",
            "5:15: argument 'y' must precede argument 'z'",
            "7:11: unnamed argument #2 must precede argument 'b'",
            "9:6: argument 'a' must precede unnamed argument #1",
            "11:30: argument 'x' must precede argument 'last'",
            "13:6: incorrect argument labels in call (have 'c:a:b:', expected 'a:b:c:')",
        ]),
        ("t02", """
            func m(_ x: Int, scale: Int) {}
            m(1, 2)
            struct S { func m(_ x: Int, scale: Int) {}; init(_ a: Int, b: Int) {} }
            let s = S(1, 2)
            S(1, b: 2).m(1, 2)
            func both(x: Int, y: Int) {}
            both(1, 2)
            func none(_ x: Int, _ y: Int) {}
            none(x: 1, y: 1)
            func one(a: Int) {}
            one(5)
            func tc(x: Int, f: () -> Int) {}
            tc(1) { 5 }
            func fx(a: Int, b: Int) {}
            fx(b: 1, aa: 2)
            """, [
            "2:2: missing argument label 'scale:' in call",
            "4:10: missing argument label 'b:' in call",
            "5:13: missing argument label 'scale:' in call",
            "7:5: missing argument labels 'x:y:' in call",
            "9:5: extraneous argument labels 'x:y:' in call",
            "11:5: missing argument label 'a:' in call",
            "13:3: missing argument label 'x:' in call",
            "15:3: incorrect argument labels in call (have 'b:aa:', expected 'a:b:')",
        ]),
        ("t03", """
            let names = ["a"]
            let r = names.map { $0.count() }
            let s = "abc"
            let n = s.count()
            let m = [1, 2].isEmpty()
            struct P { var x = 1; var y: Int { 2 } }
            let p = P()
            let q = p.x()
            let w = p.y()
            """, [
            "2:24: cannot call value of non-function type 'Int'",
            "4:11: cannot call value of non-function type 'Int'",
            "5:16: cannot call value of non-function type 'Bool'",
            "8:11: cannot call value of non-function type 'Int'",
            "9:11: cannot call value of non-function type 'Int'",
        ]),
        ("t04", """
            func f(seed: inout Int) {}
            struct T { func m(_ x: inout Int) {}; var v = 0 }
            let t = T()
            let k = 1
            t.m(&k)
            f(seed: &k)
            struct S {
                var v = 0
                let c = 1
                func m() { f(seed: &v) }
                func o() { f(seed: &self.v) }
                mutating func p() { f(seed: &v) }
                func q() { f(seed: self.v) }
            }
            func g(_ p: Int) { f(seed: &p) }
            func h(_ p: inout Int) { f(seed: &p) }
            f(seed: 1)
            f(seed: &1)
            var w = 0
            f(seed: w + 1)
            t.m(2)
            let u = T()
            f(seed: &u.v)
            func z() { let y = 2; f(seed: &y); f(seed: y) }
            """, [
            "5:5: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "6:9: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "10:24: cannot pass immutable value as inout argument: 'self' is immutable",
            "11:24: cannot pass immutable value as inout argument: 'self' is immutable",
            "13:16: cannot pass immutable value as inout argument: 'self' is immutable",
            "15:28: cannot pass immutable value as inout argument: 'p' is a 'let' constant",
            "17:1: cannot pass immutable value as inout argument: literals are not mutable",
            "18:9: cannot pass immutable value as inout argument: literals are not mutable",
            "20:1: cannot pass immutable value as inout argument: binary operator returns immutable value",
            "21:3: cannot pass immutable value as inout argument: literals are not mutable",
            "23:9: cannot pass immutable value as inout argument: 'u' is a 'let' constant",
            "24:31: cannot pass immutable value as inout argument: 'y' is a 'let' constant",
            "24:36: cannot pass immutable value as inout argument: 'y' is a 'let' constant",
        ]),
        ("t05", """
            let x = 3
            let y = 1.5
            let u: Double = x * 2.0
            let z: Double = x * y
            let b: Int = x * 2.0
            let c: Double = 2.0 * x
            let d: Double = x / 2.0
            func g(x: Int) -> Double { x * 2.0 }
            func h(x: Int) -> Double { return 2.0 + x }
            func k(_ d: Double) {}
            k(x * 2.0)
            var e: Double = 0
            e = x * 2.0
            let f: Double = x * 2.0 + 1.0
            let s: String = "a" + x
            """, [
            "3:17: cannot convert value of type 'Int' to expected argument type 'Double'",
            "4:17: cannot convert value of type 'Int' to expected argument type 'Double'",
            "5:18: cannot convert value of type 'Double' to expected argument type 'Int'",
            "6:23: cannot convert value of type 'Int' to expected argument type 'Double'",
            "7:17: cannot convert value of type 'Int' to expected argument type 'Double'",
            "8:28: cannot convert value of type 'Int' to expected argument type 'Double'",
            "9:41: cannot convert value of type 'Int' to expected argument type 'Double'",
            "11:3: cannot convert value of type 'Int' to expected argument type 'Double'",
            "13:5: cannot convert value of type 'Int' to expected argument type 'Double'",
            "14:17: cannot convert value of type 'Int' to expected argument type 'Double'",
            "15:23: cannot convert value of type 'Int' to expected argument type 'String'",
        ]),
        ("t06", """
            let x: Int? = 3
            let s = "n: " + x
            let n = 4
            let s2 = "n: " + n
            let s3 = x + "n"
            let name: String? = "a"
            let s4 = "hi " + name
            """, [
            "2:17: cannot convert value of type 'Int?' to expected argument type 'String'",
            "4:16: binary operator '+' cannot be applied to operands of type 'String' and 'Int'",
            "5:10: cannot convert value of type 'Int?' to expected argument type 'String'",
            "7:18: value of optional type 'String?' must be unwrapped to a value of type 'String'",
        ]),
        ("t07", """
            import Foundation
            let a = remainder(5, 2)
            let b = copysign(1, 2)
            let c = fmin(1, 2)
            let d = fmax(1, 2)
            let e = exp((1))
            var f = sin(-1)
            let c2 = true
            let g = cos(c2 ? -1 : 2)
            let h = tan(c2 ? 1 : 2.5)
            """, [
            "3:9: ambiguous use of 'copysign'",
            "4:9: ambiguous use of 'fmin'",
            "5:9: ambiguous use of 'fmax'",
            "6:9: ambiguous use of 'exp'",
            "7:9: ambiguous use of 'sin'",
            "9:9: ambiguous use of 'cos'",
        ]),
        ("t08", """
            struct S {
                static func b() -> String { print(2) }
            }
            let s: Set<Int> = [1]
            s.insert(3)
            func f() {
                let t: Set<String> = []
                t.insert("a")
            }
            """, [
            "2:33: cannot convert return expression of type '()' to return type 'String'",
            "5:3: cannot use mutating member on immutable value: 's' is a 'let' constant",
            "8:7: cannot use mutating member on immutable value: 't' is a 'let' constant",
        ]),
    ]

    func testEachMistakeIsReportedAsSwiftcReportsIt() {
        assertEachAsSwiftcReportsIt(Self.programs)
    }

    /// The mistakes of issue 12's second round (arguments out of order, labels left out, a property called) are the
    /// checker's: it reports each, and the generator meets each as already reported.
    func testTheCheckerReportsOrderLabelsAndCalledProperties() {
        for (name, code, swiftc) in Self.programs where name.hasPrefix("t") {
            assertCheckerReports(code, swiftc)
        }
    }

    /// A `switch` that misses cases of a Boolean, an optional or an enumeration is reported once, with swiftc 6's
    /// notes naming each case to add (`swiftc -swift-version 5 -typecheck`); a number keeps the default-clause note.
    func testAnIncompleteSwitchNamesTheCasesToAdd() {
        let program = """
            enum S { case x(a: Int, Int), y(Int, b: String), z }
            let s = S.z
            switch s {
            case .z: print(2)
            }
            let b = true
            switch b {
            case false: print(1)
            }
            let o: Int? = 1
            switch o {
            case nil: print(0)
            }
            switch 3 {
            case 1: print(1)
            }
            """
        let lines = Interpreter().compile(CellSource(code: program, firstLine: 1)).diagnostics.map { diagnostic in
            ([diagnostic.location.map { "\($0.line):\($0.column): " } ?? "", diagnostic.message].joined(), diagnostic.notes)
        }
        XCTAssertEqual(lines.map(\.0), ["3:1: switch must be exhaustive", "7:1: switch must be exhaustive",
                                        "11:1: switch must be exhaustive", "14:1: switch must be exhaustive"])
        XCTAssertEqual(lines.map(\.1), [["add missing case: '.x(a: let a, _)'", "add missing case: '.y(_, b: let b)'",
                                         "add missing cases"],
                                        ["add missing case: 'true'"], ["add missing case: '.some(_)'"],
                                        ["add a default clause"]])
    }
}
