import CellLanguage
import Foundation
import XCTest

/// The diagnostics oracle (issue 12: the front end decides, the generator never re-checks): over the compile-error
/// corpus (the position programs of `Positions/`, every conformance listing and every golden program), every error is
/// the front end's (parse, lowering, the type checker, the checks, the notebook): the generator decides none itself
/// and reports no code it cannot build where the front end reported nothing (`CompileError.cannotGenerate`, an nbrun
/// bug). Prints the cell's errors by the pass that reported them and how many of the checker's errors the generator
/// still meets again. swiftc is the oracle of the front end's diagnostics: `ErrorPositionTests` and the diagnostics
/// tests.
final class DiagnosticOracleTests: XCTestCase {
    func testEveryErrorIsTheFrontEnds() throws {
        var total = DiagnosticAgreement()
        var internalErrors: [String] = [], generatorChecks: [String] = []
        for (name, cells) in try Self.programs() {
            let interpreter = Interpreter()
            for cell in cells {
                let agreement = interpreter.compileComparingDiagnostics(cell).agreement
                total.add(agreement)
                internalErrors += agreement.internalErrors.map { "\(name) \($0)" }
                generatorChecks += agreement.generatorChecks.map { "\(name) \($0)" }
            }
        }
        print("diagnostics oracle: errors by pass: \(total.errorsByPassDescription); the generator met "
              + "\(total.recheckedByGenerator) of the checker's errors again; \(total.droppedBehindFrontEnd) reports of code it "
              + "cannot build dropped behind the front end's errors")
        if ProcessInfo.processInfo.environment["NBRUN_LIST_MISSED_DIAGNOSTICS"] != nil {
            for line in generatorChecks { print("generator's own: \(line)") }
        }
        XCTAssertGreaterThan(total.frontEndErrors, 1_500)
        XCTAssertGreaterThan(total.errorsByPass[.checker] ?? 0, 1_400)
        XCTAssertEqual(generatorChecks, [], "the generator decided errors the front end did not report")
        XCTAssertEqual(internalErrors, [], "the generator could not build code the front end passed")
        try OracleFigures.check("diagnostics", "\(OracleFigures.grouped(total.frontEndErrors)) errors, all the front end's "
                                + "(checker \(OracleFigures.grouped(total.errorsByPass[.checker] ?? 0))); the generator's own: "
                                + "\(generatorChecks.count), internal errors: \(internalErrors.count); the checker's errors the "
                                + "generator re-checks: \(OracleFigures.grouped(total.recheckedByGenerator))", test: "DiagnosticOracleTests")
    }

    /// The oracle over generated mistakes: a value of each of several types stored with each annotation, combined
    /// with each operator, and used as a condition, a receiver, a callee, an argument, a key, an element and a result,
    /// in function and method bodies. The generator reports nothing the front end passed.
    func testTheCheckersDiagnosticsOnGeneratedMistakes() {
        let interpreter = Interpreter()
        var total = DiagnosticAgreement()
        for cell in Self.generatedMistakes() {
            total.add(interpreter.compileComparingDiagnostics(CellSource(code: cell, firstLine: 1)).agreement)
        }
        print("diagnostics oracle on generated mistakes: the checker reported \(total.checked), the generator "
              + "\(total.generatorChecks.count) errors of its own and \(total.internalErrors.count) internal errors")
        XCTAssertGreaterThan(total.checked, 650)
        XCTAssertEqual(total.internalErrors, [], "the generator reported errors in cells the front end passed")
    }

    /// The generated mistakes' cells (also a corpus of `TypeOnlyCompilationTests`): the declarations, then per value
    /// its stores, its operations in a method and its uses in a function.
    static func generatedMistakes() -> [String] {
        let values = ["1", "1.5", "\"s\"", "true", "Character(\"c\")", "[1]", "[\"a\": 1]", "Optional(1)", "P(x: 1)", "E.a",
                      "C()", "(1, 2)", "UInt8(1)", "[1.0]", "(a: 1, b: \"x\")"]
        let types = ["Int", "Double", "String", "Bool", "Character", "[Int]", "[String: Int]", "Int?", "P", "E", "C",
                     "(Int, Int)", "UInt8", "[Double]", "(a: Int, b: String)"]
        var cells = ["struct P { var x: Int }\nenum E { case a, b }\nenum R: Int { case one = 1 }\nclass C { var y = 0 }\n"
                     + "func f(a: Int, b: String = \"\") -> Int { a }\nfunc g(_ x: Double) -> Double { x }"]
        for (index, value) in values.enumerated() {
            let stores = types.enumerated().map { "    let a\($0): \($1) = v\n    var b\($0): \($1) = \(values[$0]); b\($0) = v" }
            cells.append("func stores\(index)() {\n    let v = \(value)\n" + stores.joined(separator: "\n") + "\n}")
            let operations = values.enumerated().flatMap { other, operand in
                ["+", "-", "*", "/", "%", "==", "<"].enumerated().map { "        let o\(other)_\($0) = \(operand) \($1) l; _ = l \($1) 2" }
            }
            cells.append("struct S\(index) {\n    func m() {\n        let l = \(value)\n" + operations.joined(separator: "\n") + "\n    }\n}")
            cells.append("""
            func uses\(index)() -> Int {
                let m = \(value)
                if m { print(1) }
                guard m else { return 0 }
                for i in [1] where m { print(i) }
                let n = m.cout
                let q = m.xyz()
                m()
                let r = m[0]
                let s = f(a: m) + f(a: 1, b: m)
                let t = g(m)
                let z = m as String
                let k: [Int] = [1, m]
                let j: [Int: String] = [m: "a"]
                let i = m ? 1 : 2
                let p = P(x: m)
                let (u, w) = m
                return m
            }
            """)
        }
        return cells
    }

    /// Independent type mistakes in a function body: the checker reports every one of them before generation, each
    /// comes out once, with swiftc's message at swiftc's position (swiftc 6's errors for this program), and the
    /// operator applied to strings inside a member read is reported alone (no cascade to the member or the `+`).
    func testTheCheckerReportsEachIndependentMistakeOnce() {
        let program = """
        struct P { var x: Int }
        func takes(a: Int) -> Int { return a }
        func work() -> Int {
            let s: Int = "x"
            let q = P(y: 1)
            let t = takes(b: 2)
            if 3 { print("no") }
            let u = "a" - "b"
            let v = [1].cout
            let w = ("a" - "b").count + 1
            let (m, n) = 5
            return "r"
        }
        """
        let swiftc = [
            "4:18: cannot convert value of type 'String' to specified type 'Int'",
            "5:14: incorrect argument label in call (have 'y:', expected 'x:')",
            "6:18: incorrect argument label in call (have 'b:', expected 'a:')",
            "7:8: cannot convert value of type 'Int' to expected condition type 'Bool'",
            "8:17: binary operator '-' cannot be applied to two 'String' operands",
            "9:17: value of type '[Int]' has no member 'cout'",
            "10:18: binary operator '-' cannot be applied to two 'String' operands",
            "11:18: cannot convert value of type 'Int' to specified type '(_, _)'",
            "12:12: cannot convert return expression of type 'String' to return type 'Int'",
        ]
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(diagnosticLines(program), swiftc)
    }

    /// Argument-shape mistakes in calls of the standard library and in subscripts of built-in collections, and
    /// conversions of `String.Index` and array slices: the checker reports each (`TypeChecker+CallShapes`), with
    /// swiftc's message at swiftc's position (swiftc 6's errors for this program, `import Foundation` left out).
    func testTheCheckerReportsStandardLibraryCallShapes() {
        let program = """
        func work() {
            var xs = [1, 2]
            xs.insert(1)
            let a = sqrt()
            let b = pow(2.0)
            let c = abs(x: -1)
            let d = zip([1])
            let e = Array(5)
            let f = 0
            let g = xs[0, 1, 2]
            let h: [String: Int] = [:]
            let i = h[k: "a", 1]
            xs[0, 1] = 2
            let j = "ab".startIndex
            let k: Int = j
            takes(xs[0...])
        }
        func takes(_ v: [Int]) {}
        """
        let swiftc = [
            "3:16: missing argument for parameter 'at' in call",
            "4:18: missing argument for parameter #1 in call",
            "5:20: missing argument for parameter #2 in call",
            "6:16: extraneous argument label 'x:' in call",
            "7:20: missing argument for parameter #2 in call",
            "8:19: missing argument label 'arrayLiteral:' in call",
            "10:15: extra arguments at positions #2, #3 in call",
            "12:14: incorrect argument labels in subscript (have 'k:_:', expected '_:default:')",
            "13:11: extra argument in subscript",
            "15:18: cannot convert value of type 'String.Index' to specified type 'Int'",
            "16:13: cannot convert value of type 'ArraySlice<Int>' to expected argument type '[Int]'",
        ]
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(diagnosticLines(program), swiftc)
    }

    /// The position programs (one cell each, in every folder of `Positions/`), then the oracle corpus.
    static func programs() throws -> [(name: String, cells: [CellSource])] {
        let positions = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        var result: [(String, [CellSource])] = []
        let folders = [positions] + (try FileManager.default.contentsOfDirectory(atPath: positions.path))
            .map { positions.appendingPathComponent($0) }.filter(isDirectory).sorted { $0.path < $1.path }
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".swift") }).sorted() {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                result.append(("Positions/\(folder.lastPathComponent)/\(file)", [CellSource(code: source, firstLine: 1)]))
            }
        }
        return result + (try OracleCorpus.programs())
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
