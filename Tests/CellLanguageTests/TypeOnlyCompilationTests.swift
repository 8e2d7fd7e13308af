import CellLanguage
import Foundation
import XCTest

/// Code is generated once: the compiler learns types from declarations and from the typed AST instead of compiling
/// expressions twice (issue 12; `nbrun debug counts`, scripts/compile-counts.py).
final class TypeOnlyCompilationTests: XCTestCase {
    private func counts(_ code: String) -> CompileCounts {
        let interpreter = Interpreter()
        interpreter.resetCompileCounts(countingSites: true)
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [], code)
        return interpreter.compileCounts
    }

    func testInPlaceElementAccessesCompileTheirIndicesOnce() {
        let counted = counts("""
        struct P { var x = 0 }
        var xs = [1, 2, 3]
        var ps: [P] = [P(), P()]
        func f() -> Int { 1 }
        xs[f()] = 5
        let y = xs[f() + 1] + xs[f() - 1]
        xs[f()] = xs[f()]
        for p in ps { print(p.x + xs[f()]) }
        """)
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
    }

    func testVariablesAndLiteralsAreTypedWithoutCompiling() {
        let counted = counts("var xs = [1, 2]\nvar s = \"a\"\nxs.append(3)\ns += \"b\"\nlet n = xs.count + s.count\n")
        XCTAssertGreaterThan(counted.typeOnlyRequests, 0, counted.listing)
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
    }

    func testOptionalChainLinksAreTypedWithoutCompiling() {
        // A link's type comes from the checker (or the memo, per link): before, every link of `root?.at(0)?.at(0)…`
        // compiled its base again, and 20 links ran into the compile budget (minutes).
        let links = String(repeating: "?.at(0)", count: 20)
        let code = """
        final class N { var v = 0; var xs = [0, 1]; func at(_ i: Int) -> N? { self } }
        var root: N? = N()
        print(root\(links)?.v as Any)
        root\(links)?.xs[0] += 3
        root\(links)?.v = 5
        print(root!.v, root!.xs)
        """
        let counted = counts(code)
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "Optional(0)\n5 [3, 1]\n")
    }

    func testTheConformanceCorpusNeedsFewTypeOnlyCompilationsPerNode() throws {
        // Before issue 12's typed AST: 0.197 type-only compilations per node compiled; after: 0.024.
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 300)
        var nodes = 0, typeOnly = 0
        for file in files {
            let interpreter = Interpreter()
            _ = interpreter.compile(CellSource(code: try String(contentsOf: file, encoding: .utf8), firstLine: 1))
            nodes += interpreter.compileCounts.nodes
            typeOnly += interpreter.compileCounts.typeOnlyCompilations
        }
        XCTAssertGreaterThan(nodes, 5000)
        XCTAssertLessThan(Double(typeOnly) / Double(nodes), 0.05, "\(typeOnly) type-only compilations for \(nodes) nodes")
    }
}
