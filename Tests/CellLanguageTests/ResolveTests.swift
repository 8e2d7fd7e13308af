import CellLanguage
import XCTest

/// The resolve pass on small programs: what each name refers to (written `local@3` for a local declared on line 3,
/// `capture@3`, `global@3`, `earlier`, `member T`, `builtin`, `unresolved`) and what closures capture.
final class ResolveTests: XCTestCase {
    /// The resolutions of cells compiled in order by one interpreter (cell `i` starts on line `1 + 100 * i`).
    private func resolve(_ cells: String...) -> [Resolution] {
        let interpreter = Interpreter()
        return cells.enumerated().map { index, code in
            interpreter.compile(CellSource(code: code, firstLine: 1 + 100 * index)).resolution!
        }
    }

    /// What the `occurrence`-th use of `name` on `line` refers to, in short form.
    private func ref(_ resolution: Resolution, _ name: String, line: Int, _ occurrence: Int = 0,
                     file: StaticString = #filePath, lineNumber: UInt = #line) -> String {
        let uses = resolution.uses.filter { $0.name == name && $0.location.line == line }.sorted { $0.location < $1.location }
        guard occurrence < uses.count else {
            XCTFail("no use \(occurrence) of \(name) on line \(line)", file: file, line: lineNumber)
            return ""
        }
        let at = { (index: Int) in "@\(resolution.declarations[index].location.line)" }
        switch uses[occurrence].referent {
        case .local(let index): return "local" + at(index)
        case .capture(let index): return "capture" + at(index)
        case .global(let index): return "global" + at(index)
        case .earlierGlobal: return "earlier"
        case .member(let type): return "member \(type)"
        case .builtin: return "builtin"
        case .unresolved: return "unresolved"
        }
    }

    /// The names a closure or function declared on `line` captures.
    private func captures(_ resolution: Resolution, line: Int) -> [String] {
        resolution.functions.filter { $0.location.line == line }.flatMap { $0.captures.map { resolution.declarations[$0].name } }
    }

    func testShadowingFollowsBlocksAndDeclarationOrder() {
        let r = resolve("""
        let x = 1
        func f() -> Int {
            print(x)
            let x = 2
            if true {
                let x = x + 1
                print(x)
            }
            return x
        }
        print(x)
        """)[0]
        XCTAssertEqual(ref(r, "x", line: 3), "global@1", "a local declared later in the block is not visible yet")
        XCTAssertEqual(ref(r, "x", line: 6), "local@4", "`let x = x + 1` reads the outer x")
        XCTAssertEqual(ref(r, "x", line: 7), "local@6")
        XCTAssertEqual(ref(r, "x", line: 9), "local@4")
        XCTAssertEqual(ref(r, "x", line: 11), "global@1")
    }

    func testClosuresCaptureLocalsOfEnclosingFunctionsNotGlobals() {
        let r = resolve("""
        var total = 0
        func make() -> () -> Int {
            var count = 0
            let step = 2
            return {
                count += step
                let inner = { count + total }
                return inner()
            }
        }
        let doubled = [1, 2].map { $0 * 2 }
        """)[0]
        XCTAssertEqual(ref(r, "count", line: 6), "capture@3")
        XCTAssertEqual(ref(r, "step", line: 6), "capture@4")
        XCTAssertEqual(ref(r, "count", line: 7), "capture@3")
        XCTAssertEqual(ref(r, "total", line: 7), "global@1")
        XCTAssertEqual(ref(r, "inner", line: 8), "local@7")
        XCTAssertEqual(captures(r, line: 5), ["count", "step"])
        XCTAssertEqual(captures(r, line: 7), ["count"], "a global is not a capture")
        XCTAssertEqual(ref(r, "$0", line: 11), "local@11")
        XCTAssertTrue(r.uses.contains { $0.name == "count" && $0.isWrite }, "`count += step` writes count")
    }

    func testCaptureListsResolveOutsideAndBindInside() {
        let r = resolve("""
        func f() {
            let a = 1
            let g = { [a] in a + 1 }
            print(g())
        }
        """)[0]
        XCTAssertEqual(r.referent(at: r.uses.first { $0.name == "a" && $0.location.line == 3 }!.location), .local(0 + r.declarations.firstIndex { $0.name == "a" }!))
        XCTAssertEqual(ref(r, "a", line: 3, 1), "local@3", "inside, the capture-list entry")
    }

    func testNestedFunctionsSeeLaterSiblingsAndTopLevelFunctionsAreUsableBeforeTheirDeclaration() {
        let r = resolve("""
        print(twice(3))
        func outer() -> Int {
            func even(_ n: Int) -> Bool { n == 0 ? true : odd(n - 1) }
            func odd(_ n: Int) -> Bool { n == 0 ? false : even(n - 1) }
            return even(4) ? 1 : 0
        }
        func twice(_ n: Int) -> Int { n * 2 }
        """)[0]
        XCTAssertEqual(ref(r, "twice", line: 1), "global@7")
        XCTAssertEqual(ref(r, "odd", line: 3), "capture@4")
        XCTAssertEqual(ref(r, "even", line: 4), "capture@3")
        XCTAssertEqual(ref(r, "n", line: 3), "local@3")
        XCTAssertEqual(ref(r, "even", line: 5), "local@3")
    }

    func testIfLetAndGuardLetScopes() {
        let r = resolve("""
        let value: Int? = 3
        if let value { print(value) }
        print(value!)
        func f(_ o: Int?) -> Int {
            guard let n = o else { return 0 }
            return n
        }
        guard let top = value else { fatalError() }
        """, "print(top)")
        XCTAssertEqual(ref(r[0], "value", line: 2), "global@1", "the shorthand reads the outer value")
        XCTAssertEqual(r[0].referent(at: r[0].uses.first { $0.name == "value" && $0.location.line == 2 }!.location), .global(0))
        XCTAssertEqual(ref(r[0], "value", line: 2, 1), "local@2", "inside the then block, the unwrapped one")
        XCTAssertEqual(ref(r[0], "value", line: 3), "global@1")
        XCTAssertEqual(ref(r[0], "n", line: 6), "local@5", "a guard binding is visible after the guard")
        XCTAssertEqual(ref(r[1], "top", line: 101), "earlier", "a top-level guard binding is a global")
    }

    func testSwitchCaseBindingsCatchErrorAndForInPatterns() {
        let r = resolve("""
        enum Shape { case circle(Double), square(Double) }
        func area(_ s: Shape) -> Double {
            switch s {
            case .circle(let r) where r > 0, .square(let r): return r * r
            default: return 0
            }
        }
        for (i, word) in ["a", "b"].enumerated() { print(i, word) }
        do { try f() } catch { print(error) }
        func f() throws {}
        """)[0]
        XCTAssertEqual(ref(r, "r", line: 4), "local@4")
        XCTAssertEqual(ref(r, "r", line: 4, 1), "local@4")
        XCTAssertEqual(ref(r, "i", line: 8), "local@8")
        XCTAssertEqual(ref(r, "word", line: 8), "local@8")
        XCTAssertEqual(ref(r, "error", line: 9), "local@9", "a bare catch binds error")
        XCTAssertEqual(ref(r, "f", line: 9), "global@10")
    }

    func testMethodsSeeMembersSelfAndLocalsThatHideThem() {
        let r = resolve("""
        let scale = 10
        struct Point {
            var x = 0
            static var origin = Point()
            func scaled() -> Int { x * scale }
            func shadowed() -> Int { let x = 5; return x + self.x }
            mutating func move() { x += 1; let f = { self.x }; _ = f() }
        }
        """, "extension Point { func twice() -> Int { x * 2 } }")
        XCTAssertEqual(ref(r[0], "x", line: 5), "member Point")
        XCTAssertEqual(ref(r[0], "scale", line: 5), "global@1")
        XCTAssertEqual(ref(r[0], "Point", line: 4), "global@2")
        XCTAssertEqual(ref(r[0], "x", line: 6), "local@6")
        XCTAssertEqual(ref(r[0], "self", line: 6), "local@6")
        XCTAssertEqual(ref(r[0], "self", line: 7), "capture@7")
        XCTAssertEqual(captures(r[0], line: 7).filter { $0 == "self" }, ["self"])
        XCTAssertEqual(ref(r[1], "x", line: 101), "member Point", "an extension in a later cell sees the type's members")
    }

    func testEarlierCellsGlobalsAndBuiltins() {
        let r = resolve("var n = 1\nfunc g() {}", "n += 1\ng()\nprint(n)\nprint(undefinedName)")
        XCTAssertEqual(ref(r[1], "n", line: 101), "earlier")
        XCTAssertEqual(ref(r[1], "g", line: 102), "earlier")
        XCTAssertEqual(ref(r[1], "print", line: 103), "builtin")
        XCTAssertEqual(ref(r[1], "undefinedName", line: 104), "unresolved")
    }

    func testAccessorsSubscriptsDeferAndLazyProperties() {
        let r = resolve("""
        var stored = 0
        var doubled: Int {
            get { stored * 2 }
            set { stored = newValue / 2 }
        }
        class Grid {
            var cells = [0, 0]
            subscript(i: Int) -> Int {
                get { cells[i] }
                set { cells[i] = newValue }
            }
            lazy var first = { self.cells[0] }()
        }
        func f() { var n = 0; defer { print(n) }; n += 1 }
        """)[0]
        XCTAssertEqual(ref(r, "stored", line: 3), "global@1")
        XCTAssertEqual(ref(r, "newValue", line: 4), "local@4")
        XCTAssertEqual(ref(r, "i", line: 10), "local@8", "a subscript's setter sees its parameters")
        XCTAssertEqual(ref(r, "cells", line: 10), "member Grid")
        XCTAssertEqual(ref(r, "self", line: 12), "capture@12", "a lazy property's value has self")
        XCTAssertEqual(ref(r, "n", line: 14), "local@14", "defer runs in its function's scope")
    }

    /// The facts are built on the resolution: a multi-binding declaration declares globals; a parameter or local
    /// that shadows a global is not read as the global.
    func testFactsUseTheResolution() {
        let interpreter = Interpreter()
        let first = interpreter.compile(CellSource(code: "var a = 1, b = 2\nlet c = 3", firstLine: 1)).facts
        XCTAssertEqual(first.declares, ["a", "b", "c"])
        let second = interpreter.compile(CellSource(code: "func f(_ c: Int) -> Int { let b = c; return a + b }\nprint(f(1))",
                                                    firstLine: 101)).facts
        XCTAssertEqual(second.reads, ["a", "f"])
    }

    /// The listing of `nbrun debug resolve` names each use, what it refers to and each closure's captures.
    func testListingShowsReferentsAndCaptures() {
        let r = resolve("func f() -> () -> Int {\n    let a = 1\n    return { a }\n}")[0]
        let listing = r.listing()
        XCTAssertTrue(listing.contains("3:14 a → captured let a declared at 2:9, depth 1"), listing)
        XCTAssertTrue(listing.contains("{ } at 3:12 captures a (2:9)"), listing)
    }
}
