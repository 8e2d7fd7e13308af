@testable import CellLanguage
import XCTest

/// A `nil` literal where a non-optional type is expected (issue 12): the checker reports each as swiftc words its
/// place (`TypeChecker+NilLiterals`, `NilLiteralMistake`), the generator meeting none; `nil` where an optional is
/// expected keeps working. Expected lines and outputs: swiftc 6.3.1 (`swiftc -swift-version 5`) on the same programs.
final class NilLiteralDiagnosticsTests: XCTestCase {
    /// Asserts that each program compiles to swiftc's errors, each reported by the checker, none by the generator.
    private func assertCheckerReportsEach(_ programs: [(name: String, code: String, swiftc: [String])],
                                          file: StaticString = #filePath, line: UInt = #line) {
        for (name, code, swiftc) in programs {
            XCTAssertEqual(diagnosticLines(code), swiftc, name, file: file, line: line)
            let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: code, firstLine: 1)).agreement
            XCTAssertEqual(agreement.errorsByPass[.checker], swiftc.count, "\(name): the checker reports each",
                           file: file, line: line)
            XCTAssertEqual(agreement.internalErrors, [], name, file: file, line: line)
        }
    }

    /// Arguments of functions, initializers, enum cases, methods and `print`.
    func testNilArgumentsAreSwiftcsMistakeAtTheNil() {
        assertCheckerReportsEach([
            ("argument", "func g(_ x: Int) {}\ng(nil)",
             ["2:3: 'nil' is not compatible with expected argument type 'Int'"]),
            ("labelled argument", "func g(x: Int, y: Int) {}\ng(x: 1, y: nil)",
             ["2:12: 'nil' is not compatible with expected argument type 'Int'"]),
            ("argument of Any", "func f(_ x: Any) {}\nf(nil)",
             ["2:3: 'nil' is not compatible with expected argument type 'Any'"]),
            ("nested call argument", "func g(_ x: Int) -> Int { x }\nlet q = g(nil) + 1",
             ["2:11: 'nil' is not compatible with expected argument type 'Int'"]),
            ("memberwise init", "struct P { var x: Int }\nlet p = P(x: nil)",
             ["2:14: 'nil' is not compatible with expected argument type 'Int'"]),
            ("declared init", "struct P {\n    var x: Int\n    init(x: Int) { self.x = x }\n}\nlet p = P(x: nil)",
             ["5:14: 'nil' is not compatible with expected argument type 'Int'"]),
            ("class init", "class C { init(v: Int) {} }\nlet c = C(v: nil)",
             ["2:14: 'nil' is not compatible with expected argument type 'Int'"]),
            ("enum payload", "enum E { case a(Int) }\nlet e = E.a(nil)",
             ["2:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("raw value", "enum E: Int { case a }\nlet e = E(rawValue: nil)",
             ["2:21: 'nil' is not compatible with expected argument type 'Int'"]),
            ("variadic", "func f(_ xs: Int...) {}\nf(1, nil)",
             ["2:6: 'nil' is not compatible with expected argument type 'Int'"]),
            ("append", "var xs: [Int] = []\nxs.append(nil)",
             ["2:11: 'nil' is not compatible with expected argument type 'Int'"]),
            ("insert", "var xs = [1]\nxs.insert(nil, at: 0)",
             ["2:11: 'nil' is not compatible with expected argument type 'Int'"]),
            ("repeating", "let x = Array<Int>(repeating: nil, count: 2)",
             ["1:31: 'nil' is not compatible with expected argument type 'Int'"]),
            ("print item", "print(nil)",
             ["1:7: 'nil' is not compatible with expected argument type 'Any'"]),
            ("print second item", "print(1, nil)",
             ["1:10: 'nil' is not compatible with expected argument type 'Any'"]),
        ])
    }

    /// Assignments to variables, properties, elements; compound assignments are operator arguments.
    func testNilAssignedToANonOptionalPlaceIsSwiftcsMistake() {
        assertCheckerReportsEach([
            ("assignment", "var y = 3\ny = nil",
             ["2:5: 'nil' cannot be assigned to type 'Int'"]),
            ("property assignment", "struct S { var x = 0 }\nvar s = S()\ns.x = nil",
             ["3:7: 'nil' cannot be assigned to type 'Int'"]),
            ("chained assignment", "struct S { var x: Int }\nvar s: S? = S(x: 1)\ns?.x = nil",
             ["3:8: 'nil' cannot be assigned to type 'Int'"]),
            ("subscript assignment", "var xs = [1, 2]\nxs[0] = nil",
             ["2:9: 'nil' cannot be assigned to subscript of type 'Int'"]),
            ("default subscript assignment", "var d: [String: Int] = [:]\nd[\"a\", default: 0] = nil",
             ["2:22: 'nil' cannot be assigned to subscript of type 'Int'"]),
            ("compound assignment", "var x = 1\nx += nil",
             ["2:6: 'nil' is not compatible with expected argument type 'Int'"]),
            ("string compound assignment", "var s = \"a\"\ns += nil",
             ["2:6: 'nil' is not compatible with expected argument type 'String'"]),
            ("array compound assignment", "var xs = [1]\nxs += nil",
             ["2:7: 'nil' is not compatible with expected argument type 'Array<Int>'"]),
        ])
    }

    /// Collection elements, keys and values, default arguments, returns, closure results, annotations.
    func testNilInCollectionsReturnsAndDeclarationsIsSwiftcsMistake() {
        assertCheckerReportsEach([
            ("array element", "let a: [Int] = [1, nil]",
             ["1:20: 'nil' is not compatible with expected element type 'Int'"]),
            ("set element", "let s: Set<Int> = [1, nil]",
             ["1:23: 'nil' is not compatible with expected element type 'Int'"]),
            ("dictionary value", "let d: [String: Int] = [\"a\": nil]",
             ["1:30: 'nil' is not compatible with expected dictionary value type 'Int'"]),
            ("dictionary key", "let d: [Int: Int] = [nil: 1]",
             ["1:22: 'nil' is not compatible with expected dictionary key type 'Int'"]),
            ("default argument", "func h(_ x: Int = nil) {}",
             ["1:19: nil default argument value cannot be converted to type 'Int'"]),
            ("return", "func f() -> Int {\n    return nil\n}",
             ["2:12: 'nil' is incompatible with return type 'Int'"]),
            ("closure result", "let c: () -> Int = { nil }",
             ["1:22: 'nil' is not compatible with closure result type 'Int'"]),
            ("closure return", "let c: () -> Int = { return nil }",
             ["1:29: 'nil' is not compatible with closure result type 'Int'"]),
            ("closure with parameter", "let c: (Int) -> Int = { _ in nil }",
             ["1:30: 'nil' is not compatible with closure result type 'Int'"]),
            ("trailing closure", "func g(_ f: () -> Int) {}\ng { nil }",
             ["2:5: 'nil' is not compatible with closure result type 'Int'"]),
            ("specified Int", "let x: Int = nil",
             ["1:14: 'nil' cannot initialize specified type 'Int'"]),
            ("specified Any", "let x: Any = nil",
             ["1:14: 'nil' cannot initialize specified type 'Any'"]),
            ("specified class", "class K {}\nlet k: K = nil",
             ["2:12: 'nil' cannot initialize specified type 'K'"]),
            ("specified function", "let f: () -> Int = nil",
             ["1:20: 'nil' cannot initialize specified type '() -> Int'"]),
            ("specified tuple", "let x: (Int, Int) = nil",
             ["1:21: 'nil' cannot initialize specified type '(Int, Int)'"]),
        ])
    }

    /// `? :` and `if`/`switch` expressions' branches, tuple elements.
    func testNilBranchesAndTupleElementsAreSwiftcsMistake() {
        assertCheckerReportsEach([
            ("ternary else", "let b = true\nlet v: Int = b ? 1 : nil",
             ["2:22: 'nil' cannot be used in context expecting type 'Int'"]),
            ("ternary then", "let b = true\nlet v: Int = b ? nil : 1",
             ["2:18: 'nil' cannot be used in context expecting type 'Int'"]),
            ("ternary assigned", "var x: Int = 0\nx = true ? nil : 2",
             ["2:12: 'nil' cannot be used in context expecting type 'Int'"]),
            ("ternary argument", "let b = true\nfunc g(_ x: Int) {}\ng(b ? nil : 1)",
             ["3:7: 'nil' cannot be used in context expecting type 'Int'"]),
            ("ternary element", "let b = true\nlet x: [Int] = [b ? nil : 1]",
             ["2:21: 'nil' cannot be used in context expecting type 'Int'"]),
            ("ternary in closure", "func f(_ c: (Int) -> Int) {}\nf { x in x > 0 ? nil : x }",
             ["2:18: 'nil' cannot be used in context expecting type 'Int'"]),
            ("if expression", "let b = true\nlet v: Int = if b { 1 } else { nil }",
             ["2:32: cannot convert value of type 'ExpressibleByNilLiteral' to specified type 'Int'"]),
            ("if expression assigned", "var x = 1\nlet b = true\nx = if b { 1 } else { nil }",
             ["3:23: cannot convert value of type 'ExpressibleByNilLiteral' to specified type 'Int'"]),
            ("if expression body", "let b = true\nfunc f() -> Int { if b { 1 } else { nil } }",
             ["2:37: cannot convert value of type 'ExpressibleByNilLiteral' to specified type 'Int'"]),
            ("if expression without context", "let b = true\nlet v = if b { 1 } else { nil }",
             ["2:27: 'nil' requires a contextual type"]),
            ("switch expression", "let k = 2\nlet v: Int = switch k { case 1: 1 default: nil }",
             ["2:44: cannot convert value of type 'ExpressibleByNilLiteral' to specified type 'Int'"]),
            ("switch expression without context", "let k = 2\nlet v = switch k { case 1: nil default: 1 }",
             ["2:28: 'nil' requires a contextual type"]),
            ("tuple element", "let t: (Int, String) = (nil, \"a\")",
             ["1:25: 'nil' requires a contextual type"]),
            ("labelled tuple element", "let t: (a: Int, b: Int) = (a: 1, b: nil)",
             ["1:37: 'nil' requires a contextual type"]),
            ("tuple without context", "let t = (nil, 1)",
             ["1:10: 'nil' requires a contextual type"]),
            ("nested tuple without context", "let t = ((nil, 1), 2)",
             ["1:11: 'nil' requires a contextual type"]),
            ("tuple argument", "func f(_ t: (Int, Int)) {}\nf((1, nil))",
             ["2:7: 'nil' cannot initialize specified type 'Int'"]),
            ("tuple array element", "let t: [(Int, String)] = [(nil, \"a\")]",
             ["1:28: 'nil' cannot initialize specified type 'Int'"]),
            ("returned tuple", "func f() -> (Int, Int) { return (1, nil) }",
             ["1:37: 'nil' requires a contextual type"]),
        ])
    }

    /// Operands of the library's operators, interpolations, `as`, `??` where a non-optional is expected, `min`/`max`.
    func testNilOperandsAreSwiftcsMistake() {
        assertCheckerReportsEach([
            ("plus right", "let x = 1 + nil",
             ["1:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("plus left", "let z = nil + 1",
             ["1:9: 'nil' is not compatible with expected argument type 'Int'"]),
            ("plus left in context", "let x: Double = nil + 1",
             ["1:17: 'nil' is not compatible with expected argument type 'Double'"]),
            ("minus variable", "let a = 2\nlet x = a - nil",
             ["2:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("double times right", "let x = 1.5 * nil",
             ["1:15: 'nil' is not compatible with expected argument type 'Double'"]),
            ("times left", "let x = nil * 1.5",
             ["1:13: binary operator '*' cannot be applied to two 'Double' operands"]),
            ("divide left", "let d = 1.5\nlet x = nil / d",
             ["2:13: binary operator '/' cannot be applied to two 'Double' operands"]),
            ("less than", "let x = 1 < nil",
             ["1:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("string less than", "let x = \"a\" < nil",
             ["1:15: 'nil' is not compatible with expected argument type 'String'"]),
            ("string plus", "let x = \"a\" + nil",
             ["1:15: 'nil' is not compatible with expected argument type 'String'"]),
            ("array plus", "let x = [1] + nil",
             ["1:15: 'nil' is not compatible with expected argument type 'Array<Int>'"]),
            ("remainder", "let x = 3 % nil",
             ["1:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("bitwise and", "let x = nil & 2",
             ["1:9: 'nil' is not compatible with expected argument type 'Int'"]),
            ("closed range", "let r = 1...nil",
             ["1:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("half-open range left", "let x = nil ..< 1.5",
             ["1:9: 'nil' is not compatible with expected argument type 'Double'"]),
            ("and", "let x = true && nil",
             ["1:17: 'nil' is not compatible with expected argument type 'Bool'"]),
            ("or", "let x = nil || false",
             ["1:9: 'nil' is not compatible with expected argument type 'Bool'"]),
            ("not", "let x = !nil",
             ["1:10: 'nil' is not compatible with expected argument type 'Bool'"]),
            ("interpolation", "let s = \"a\\(nil)b\"",
             ["1:13: 'nil' is not compatible with expected argument type 'any Any.Type'"]),
            ("coercion", "let x = nil as Int",
             ["1:9: 'nil' cannot be used in context expecting type 'Int'"]),
            ("nil coalescing in context", "let a: Int? = nil\nlet x: Int = a ?? nil",
             ["2:19: 'nil' is not compatible with expected argument type 'Int'"]),
            ("max", "let x = max(1, nil)",
             ["1:16: 'nil' is not compatible with expected argument type 'Int'"]),
            ("min", "let x = min(nil, 2)",
             ["1:13: 'nil' is not compatible with expected argument type 'Int'"]),
        ])
    }

    /// `nil` in places no rule of their own words (properties without a written type, `-nil`, subscript indexes,
    /// `reduce`'s initial value, `stride`'s bounds, a library method's argument, a generic parameter only `nil` binds).
    func testNilInOtherPlacesIsSwiftcsMistake() {
        assertCheckerReportsEach([
            ("stored property", "struct S { var n = nil }",
             ["1:20: 'nil' requires a contextual type"]),
            ("static property", "class C { static let b = nil }",
             ["1:26: 'nil' requires a contextual type"]),
            ("negated nil", "let x: Double = -nil",
             ["1:18: 'nil' is not compatible with expected argument type 'Double'"]),
            ("negated nil after ??", "let k = 3\nprint(k ?? -nil)",
             ["2:13: 'nil' is not compatible with expected argument type 'Int'"]),
            ("subscript index", "let xs = [1, 2]\nlet c: Int = xs[nil]",
             ["2:17: 'nil' is not compatible with expected argument type 'Int'"]),
            ("reduce initial value", "let s = [1, 2].reduce(nil, +)",
             ["1:23: 'nil' is not compatible with expected argument type 'Int'"]),
            ("stride bound", "for n in stride(from: nil, to: 15, by: 3) { print(n) }",
             ["1:23: 'nil' is not compatible with expected argument type 'Int'"]),
            ("stride step", "let s = stride(from: 0.0, to: 1.0, by: nil)",
             ["1:40: 'nil' is not compatible with expected argument type 'Double'"]),
            ("contains", "let xs = [1.5, 2.5]\nlet c = xs.contains(nil)",
             ["2:21: 'nil' is not compatible with expected argument type 'Double'"]),
            ("generic parameter", "func f<T>(_ x: T) {}\nf(nil)",
             ["2:1: generic parameter 'T' could not be inferred"]),
            ("shift amount", "let a = 1024 >> nil",
             ["1:14: generic parameter 'RHS' could not be inferred"]),
            ("shifted nil", "let b = nil << 3",
             ["1:9: 'nil' requires a contextual type"]),
            ("format argument", "import Foundation\nlet s = String(format: \"%d %d\", 1, nil)",
             ["2:36: 'nil' is not compatible with expected argument type 'any CVarArg'"]),
            ("number conversion", "let n = Int(nil)",
             ["1:9: no exact matches in call to initializer"]),
            ("radix conversion", "let s = String(nil, radix: 2)",
             ["1:9: generic parameter 'T' could not be inferred"]),
            ("tuple printed", "print((nil, \"t\"))",
             ["1:8: 'nil' requires a contextual type"]),
            ("tuple as Any", "let items: [Any] = [(nil, \"s\")]",
             ["1:22: 'nil' requires a contextual type"]),
            ("generic method parameter", "struct S { func depth<T>(_ a: T, _ b: Int) -> Int { b } }\nlet c = S()\nprint(c.depth(nil, 4))",
             ["3:9: generic parameter 'T' could not be inferred"]),
        ])
    }

    /// An array literal holding `nil` whose element type a function value fixes (`[3, nil].map(square)`), and an
    /// optional value passed where a table method takes the non-optional (`n.advanced(by: step)`).
    func testNilElementsOfAFunctionsReceiverAreSwiftcsMistake() {
        assertCheckerReportsEach([
            ("map over a literal", "func sq(_ n: Int) -> Int { n * n }\nprint([nil, 3, nil].map(sq))",
             ["2:8: 'nil' is not compatible with expected element type 'Int'",
              "2:16: 'nil' is not compatible with expected element type 'Int'"]),
            ("filter over a literal", "func isEven(_ n: Int) -> Bool { n % 2 == 0 }\nprint([1, nil].filter(isEven))",
             ["2:11: 'nil' is not compatible with expected element type 'Int'"]),
            ("map by a closure constant", "let g: (Int) -> String = { \"\\($0)\" }\nprint([nil, 2].map(g))",
             ["2:8: 'nil' is not compatible with expected element type 'Int'"]),
            ("optional method argument", "var position = 0\nlet s: Int? = 3\nposition = position.advanced(by: s)",
             ["3:34: value of optional type 'Int?' must be unwrapped to a value of type 'Int'"]),
            ("for-in over a literal",
             "var position = 0\nfor step in [3, -1, nil] { position = position.advanced(by: step) }",
             ["2:61: value of optional type 'Int?' must be unwrapped to a value of type 'Int'"]),
        ])
        let code = "func sq(_ n: Int) -> Int { n * n }\nprint([1, nil].map { $0 ?? 0 }, [2, nil].compactMap { $0 }.map(sq))\n"
            + "func h(_ n: Int?) -> Int { n ?? 7 }\nprint([1, nil].map(h))"
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.filter { $0.severity == .error }.map(diagnosticLine), [])
        XCTAssertEqual(interpreter.run(compiled).text, "[1, 0] [4]\n[1, 7]\n")
    }

    /// `nil` compared with or matched against a value of no optional type, and `nil` beside an optional: valid Swift,
    /// printing what swiftc's build prints.
    func testNilBesideValuesOfNoOptionalTypeRuns() {
        let programs: [(name: String, code: String, output: String)] = [
            ("case nil on an Int", "let x = 3\nswitch x { case nil: print(\"n\") default: print(\"d\") }", "d\n"),
            ("if case nil on an Int", "let x = 3\nif case nil = x { print(\"n\") } else { print(\"e\") }", "e\n"),
            ("case 1, nil", "let v = 5\nswitch v { case 1, nil: print(\"s\") default: print(\"o\") }", "o\n"),
            ("?? nil", "let a: Int? = nil\nlet b: Int? = 4\nprint(a ?? nil, b ?? nil)", "nil Optional(4)\n"),
            ("array compared with nil", "print([1] != nil, [1] == nil)", "true false\n"),
            ("generic optional parameter", "func f<T>(_ a: T, _ b: T?) { print(a, b as Any) }\nf(1, nil)", "1 nil\n"),
        ]
        for (name, code, output) in programs {
            let interpreter = Interpreter()
            let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
            XCTAssertEqual(compiled.diagnostics.filter { $0.severity == .error }.map(diagnosticLine), [], name)
            XCTAssertEqual(interpreter.run(compiled).text, output, name)
        }
    }

    /// `nil` where an optional (or `Any` beside an optional branch) is expected: accepted, and prints what swiftc's build prints.
    func testNilWhereAnOptionalIsExpectedKeepsWorking() {
        let programs: [(name: String, code: String, output: String)] = [
            ("optional argument", "func f(_ x: Int?) { print(x ?? 0) }\nf(nil)", "0\n"),
            ("Any optional argument", "func f(_ x: Any?) { print(x == nil) }\nf(nil)", "true\n"),
            ("optional element", "let xs: [Int?] = [1, nil]\nprint(xs)", "[Optional(1), nil]\n"),
            ("optional dictionary value", "var d: [String: Int] = [\"a\": 1]\nd[\"a\"] = nil\nprint(d.count)", "0\n"),
            ("optional return", "func f() -> Int? { return nil }\nprint(f() ?? 5)", "5\n"),
            ("optional closure result", "let c: () -> Int? = { nil }\nprint(c() == nil)", "true\n"),
            ("optional ternary", "let b = true\nlet v: Int? = b ? nil : 1\nprint(v ?? 7)", "7\n"),
            ("untyped ternary", "let b = false\nlet v = b ? nil : 1\nprint(v ?? 7)", "1\n"),
            ("Any ternary", "let b = false\nlet x: Any = b ? 1 : nil\nprint(x)", "nil\n"),
            ("optional tuple element", "let t: (Int, String?) = (1, nil)\nprint(t.1 == nil)", "true\n"),
            ("optional property", "struct S { var x: Int? = 1 }\nvar s = S()\ns.x = nil\nprint(s.x == nil)", "true\n"),
            ("optional default", "func h(_ x: Int? = nil) { print(x ?? 3) }\nh()", "3\n"),
            ("generic optional", "func f<T>(_ x: T?) -> Bool { x == nil }\nlet n: Int? = nil\nprint(f(n))", "true\n"),
            ("nil coalescing", "let x: Int = nil ?? 1\nprint(x)", "1\n"),
            ("optional append", "var xs: [Int?] = []\nxs.append(nil)\nprint(xs.count)", "1\n"),
            ("non-optional compared with nil", "let n = 3\nstruct P { var x = 1 }\nprint(n == nil, nil != \"a\", P() == nil, 1 != nil)", "false true false true\n"),
            ("optional switch value", "let b = true\nlet v: Int? = if b { nil } else { 2 }\nprint(v ?? 0)", "0\n"),
        ]
        for (name, code, output) in programs {
            let interpreter = Interpreter()
            let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
            XCTAssertEqual(compiled.diagnostics.filter { $0.severity == .error }.map(diagnosticLine), [], name)
            XCTAssertEqual(interpreter.run(compiled).text, output, name)
        }
    }
}
