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

    func testTheConformanceCorpusNeedsNoTypeOnlyCompilation() throws {
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
        // Session 14: 58 type-only compilations for 10613 nodes (0.005) before generic bodies' implicit members and
        // the checker's per-specialization records were read, 16 (0.0015) after; session 18: 10, then none.
        XCTAssertEqual(typeOnly, 0, "\(typeOnly) type-only compilations for \(nodes) nodes")
    }

    func testOperatorsSlicesLazyValuesDictionaryFieldsAndOpaqueArgumentsAreTypedWithoutCompiling() {
        // The last shapes of the corpus that compiled an expression to learn its type: a declared operator applied
        // to another's result, an array variable sliced by a range, unannotated lazy properties (typed while their
        // type is declared), a dictionary property's anchor and a generic call's argument of an opaque type.
        let code = """
        prefix operator +++
        postfix operator ---
        extension Int {
            static prefix func +++ (x: Int) -> Int { x * 2 }
            static postfix func --- (x: Int) -> Int { x - 1 }
        }
        struct Item { var price: Int }
        protocol Shape { func draw() -> String }
        struct Dot: Shape { func draw() -> String { "." } }
        struct Twice<T: Shape>: Shape { var shape: T; func draw() -> String { shape.draw() + shape.draw() } }
        func twice<T: Shape>(_ shape: T) -> some Shape { Twice(shape: shape) }
        func both<T: Shape, U: Shape>(_ a: T, _ b: U) -> String { a.draw() + b.draw() }
        final class Shop {
            var items = ["a": Item(price: 1), "b": Item(price: 2)]
            lazy var label = Item(price: 3)
            lazy var format = { (n: Int) -> String in "#\\(n)" }
        }
        let xs = [1, 2, 3, 4]
        let shop = Shop()
        print(+++1---, (+++1)---, xs[1..<xs.count], shop.items["b"]!.price, shop.label.price, shop.format(4), both(Dot(), twice(Dot())))
        """
        let counted = counts(code)
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "0 1 [2, 3, 4] 2 3 #4 ...\n")
    }

    func testGenericBodiesTypeImplicitMembersWithoutCompiling() {
        // `items` in `items.append(x)` is `self.items`: typed from the field in every specialization and in the
        // placeholder check (each compiled its receiver again before). 20 chained calls stay linear.
        let chain = String(repeating: ".reversed()", count: 20)
        let code = """
        struct Stack<Element> {
            var items: [Element] = []
            mutating func push(_ item: Element) { items.append(item) }
            mutating func pop() -> Element { items.removeLast() }
            func flipped() -> [Element] { Array(items\(chain)) }
        }
        var s = Stack<String>()
        s.push("a"); s.push("b")
        var t = Stack<Int>()
        t.push(1); t.push(2)
        print(s.pop(), t.pop(), s.flipped(), t.flipped())
        """
        let started = Date()
        let counted = counts(code)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "compile time")
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
        // swiftc prints the same with 2 links (20 exceed its type-checking time).
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "b 2 [\"a\"] [1]\n")
    }

    func testLiteralArraysAndMinMaxAnchorsAreTypedWithoutCompiling() {
        // A generic call's array arguments (`[a]`, `[1, 2]`, `["x"]`) and the anchor of `max(x, 1)` (checked alone
        // only) are typed without compiling; 10 nested arrays and 16 nested `max` (about the most the parser takes)
        // stay linear (16 `max` took 0.6 s in the checker, which checked each anchor twice).
        let nested = String(repeating: "[", count: 10) + "a" + String(repeating: "]", count: 10)
        let maxes = String(repeating: "max(", count: 16) + "x" + String(repeating: ", 1)", count: 16)
        let code = """
        func count<T>(_ xs: [T]) -> Int { xs.count }
        func wrap<T>(_ a: T) -> Int { count([a]) + count([a, a]) }
        let a = 2.5
        let x = 3
        let m = \(maxes)
        print(count([1, 2]), count(["x", "y"]), count([true]), wrap(a), count(\(nested)), m)
        """
        let started = Date()
        let counted = counts(code)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "compile time")
        XCTAssertEqual(counted.typeOnlyCompilations, 0, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "2 2 1 3 1 3\n")
    }
}
