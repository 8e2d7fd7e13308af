import CellLanguage
import Foundation
import XCTest

/// The diagnostics oracle: over the compile-error corpus (the position programs of `Positions/`, every conformance
/// listing and every golden program), every diagnostic the type checker reports must be one the generator reports
/// for the same cell, with the same message, notes, line and column. Prints the cell's errors by the pass that
/// reported them (`DiagnosticPass`) and the checker's coverage: the share of the generator's own errors (of the kinds
/// the checker reports, and of all kinds) that it found too.
final class DiagnosticOracleTests: XCTestCase {
    func testTheCheckersDiagnosticsAreTheGenerators() throws {
        var total = DiagnosticAgreement()
        var disagreements: [String] = [], missed: [String] = [], missedOfOtherKinds: [String] = []
        for (name, cells) in try Self.programs() {
            let interpreter = Interpreter()
            for cell in cells {
                let agreement = interpreter.compileComparingDiagnostics(cell).agreement
                total.add(agreement)
                disagreements += agreement.disagreements.map { "\(name) \($0)" }
                missed += agreement.missed.map { "\(name) \($0)" }
                missedOfOtherKinds += agreement.missedOfOtherKinds.map { "\(name) \($0)" }
            }
        }
        let percent = (total.coverage * 1000).rounded() / 10
        let share = Double(total.agreed) / Double(max(total.reported, 1))
        print("diagnostics oracle: errors by pass: \(total.errorsByPassDescription); the checker reported \(total.checked) diagnostics, "
              + "\(total.agreed) as the generator did, \(total.disagreements.count) disagreements; \(total.agreedOfCheckedKinds) "
              + "of the generator's \(total.reportedOfCheckedKinds) errors of the checked kinds (\(percent) %), of the "
              + "generator's \(total.reported) errors in all (\((share * 1000).rounded() / 10) %)")
        if ProcessInfo.processInfo.environment["NBRUN_LIST_MISSED_DIAGNOSTICS"] != nil {
            for line in missed { print("missed: \(line)") }
            for line in missedOfOtherKinds { print("unchecked: \(line)") }
        }
        XCTAssertGreaterThan(total.reported, 500)
        XCTAssertGreaterThan(total.coverage, 0.998, "the checker reports the generator's errors of its kinds (100 % when last raised, 1,477 of the 1,477 errors of the checked kinds, s22-diag, with constants' and private setters' assignments, mutating calls on constants, opaque results' returns, where clauses, closures' parameter counts, mislabelled overloads and comparisons of protocol values; 99.2 %, 1,430 of the 1,441 errors of the checked kinds, s21-diag, with unknown names' did-you-mean, the generic bodies' placeholder mistakes, rethrowing bodies' throwing calls, type parameters nothing binds and calls no overload takes (the generator's \"no exact matches in call to global function 'init'\" for 'Color(0.0, 1.0, 0.0)' is not swiftc's and stays missed); 98.2 %, 1,379 of 1,404, with the value kinds of TypeChecker+ValueDiagnostics, the places, statements and throws of s16-diag-places, the refused calls of s16-diag-calls, the kinds of s16-diag-more and the jumps, names and refusals of s17-diag)")
        // The share of the generator's own errors (`DiagnosticsByPass`: not the parser's, lowering's, the flow checks'
        // or the notebook's, which the checker never should see).
        XCTAssertGreaterThan(share, 0.998, "the checker reports the generator's own errors (100 % when last raised: 1,519 of 1,519, s22-diag, once the last 18 were the checker's (GeneratorOnlyDiagnosticsTests) or, cascades of a refused actor or of an argument's own mistake, no longer reported; 98.8 %, 1,505 of 1,523, s21-diag, once generic functions' bodies checked under placeholders reported what the type parameters' library constraints do not give (TypeChecker+PlaceholderDiagnostics) and unknown names came with the generator's did-you-mean where the resolver's visible locals make it certain, then rethrowing bodies' own throwing calls and type parameters nothing binds (94.1 % before them), then calls no overload takes and, in the checks, escaping closures capturing a mutating self (EscapingSelfCaptures; 95.1 % of 1,531 before them), then overloaded functions as values, character sets and format arguments, slices' mutations and ClosedRange indices (96.0 % before them), and generic overloads with the same labels moved to the checks (FunctionRedeclarations); 92.7 %, 1,419 of 1,531, s20-conf, once the conformances, those to the library's protocols and those nbrun refuses too, moved to the conformance checks, functions, extension members and types declared twice to the redeclaration checks, property-wrapper attributes to the attribute checks and top-level returns to TopLevelReturns; 91.7 %, 1,419 of 1,547, once session 19's branches merged; 91.6 %, 1,387 of 1,515, s19-decl, once class inheritance, enumeration cases and raw values, stored properties of extensions and enumerations, variables declared twice, types below the top level, signatures naming private types, classes without initializers and static properties without a value moved to the declaration checks; 88.9 % of 1,552 before them, s18-diag, once exclusivity, 'guard' fall-through and missing returns of functions and closures moved to the flow checks; 86.4 % of 1,596 before them; 73.7 % of all the passes' 1,871 errors before s18)")
        XCTAssertEqual(total.errorsByPass[.checker], 0, "the checker's diagnostics are no diagnostics of the cell while the oracle runs")
        XCTAssertEqual(disagreements, [], "the checker reported diagnostics the generator does not")
        try OracleFigures.check("diagnostics", "\(OracleFigures.grouped(total.agreed)) of \(OracleFigures.grouped(total.reported)) "
                                + "(\(OracleFigures.percent(total.agreed, of: total.reported))), \(disagreements.count) reported by the "
                                + "checker alone", test: "DiagnosticOracleTests")
    }

    /// The oracle over generated mistakes: a value of each of several types stored with each annotation, combined
    /// with each operator, and used as a condition, a receiver, a callee, an argument, a key, an element and a result,
    /// in function and method bodies. The checker reports only what the generator reports.
    func testTheCheckersDiagnosticsOnGeneratedMistakes() {
        let interpreter = Interpreter()
        var total = DiagnosticAgreement()
        for cell in Self.generatedMistakes() {
            total.add(interpreter.compileComparingDiagnostics(CellSource(code: cell, firstLine: 1)).agreement)
        }
        print("diagnostics oracle on generated mistakes: the checker reported \(total.checked), \(total.agreed) as the generator did, "
              + "of the generator's \(total.reportedOfCheckedKinds) errors of the checked kinds")
        XCTAssertGreaterThan(total.checked, 650)
        XCTAssertEqual(total.disagreements, [], "the checker reported diagnostics the generator does not")
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
        XCTAssertEqual(agreement.disagreements, [])
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
        XCTAssertEqual(agreement.disagreements, [])
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
