import CellLanguage
import XCTest

/// Mistakes a teacher typically makes in lesson code (typos in member and label names, wrong argument types, a
/// missing `try`, a `let` changed, optionals used as values, a missing `return`, a tuple of the wrong arity, Int and
/// Double mixed, a String indexed with an Int, a method that changes `self` without `mutating`…), in top-level code,
/// functions, methods, initializers, `static` and `mutating` bodies, closures and nested functions. Each program's
/// diagnostics are swiftc 6's (`swiftc -swift-version 5 -typecheck`, or a full compile for a missing return), message
/// and `line:column`, and the checker never reports one the generator does not.
final class TeacherMistakeParityTests: XCTestCase {
    private static let programs: [(name: String, code: String, swiftc: [String])] = [
        ("p01", """
            struct Student {
                var name: String
                var grade: Int
            }
            let s = Student(name: "Ann", grade: 3)
            print(s.grde)
            """, [
            "6:9: value of type 'Student' has no member 'grde'",
        ]),
        ("p02", """
            func area(width: Double, height: Double) -> Double {
                return width * height
            }
            print(area(widht: 2, height: 3))
            """, [
            "4:11: incorrect argument label in call (have 'widht:height:', expected 'width:height:')",
        ]),
        ("p03", """
            func square(_ x: Int) -> Int { x * x }
            let r = square("4")
            print(r)
            """, [
            "2:16: cannot convert value of type 'String' to expected argument type 'Int'",
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
        ("p06", """
            let scores = ["a": 1]
            let x: Int = scores["a"]
            print(x)
            """, [
            "2:20: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
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
        ("p08", """
            func minMax(_ xs: [Int]) -> (Int, Int) {
                return (xs.min()!, xs.max()!, xs.count)
            }
            print(minMax([1, 2]))
            """, [
            "2:12: cannot convert return expression of type '(Int, Int, Int)' to return type '(Int, Int)'",
        ]),
        ("p09", """
            let count = 7
            let mean = 3.5
            let total = count * mean
            print(total)
            """, [
            "3:19: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'",
        ]),
        ("p10", """
            let word = "hello"
            let c = word[1]
            print(c)
            """, [
            "2:9: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.",
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
        ("p12", """
            struct Temperature {
                var celsius: Double
                init(fahrenheit: Double) {
                    celsius = (fahrenheit - 32) * 5 / 9
                    let ratio: Int = celsius
                    print(ratio)
                }
            }
            """, [
            "5:26: cannot convert value of type 'Double' to specified type 'Int'",
        ]),
        ("p14", """
            struct Stack {
                var items: [Int] = []
                mutating func push(_ x: Int) {
                    items.apend(x)
                }
            }
            """, [
            "4:15: value of type '[Int]' has no member 'apend'",
        ]),
        ("p15", """
            let xs = [1, 2, 3]
            let doubled = xs.map { x in x * 2.5 }
            print(doubled)
            """, [
            "2:31: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'",
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
        ("p17", """
            var names: [String] = []
            names.append(3)
            print(names)
            """, [
            "2:14: cannot convert value of type 'Int' to expected argument type 'String'",
        ]),
        ("p18", """
            let maybe: Int? = 4
            let y = maybe + 1
            print(y)
            """, [
            "2:9: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
        ]),
        ("p19", """
            let text = "42"
            let n: Int = Int(text)
            print(n)
            """, [
            "2:14: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
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
        ("p23", """
            func f() {
                let msg = "n = " + 5
                print(msg)
            }
            """, [
            "2:22: binary operator '+' cannot be applied to operands of type 'String' and 'Int'",
        ]),
        ("p24", """
            var p = (1, 2)
            let (a, b, c) = p
            print(a, b, c)
            """, [
            "2:17: '(Int, Int)' is not convertible to '(Int, Int, _)', tuples have a different number of elements",
        ]),
        ("p25", """
            class Animal {
                var name: String
                init(name: String) { self.name = name }
                func speak() -> String { "..." }
            }
            let a = Animal(name: "Rex")
            print(a.speek())
            """, [
            "7:9: value of type 'Animal' has no member 'speek'",
        ]),
        ("p27", """
            let xs = [1, 2, 3]
            for i in 0..<xs.count {
                xs[i] = xs[i] * 2
            }
            """, [
            "3:7: cannot assign through subscript: 'xs' is a 'let' constant",
        ]),
        ("p28", """
            func half(_ x: Int) -> Double {
                return x / 2
            }
            print(half(3))
            """, [
            "2:14: cannot convert return expression of type 'Int' to return type 'Double'",
        ]),
        ("p29", """
            let name: String? = "Ann"
            print(name.count)
            """, [
            "2:7: value of optional type 'String?' must be unwrapped to refer to member 'count' of wrapped base type 'String'",
        ]),
        ("p30", """
            let s = "abc"
            print(s.lenght)
            """, [
            "2:9: value of type 'String' has no member 'lenght'",
        ]),
        ("p31", """
            struct Point { var x: Int; var y: Int }
            let p = Point(x: 1)
            print(p)
            """, [
            "2:19: missing argument for parameter 'y' in call",
        ]),
        ("p33", """
            enum Color { case red, green }
            let c = Color.blue
            print(c)
            """, [
            "2:15: type 'Color' has no member 'blue'",
        ]),
        ("p34", """
            func f(_ x: Int) -> Int {
                let y = x * 2
            }
            """, [
            "3:1: missing return in global function expected to return 'Int'",
        ]),
        ("p35", """
            let nums = [1, 2, 3]
            let s: String = nums.count
            print(s)
            """, [
            "2:22: cannot convert value of type 'Int' to specified type 'String'",
        ]),
        ("p36", """
            let d = 3.7
            let i: Int = d.rounded()
            print(i)
            """, [
            "2:16: cannot convert value of type 'Double' to specified type 'Int'",
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
        ("p38", """
            let words = ["a", "b"]
            for (i, w) in words {
                print(i, w)
            }
            """, [
            "2:15: tuple pattern cannot match values of non-tuple type 'String'",
        ]),
        ("p39", """
            func test() throws {}
            func run() {
                try test()
            }
            """, [
            "3:5: errors thrown from here are not handled",
        ]),
        ("p40", """
            let x = 5
            let s = "value: " + x
            print(s)
            """, [
            "2:19: binary operator '+' cannot be applied to operands of type 'String' and 'Int'",
        ]),
        ("q01", """
            struct Grid {
                var cells: [Int]
                init(size: Int) {
                    cells = Array(repeating: 0, count: size)
                    cells.apend(1)
                }
            }
            """, [
            "5:15: value of type '[Int]' has no member 'apend'",
        ]),
        ("q02", """
            struct Grid {
                static var shared = 0
                static func make() -> Int {
                    let s = "3"
                    return s
                }
            }
            """, [
            "5:16: cannot convert return expression of type 'String' to return type 'Int'",
        ]),
        ("q03", """
            struct Bank {
                var total = 0.0
                mutating func deposit(_ amount: Int) {
                    total += amount
                }
            }
            """, [
            "4:18: cannot convert value of type 'Int' to expected argument type 'Double'",
        ]),
        ("q05", """
            func run() {
                func helper(_ s: String) -> Int { s.count }
                let n: String = helper("a")
                print(n)
            }
            """, [
            "3:21: cannot convert value of type 'Int' to specified type 'String'",
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
        ("q08", """
            class Shape {
                var sides: Int
                init(sides: Int) {
                    self.sides = side
                }
            }
            """, [
            "4:22: cannot find 'side' in scope",
        ]),
        ("q11", """
            struct V {
                var a: Double
                static func zero() -> V { V(a: 0, b: 0) }
            }
            """, [
            "3:42: extra argument 'b' in call",
        ]),
        ("q12", """
            let ages = ["a": 3]
            for (name, age) in ages {
                print(name + age)
            }
            """, [
            "3:16: binary operator '+' cannot be applied to operands of type 'String' and 'Int'",
        ]),
        ("q13", """
            func f(values: [Int]) -> Int {
                var sum = 0
                for v in values { sum += v }
                return Double(sum)
            }
            """, [
            "4:12: cannot convert return expression of type 'Double' to return type 'Int'",
        ]),
        ("q15", """
            let xs = [1, 2]
            let t = xs.count / 2.0
            print(t)
            """, [
            "2:18: binary operator '/' cannot be applied to operands of type 'Int' and 'Double'",
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
        ("r06", """
            let prices = [1.5, 2.5]
            var total = 0
            for p in prices {
                total += p
            }
            print(total)
            """, [
            "4:14: cannot convert value of type 'Double' to expected argument type 'Int'",
        ]),
        ("r07", """
            func percent(_ part: Int, of whole: Int) -> Double {
                let ratio: Double = part / whole
                return ratio * 100
            }
            """, [
            "2:30: cannot convert value of type 'Int' to specified type 'Double'",
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
        ("r10", """
            let input: String? = "5"
            func parse(_ s: String) -> Int { Int(s) ?? 0 }
            print(parse(input))
            """, [
            "3:13: value of optional type 'String?' must be unwrapped to a value of type 'String'",
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
        ("r13", """
            let names = ["Ann", "Bob"]
            let upper = names.map { name in name.uppercase() }
            print(upper)
            """, [
            "2:38: value of type 'String' has no member 'uppercase'",
        ]),
        ("r15", """
            class Pet {
                var name: String
                init(name: String) {
                    self.nam = name
                }
            }
            """, [
            "4:14: value of type 'Pet' has no member 'nam'",
        ]),
        ("r16", """
            let xs = [3, 1, 2]
            let first: Int = xs.first
            print(first)
            """, [
            "2:21: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
        ]),
        ("s02", """
            struct Acc {
                var total = 0.0
                var shown: Double { get { total } set { total = newValue } }
                mutating func add(_ n: Int) {
                    total += n
                    shown -= n
                    var local = 1
                    local *= 2.5
                    local += shown
                }
            }
            var d: [String: Double] = [:]
            d["a", default: 0] += 1
            let k = 2
            d["a", default: 0] += k
            """, [
            "5:18: cannot convert value of type 'Int' to expected argument type 'Double'",
            "6:18: cannot convert value of type 'Int' to expected argument type 'Double'",
            "8:18: cannot convert value of type 'Double' to expected argument type 'Int'",
            "9:18: cannot convert value of type 'Double' to expected argument type 'Int'",
            "15:23: cannot convert value of type 'Int' to expected argument type 'Double'",
        ]),
        ("s04", """
            struct S { var name = "a"; func f() -> String { name } }
            let s = S()
            func a() -> Int { return s.name }
            func b() -> Int { return s.f() }
            var k = 0
            k = s.name
            k = s.f()
            var arr = [1]
            arr[0] = s.name
            arr.append(s.name)
            let dd: [String: Int] = ["a": s.name]
            """, [
            "3:28: cannot convert return expression of type 'String' to return type 'Int'",
            "4:28: cannot convert return expression of type 'String' to return type 'Int'",
            "6:7: cannot assign value of type 'String' to type 'Int'",
            "7:7: cannot assign value of type 'String' to type 'Int'",
            "9:12: cannot assign value of type 'String' to subscript of type 'Int'",
            "10:14: cannot convert value of type 'String' to expected argument type 'Int'",
            "11:33: cannot convert value of type 'String' to expected dictionary value type 'Int'",
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
        ("s06", """
            let avg = 3
            let h1: Double = avg * 2 + 1
            let h2: Double = (avg / 2)
            let h3: Double = avg
            var h4: Double = 0
            h4 = avg / 2
            func ff() -> Double { return avg / 2 }
            func gg(_ d: Double) {}
            gg(avg / 2)
            let h5: Double = -avg
            let h7: Double = avg + avg
            let h8: [Double] = [avg / 2]
            """, [
            "2:26: cannot convert value of type 'Int' to specified type 'Double'",
            "3:23: cannot convert value of type 'Int' to specified type 'Double'",
            "4:18: cannot convert value of type 'Int' to specified type 'Double'",
            "6:10: cannot assign value of type 'Int' to type 'Double'",
            "7:34: cannot convert return expression of type 'Int' to return type 'Double'",
            "9:8: cannot convert value of type 'Int' to expected argument type 'Double'",
            "10:18: cannot convert value of type 'Int' to specified type 'Double'",
            "11:22: cannot convert value of type 'Int' to specified type 'Double'",
            "12:25: cannot convert value of type 'Int' to expected element type 'Double'",
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
    ]

    func testEachMistakeIsReportedAsSwiftcReportsIt() {
        for (name, code, swiftc) in Self.programs {
            XCTAssertEqual(diagnosticLines(code), swiftc, name)
            let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: code, firstLine: 1)).agreement
            XCTAssertEqual(agreement.disagreements, [], name)
        }
    }
}
