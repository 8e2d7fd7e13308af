import CellLanguage
import XCTest

/// Mistakes a teacher typically makes in names, types and values in lesson code (typos in member names, wrong argument
/// types, optionals used as values, a tuple of the wrong arity, Int and Double mixed, a String indexed with an Int…),
/// in top-level code, functions, methods, initializers, `static` and `mutating` bodies, closures and nested functions.
/// Each program's diagnostics are swiftc 6's (`swiftc -swift-version 5 -typecheck`), message and `line:column`, and
/// the checker never reports one the generator does not. The mistakes in calls and changes of values are
/// `TeacherCallMistakeParityTests`'.
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
        ("p03", """
            func square(_ x: Int) -> Int { x * x }
            let r = square("4")
            print(r)
            """, [
            "2:16: cannot convert value of type 'String' to expected argument type 'Int'",
        ]),
        ("p06", """
            let scores = ["a": 1]
            let x: Int = scores["a"]
            print(x)
            """, [
            "2:20: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
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
        ("p33", """
            enum Color { case red, green }
            let c = Color.blue
            print(c)
            """, [
            "2:15: type 'Color' has no member 'blue'",
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
        ("p38", """
            let words = ["a", "b"]
            for (i, w) in words {
                print(i, w)
            }
            """, [
            "2:15: tuple pattern cannot match values of non-tuple type 'String'",
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
        ("r10", """
            let input: String? = "5"
            func parse(_ s: String) -> Int { Int(s) ?? 0 }
            print(parse(input))
            """, [
            "3:13: value of optional type 'String?' must be unwrapped to a value of type 'String'",
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
    ]

    func testEachMistakeIsReportedAsSwiftcReportsIt() {
        assertEachAsSwiftcReportsIt(Self.programs)
    }
}
