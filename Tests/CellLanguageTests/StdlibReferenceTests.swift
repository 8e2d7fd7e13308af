@testable import CellLanguage
import Foundation
import XCTest

/// The standard-library tables: their declarations parse, the reference in `docs/language.md` is generated from
/// them, and dispatch, did-you-mean and labels come from them.
final class StdlibReferenceTests: XCTestCase {
    /// `docs/language.md` holds exactly what the tables generate; `NBRUN_UPDATE_DOCS=1` rewrites it.
    func testLanguageDocIsGeneratedFromTheTables() throws {
        try GeneratedDocCheck.check("language.md", test: "StdlibReferenceTests", updating: StdlibReference.updating)
    }

    /// The reference's free functions (`LibraryFunctions.reference`) are exactly those cells may call by name, so
    /// a function added to the compiler without its declaration fails here.
    func testFreeFunctionsOfTheReferenceAreTheBuiltinFunctions() {
        let names = Set(LibraryFunctions.reference.map { BuiltinSignature($0.declaration).name })
        XCTAssertEqual(names.subtracting(Compiler.builtinFunctionNames), [], "declared, but no cell can call them")
        XCTAssertEqual(Compiler.builtinFunctionNames.subtracting(names), [], "callable, but missing from the reference")
        XCTAssertTrue(StdlibReference.markdown().contains("| `func hypot(_ x: Double, _ y: Double) -> Double` |"))
    }

    func testDeclarationsGiveNamesLabelsAndKinds() {
        let sorted = StdlibDeclaration("func sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]")
        XCTAssertEqual(sorted.name, "sorted")
        XCTAssertEqual(sorted.labels, ["by"])
        XCTAssertTrue(sorted.lastParameterIsFunction)
        let reduce = StdlibDeclaration("func reduce<Result>(into initialResult: Result, _ update: (inout Result, Element) -> Void) -> Result")
        XCTAssertEqual(reduce.name, "reduce")
        XCTAssertEqual(reduce.labels, ["into", nil])
        let insert = StdlibDeclaration("mutating func insert(_ newElement: Element, at i: Int)")
        XCTAssertEqual(insert.kind, .mutatingMethod)
        XCTAssertEqual(insert.labels, [nil, "at"])
        XCTAssertFalse(insert.lastParameterIsFunction)
        XCTAssertEqual(StdlibDeclaration("var count: Int").kind, .property)
        XCTAssertEqual(StdlibDeclaration("static var pi: Double").kind, .staticProperty)
        XCTAssertEqual(StdlibDeclaration("func dropFirst() -> [Element]").labels, [])
    }

    /// No table declares the same member twice, and every declaration names its member.
    func testTablesHaveNoDuplicates() {
        for table in StdlibTables.all {
            var seen = Set<String>()
            for member in table.members {
                XCTAssertFalse(member.name.isEmpty, "\(table.typeName): \(member.declaration)")
                let key = "\(member.kind == .staticProperty ? "static " : "")\(member.signatureName)"
                XCTAssertTrue(seen.insert(key).inserted, "\(table.typeName) declares \(key) twice")
            }
        }
    }

    /// Cells reach members through the tables: labels, trailing closures, did-you-mean and refusals.
    func testDispatchFromTheTables() {
        let program = """
        var xs = [3, 1, 2]
        print(xs.sorted { $0 > $1 }, xs.contains { $0 > 2 }, xs.contains(2), xs.first { $0 < 3 } ?? 0)
        var fs: [() -> Int] = []
        fs.append { 7 }
        print(fs[0](), "abc".filter { $0 != "b" }, "abc".map { $0.uppercased() }, (1...4).contains(4), (0..<3).map { $0 * 2 })
        var d = ["a": 1]
        print(d.updateValue(2, forKey: "a") ?? 0, d.sorted { $0.key < $1.key }.map(\\.value), Set([1, 2]).sorted(), Double.pi > 3)
        """
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map(\.message), [])
        let result = interpreter.run(compiled)
        let output = result.outputs.map { event -> String in
            if case .text(let text) = event { return text }
            return ""
        }.joined()
        XCTAssertEqual(output, "[3, 2, 1] true true 1\n7 ac [\"A\", \"B\", \"C\"] true [0, 2, 4]\n1 [2] [1, 2] true\n")
        let code = "let xs = [1]\nxs.apend(2)\nprint(xs.sortd())\nlet s = \"a\"\nprint(s.uppercase())\nprint(Double.pie)\nprint(xs.insert(1))\nprint(xs.sorted(x: 1))\n"
        let mistakes = Interpreter().compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(mistakes.diagnostics.map { "\($0.location!.line):\($0.location!.column): \(([$0.message] + $0.notes).joined(separator: " "))" }, [
            "2:4: value of type '[Int]' has no member 'apend' did you mean 'append'?",
            "3:10: value of type '[Int]' has no member 'sortd' did you mean 'sort'?",
            "5:9: value of type 'String' has no member 'uppercase' did you mean 'uppercased'?",
            "6:14: type 'Double' has no member 'pie' did you mean 'pi'?",
            "7:18: missing argument for parameter 'at' in call",
            "8:10: no exact matches in call to instance method 'sorted' found candidate 'sorted()' found candidate 'sorted(by:)'",
        ])
    }
}
