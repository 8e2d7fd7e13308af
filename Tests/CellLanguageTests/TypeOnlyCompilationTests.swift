import CellLanguage
import Foundation
import XCTest

/// Code is generated once: the compiler learns types from declarations and from the typed AST instead of compiling
/// expressions twice (issue 12; `nbrun debug counts`, scripts/compile-counts.py).
final class TypeOnlyCompilationTests: XCTestCase {
    private func counts(_ code: String) -> CompileCounts { Self.counts(code) }

    /// Asserts that the checker or a declaration answered every type the generator asked for in `counted`, except
    /// `compiling` requests answered by compiling the node for the code that runs.
    private func assertEveryTypeAnswered(_ counted: CompileCounts, compiling: Int = 0, line: UInt = #line) {
        XCTAssertGreaterThan(counted.typeRequests, 0, counted.listing, line: line)
        XCTAssertEqual(counted.unansweredTypeRequests, 0, counted.listing, line: line)
        XCTAssertEqual(counted.compiledTypeAnswers, compiling, counted.listing, line: line)
    }

    /// The compile counts of `code`, by site, compiled as one cell without a diagnostic.
    static func counts(_ code: String) -> CompileCounts {
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
        assertEveryTypeAnswered(counted)
    }

    func testVariablesAndLiteralsAreTypedWithoutCompiling() {
        let counted = counts("var xs = [1, 2]\nvar s = \"a\"\nxs.append(3)\ns += \"b\"\nlet n = xs.count + s.count\n")
        XCTAssertGreaterThan(counted.typeRequests, 0, counted.listing)
        assertEveryTypeAnswered(counted)
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
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "Optional(0)\n5 [3, 1]\n")
    }

    func testTheConformanceCorpusGetsItsTypesFromTheChecker() throws {
        // Before issue 12's typed AST: 0.197 type-only compilations per node compiled; session 18: none. Since
        // session 23 the generator computes no type: it asks the checker (`Compiler.checkerType`), and a declaration
        // answers what the checker left untyped.
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 300)
        var tally = TypeOnlyTally()
        for file in files {
            let interpreter = Interpreter()
            _ = interpreter.compile(CellSource(code: try String(contentsOf: file, encoding: .utf8), firstLine: 1))
            tally.add("Conformance", program: file.lastPathComponent, interpreter.compileCounts)
        }
        XCTAssertGreaterThan(tally.total.nodes, 5000)
        XCTAssertGreaterThan(tally.total.requests, 1500)
        // Session 30 (s30-conf): 5 once the corpus took the 77 listings it had left out (the book's tests it skipped and
        // the listings without a test, `Conformance/*/listing-*.swift`); not yet traced to their programs. Session 31
        // (s31-condconf): 0 once the Protocols listings with `extension Array: TextRepresentable where …` and the
        // protocol nested in a class compiled (they were refused with the requests unanswered).
        XCTAssertEqual(tally.total.unanswered, 0, tally.listing)
    }

    func testTypeRequestsOverEveryCorpus() throws {
        // Every program the compiler's tests compile: the oracle corpus (conformance listings, golden programs), the
        // error-position programs, the fuzz regressions and the diagnostics oracle's generated mistakes (the
        // notebooks and the docs' examples are `NotebookTypeOnlyCompilationTests`', in PublishingTests). Issue 12
        // asks for none anywhere; the counts reached are pinned so that neither a regression nor a gain goes unseen.
        var tally = TypeOnlyTally()
        for (name, cells) in try DiagnosticOracleTests.programs() {
            let corpus = name.hasPrefix("Positions/") ? "Positions" : name.hasPrefix("Golden/") ? "Golden" : "Conformance"
            tally.add(corpus, program: name, cells: cells)
        }
        for (index, cell) in CellFuzzRegressionTests.cells.enumerated() {
            tally.add("FuzzRegressions", program: "cell \(index + 1)", cells: [CellSource(code: cell, firstLine: 3, columnOffset: 2)])
        }
        let mistakes = DiagnosticOracleTests.generatedMistakes().map { CellSource(code: $0, firstLine: 1) }
        tally.add("GeneratedMistakes", program: "cells", cells: mistakes)
        print(tally.listing)
        XCTAssertEqual(Set(tally.byCorpus.keys), ["Conformance", "FuzzRegressions", "GeneratedMistakes", "Golden", "Positions"])
        XCTAssertGreaterThan(tally.byCorpus["Golden"]?.nodes ?? 0, 40_000)
        XCTAssertGreaterThan(tally.byCorpus["Positions"]?.nodes ?? 0, 4_000)
        XCTAssertGreaterThan(tally.byCorpus["GeneratedMistakes"]?.nodes ?? 0, 10_000)
        // Session 19 (s19-typeonly): the golden programs compiled 40 expressions to learn their types; 31 once the
        // checker typed `super`, static and subscript places, implicit unwraps and functions named as values; 19 once
        // it typed the arguments of overloaded calls alone too, assignments compared with `nil` on the left, and
        // the one-sided ranges the generator copies to evaluate their bound once. Session 20 (s20-generic): none.
        // Session 23 (s23-typeonly): `compileExprTypeOnly`, its memo and the generator's own typing of a node
        // (`typeKnownWithoutCompiling`: arrays of elements of one type, the types its earlier compilations recorded)
        // are gone: every type the generator asks for is the checker's, or a declared fact where the checker left
        // the node untyped (a variable's declared type, the `self` the generator writes for an implicit member, a
        // stored property's type, a type's name alone, a literal's default type); nothing is left unanswered.
        // Before, 2,190 of 14,902 requests were answered other than by the checker: 1,510 by a variable's declared
        // type, 402 by a literal's, 149 by a field's, 46 by a type's name, 77 by compiling a receiver, 3 by compiling a
        // dictionary's key and 3 by typing an array from its elements' types. After: 1,762 by a declaration (the
        // checker records the literals it checks against a contextual type alone, `TypeChecker.recordLiteralAlone`),
        // 80 by compiling the node for the code that runs: receivers in the members of generic types, which the
        // checker checks with placeholders only (`generic_sequence_*`, `declared_sequences`, opaque results), and
        // dictionary keys it leaves untyped. Once s23-overloads merged (the checker records every overload choice):
        // 1,740 by a declaration (Positions 52 -> 38, Conformance 402 -> 396, Golden 1,308 -> 1,306). Once s23-calls
        // deleted the generator's call and member checks (the diagnosis queries that asked for an argument's or a
        // receiver's type): Positions 38 -> 14. s24-places: Golden 1,306 -> 1,298, the diagnosis queries of the
        // generator's deleted get-only and constant-owner checks (`Compiler+AccessorPlaces`) no longer asked.
        // s24-generics: 80 -> 45 compiled once the checker recorded the array of its elements a declared
        // sequence's `Sequence` method is called on (`CheckedTypes.sequenceArrayType`), the type of the `Array(base)`
        // the generator writes for it (Golden 71 -> 36); 45 -> 22 once the specializations made for the checker
        // (`Stack<Int>` named in the cell) compiled their members' bodies after it ran instead of before
        // (`TypeTable.specializedBodiesAwaitingChecker`): Golden 36 -> 15, Conformance 9 -> 7, and 1,740 -> 1,542
        // answered by a declaration (Golden 1,306 -> 1,133, Conformance 396 -> 371); 22 -> 14 once the checker called
        // a type parameter's requirements on its placeholder (`shape.draw()` for `T: Shape`, where the protocols have
        // no associated types): Golden 15 -> 11, Conformance 7 -> 3 (and 1,542 -> 1,535 by a declaration). With s24-places
        // merged too: Golden 1,121 answered by a declaration. Session 25 (s25-requests): 14 -> 8 once the checker checked
        // the members of the specializations the generator makes after it ran (`FlippedShape<T>` built in `flip<T>`'s
        // check with placeholders, `Neuron<A>` named by `describe<A>`'s signature: `Compiler.typeCheckLateSpecialization`):
        // Golden 11 -> 7, Conformance 3 -> 1 (and 1,503 -> 1,495 by a declaration: Golden 1,121 -> 1,117, Conformance 368 -> 364);
        // 8 -> 3 (Golden 7 -> 2) once the checker read property requirements on a type parameter's placeholder with their
        // associated types bound (`c.items` for `C: Container`, `items.first` for `C: Collection`, `description`:
        // `TypeChecker.placeholderProperty`) and the specializations a generic function's signature names under its
        // placeholders were made before the checker checked its body (`Compiler.makeSignatureSpecializations`:
        // `neuron.forward(x)` for `neuron: Neuron<A>`); 1,495 -> 1,491 by a declaration (Golden 1,114, Conformance 363);
        // 3 -> 2 (Conformance 1 -> 0) once an unannotated stored property's dictionary literal, compiled while its type is
        // declared, took the checker's type of it (`Compiler.unannotatedDictionaryType`) instead of compiling its
        // anchor (Golden 1,112, Conformance 362 by a declaration); Golden 1,115 with `any_literals_in_context` (session 27).
        // Session 28 (s28-generic): 2 -> 1 (Golden) once the checker typed `xs.sorted()` on an array of a Comparable type
        // parameter's placeholder (`TypeChecker.placeholderOrderCall`), and checked each generic member once with
        // placeholders: Golden 1,114, Conformance 364 by a declaration. Session 29: Golden +9 with s29-valid's goldens
        // `literal_receivers`, `any_joined_literals` and `inherited_static_*` (their variables' declared types), -4 once
        // s29-coerce deleted the generator's `coerce` (the checker reports what it reported): 1,119. Session 30 (s30-typed):
        // 1 -> 0 compiled (Golden) once the checker typed an operator on a `Numeric` placeholder's values as a function of
        // a pair and beside an integer literal (`zip(self, other).map(*)` in `layers_and_containers`,
        // `Compiler.placeholderOperatorResult`); Conformance 364 -> 359 by a declaration once the checker typed the
        // generic subscript a protocol extension gives a conforming type (`genericSubscript.swift`). Session 30 (s30-internal):
        // Golden +27 with the goldens `subscript_places` and `unicode_scalar_inits` (their variables' declared types): 1,146; +58 with s30-init's golden
        // `initializer_coverage`: 1,204.
        // Session 30 (s30-conf): the conformance corpus took 77 more listings: 5 unanswered (an open gap), the
        // declared figures after all of session 30's merges. Session 31 (s31-condconf): 5 -> 0 (the refused Protocols
        // listings compile); Golden +19 with the goldens `conditional_conformance` and `nested_protocols`: 1,223.
        XCTAssertEqual(tally.byCorpus.mapValues(\.unanswered),
                       ["Conformance": 0, "FuzzRegressions": 0, "GeneratedMistakes": 0, "Golden": 0, "Positions": 0],
                       tally.listing)
        XCTAssertEqual(tally.byCorpus.mapValues(\.compiled),
                       ["Conformance": 0, "FuzzRegressions": 0, "GeneratedMistakes": 0, "Golden": 0, "Positions": 0],
                       tally.listing)
        XCTAssertEqual(tally.byCorpus.mapValues(\.declared),
                       ["Conformance": 415, "FuzzRegressions": 0, "GeneratedMistakes": 0, "Golden": 1223, "Positions": 15],
                       tally.listing)
        // Session 31 (s31-generics): the decisions the generator took again that the checker had taken
        // (`CompileCounts.generatorDecisions`, issue 12 item 1): type arguments inferred again (`inferGenericBindings`,
        // `inferTypeArguments`), a plain member or an extension's subscript chosen over a generic one or the built-in
        // one (`plainMemberFits`, `extensionSubscriptFits`), a literal operand's context (`numericContext`,
        // `arrayLiteralOperandContext`, `anyJoinedLiteralContext`, `tupleLiteralOperandContext`), a subscripted literal's
        // (`subscriptedLiteralType`), `reduce`'s initial value's (`reduceInitialExpected`), `max`/`min` as values
        // (`minMaxFunctionType`) and an unannotated property's literal typed by a checker of its own
        // (`unannotatedDictionaryType`). With the checker's records ignored (`NBRUN_IGNORE_CHECKED_DECISIONS=1`): 5,635
        // (Conformance 311, GeneratedMistakes 2,415, Golden 2,735, Positions 174). Once the checker recorded its
        // decisions (`CheckedTypes.decidedContext`, `genericBindings`, `plainMemberFits`) and the generator read them: 118.
        // Left: bodies compiled per conforming type, which the checker checks once with placeholders (`extension
        // Collection`'s `self[…]`, 49; literal operands in protocol extensions' bodies), unannotated stored properties'
        // literals typed before the cell's checker runs (28), a call without arguments whose type arguments only its
        // context binds (`Empty().make()`) and the Positions programs' `gen<U>() -> U?` calls (records are keyed by a
        // call's first argument).
        XCTAssertEqual(tally.byCorpus.mapValues(\.decisions),
                       ["Conformance": 10, "FuzzRegressions": 0, "GeneratedMistakes": 0, "Golden": 98, "Positions": 10],
                       tally.listing)
        // The other throw-away compilations (`Compiler.throwAwayCompilation`), counted since session 20: whether an
        // argument adapts to an overload's parameter (`adapts`: 66), `map`'s closure probed for Int results where
        // `[Double]` is expected (33), number literals typed against a generic parameter (8), an opaque result's
        // underlying type (11) and whether a closure throws (2); a closure argument's type for inferring type
        // arguments is the checker's everywhere (0). Session 21: s21-probes took golden 101 -> 52 (and conformance 3 -> 0)
        // once `map`'s closure where `[Double]` is expected was compiled for a Double result from the checker's type of
        // it, number literals typed last against a generic parameter took the checker's type, and the checker inferred
        // the underlying type of an opaque result (`TypeChecker.inferredResult`); s21-overloads took the rest (golden
        // 52 -> 0, positions 16 -> 0) once the overload fit read whether an argument adapts from the checker's types and
        // the rule both passes follow (`ArgumentAdaptation`), and whether a closure throws from the checker's record
        // (`TypeChecker.recordClosureThrows`). No throw-away compilation is left in these corpora.
        XCTAssertEqual(tally.byCorpus.mapValues(\.throwAway),
                       ["Conformance": 0, "FuzzRegressions": 0, "GeneratedMistakes": 0, "Golden": 0, "Positions": 0],
                       tally.listing)
        let total = tally.total
        try OracleFigures.check("types the generator asked for", "\(OracleFigures.grouped(total.requests)) for "
                                + "\(OracleFigures.grouped(total.nodes)) nodes: \(OracleFigures.grouped(total.declared)) answered by "
                                + "a declaration, \(total.compiled) by compiling the node, \(total.unanswered) unanswered; "
                                + "\(total.throwAway) throw-away compilations", test: "TypeOnlyCompilationTests")
    }

    func testSuperStaticPlacesImplicitUnwrapsAndFunctionValuesAreTypedWithoutCompiling() {
        // `super` as a base, `super[i]` and a static property as targets, a user subscript as a compound target, the
        // implicit `names!` and `total!` of reads of `T!`, and a function of one overload passed as a value: each
        // compiled to learn its type before the checker typed it (6 type-only compilations).
        let code = """
        class Counter { var count = 0; subscript(i: Int) -> Int { get { i } set { print("set", i, newValue) } } }
        class Double2: Counter {
            static var made = 0
            override subscript(i: Int) -> Int { get { super[i] * 10 } set { super[i] = newValue + 1 } }
            func add() { super.count += 2; Double2.made += 1 }
        }
        func twice(_ x: Int) -> Int { x * 2 }
        func apply(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] { try xs.map(f) }
        var names: [String]! = ["x"]
        names.append("y")
        var total: Int! = 1
        total += 2
        let d = Double2()
        d.add()
        d[3] += 1
        print(apply([1, 2], twice), names!, total!, Double2.made, d.count)
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "set 3 32\n[2, 4] [\"x\", \"y\"] 3 1 2\n")
    }

    func testOverloadedCallsArgumentsNilComparedAssignmentsAndCopiedRangesAreTypedWithoutCompiling() {
        // Arguments of overloaded calls typed against the chosen parameter only (`d * 2`, `flag ? 1 : 2`, `Dog()` for
        // an `Animal`), an assignment compared with `nil` on the left and a one-sided range whose bound the generator
        // evaluates once (`xs[...k()]`): each compiled to learn its type before the checker typed it alone (5).
        let code = """
        func describe(_ x: Int) -> String { "Int \\(x)" }
        func describe(_ x: Double) -> String { "Double \\(x)" }
        class Animal {}
        class Dog: Animal {}
        func kind<T>(_ x: T) -> String { "generic" }
        func kind(_ a: Animal) -> String { "Animal" }
        final class Box { var v: Int? = 1 }
        let box: Box? = Box()
        let d = 3.0
        var xs = [5, 3, 8, 1]
        func k() -> Int { 1 }
        let flag = d > 2
        print(describe(d * 2), describe(flag ? 1 : 2), kind(Dog()), nil != (box?.v = 4), xs[...k()].map { $0 * 2 })
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "Double 6.0 Int 1 Animal true [10, 6]\n")
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
        // A class's dictionary property's anchor (`Item(price: 1)` in `items`), compiled while the type is declared, was
        // compiled once to learn its type (s23-typeonly); the checker types the literal first (s25-requests).
        assertEveryTypeAnswered(counted)
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
        // The 38 receivers of the `reversed()` chain in `Stack<String>` and `Stack<Int>` were compiled to learn their
        // types (s23-typeonly) while the specializations the cell names compiled their members' bodies before the
        // checker ran; those bodies now compile once it has run, and it checks them per specialization
        // (s24-generics).
        assertEveryTypeAnswered(counted, compiling: 0)
        // swiftc prints the same with 2 links (20 exceed its type-checking time).
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "b 2 [\"a\"] [1]\n")
    }

    func testChecksWithPlaceholdersReadTheCheckersTypes() {
        // Generic bodies the generator checks with placeholders for their type parameters: the checker checks them
        // under the same placeholders first (`n - 1`, `a % b` beside a recursive generic call, `a.count` as `min`'s
        // anchor, `out[v, default: []]` and a protocol extension's `items` as receivers, `count` in an `extension
        // Array`, a generic method's body): each compiled to learn its type before.
        let code = """
        func depth<T>(_ x: T, _ n: Int) -> Int { n == 0 ? 0 : 1 + depth(x, n - 1) }
        func dot<T: Numeric>(_ a: [T], _ b: [T]) -> T {
            var s: T = 0
            for i in 0..<min(a.count, b.count) { s += a[i] * b[i] }
            return s
        }
        func gcd<T: BinaryInteger>(_ a: T, _ b: T) -> T { b == 0 ? a : gcd(b, a % b) }
        func invert<K, V>(_ d: [K: V]) -> [V: [K]] { var out: [V: [K]] = [:]; for (k, v) in d { out[v, default: []].append(k) }; return out }
        protocol Bag {
            associatedtype Item
            var items: [Item] { get set }
        }
        extension Bag {
            mutating func add(_ item: Item) { items.append(item) }
        }
        struct Ints: Bag { var items: [Int] = [] }
        extension Array {
            func pairs() -> Int { Swift.min(count, 2) }
        }
        struct Counter {
            func depth<T>(_ x: T, _ n: Int) -> Int { n == 0 ? 0 : 1 + depth(x, n - 1) }
        }
        var bag = Ints()
        bag.add(4)
        print(depth("a", 3), dot([1, 2], [3, 4]), gcd(12, 18), invert(["a": 1]), bag.items, [1, 2, 3].pairs(), Counter().depth(1.5, 2))
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "3 11 6 [1: [\"a\"]] [4] 2 2\n")
    }

    func testOperatorsOnNumericPlaceholdersAreTypedWithoutCompiling() {
        // `zip(self, other).map(*)` in `extension Array where Element: Numeric` (layers_and_containers), `map { $0 * 2 }`
        // and a generic function's `zip(xs, ys).map(*)`: checked with a placeholder for the element, the operator's
        // result on two placeholders is the placeholder (`Compiler.placeholderOperatorResult`); each receiver of
        // `reduce` was compiled to learn its type before (session 30).
        let code = """
        extension Array where Element: Numeric {
            func dot(_ other: [Element]) -> Element { zip(self, other).map(*).reduce(0, +) }
            func doubledSum() -> Element { map { $0 * 2 }.reduce(0, +) }
            func sums(_ other: [Element]) -> [Element] { zip(self, other).map(+) }
        }
        func total<T: Numeric>(_ xs: [T], _ ys: [T]) -> T { zip(xs, ys).map(*).reduce(0, +) }
        print([1, 2, 3].dot([4, 5, 6]), [0.5, 1].dot([2, 2]), [1, 2].doubledSum(), [1.5].sums([2]), total([1, 2], [3, 4]))
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "32 3.0 6 [3.5] 11\n")
    }

    func testOptionalChainBasesOfImplicitlyUnwrappedReadsAreTypedWithoutCompiling() {
        // Whether `counter?.count` reads a `T!` property asks the type of `counter?`'s base, `counter` (the link was
        // compiled to learn it: 4 type-only compilations).
        let code = """
        final class Counter { var count = 0; var limit: Int! = 5 }
        var counter: Counter! = Counter()
        counter?.count += 1
        counter?.limit += 2
        let l = counter?.limit
        print(counter.count, counter.limit!, l as Any)
        var opt: Counter? = Counter()
        opt?.limit += 3
        opt?.count += 4
        print(opt!.limit!, opt?.limit as Any, opt?.count as Any)
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text,
                       "1 7 Optional(7)\n8 Optional(8) Optional(4)\n")
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
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "2 2 1 3 1 3\n")
    }

    func testStoredPropertiesBesideImplicitlyUnwrappedOptionalsAreTypedWithoutCompiling() {
        // A cell that declares a `T!` anywhere made every stored property read (`items` for `self.items`, the
        // receiver of `items.append`) compile to learn its type, the field's declared type aside (the 4 of
        // docs/language.md's generic `Stack` after `let assumed: String!`); only a `T!` field's read is, now.
        let code = """
        let assumed: String! = "text"
        struct Stack<Element> {
            var items: [Element] = []
            mutating func push(_ item: Element) { items.append(item) }
        }
        extension Stack { var top: Element? { items.last } }
        final class Node { var label: String! = "n"; var children: [Node] = [] }
        var words = Stack<String>()
        words.push(assumed)
        let node = Node()
        node.children.append(Node())
        print(words.top!, words.items.count, node.children.count, node.label.count)
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "text 1 1 1\n")
    }

    func testTheGeneratorTakesTheCheckersDecisions() {
        // Issue 12: the checker decides and records (`CheckedTypes.decidedContext`, `genericBindings`, `plainMemberFits`),
        // the generator reads: a number literal beside a Double (`2 * xs[0] + 1`), `reduce`'s initial value, `max` as
        // a value, a subscripted literal where a Character is expected, an array literal beside an array and joined as
        // an `[Any]`, type arguments inferred (`Box(value: 3)`, `map<U>`, `pair`), a plain method beside a generic one,
        // a generic subscript and an extension's subscript of Int. None is decided again by the generator.
        let code = """
        extension Int {
            subscript(digitIndex: Int) -> Int {
                var base = 1
                for _ in 0..<digitIndex { base *= 10 }
                return (self / base) % 10
            }
        }
        struct Box<T> {
            var value: T
            func map<U>(_ f: (T) -> U) -> Box<U> { Box<U>(value: f(value)) }
        }
        struct Counter {
            var total = 0
            func describe(_ x: Int) -> String { "plain \\(x)" }
            func describe<T>(_ x: T) -> String { "generic \\(x)" }
            subscript<I: Sequence>(_ items: I) -> Int where I.Element == Int { items.reduce(0, +) }
        }
        func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
        let xs = [1.5, 2.5]
        let total = xs.reduce(0, +)
        let scale = 2 * xs[0] + 1
        let best = [3, 9, 4].reduce(0, max)
        let suit: Character = ["a", "b"][1]
        let joined = [0.5] + xs
        let any: [Any] = xs + ["s", 2]
        let b = Box(value: 3).map { "\\($0)" }
        let c = Counter()
        print(total, scale, best, suit, joined, any.count, b.value, pair(1, "x"), c.describe(1), c.describe("s"), c[[1, 2, 3]], 746381295[2])
        """
        let counted = counts(code)
        // One left: `items.reduce(0, +)` in the generic subscript's body, whose record the checker made under another
        // contextual type.
        XCTAssertEqual(counted.generatorDecisions, 1, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text,
                       "4.0 4.0 9 b [0.5, 1.5, 2.5] 4 3 (1, \"x\") plain 1 generic s 6 2\n")
    }

    func testGenericMembersOfASpecializationNamedInTheCellAreCheckedWithTheChecker() {
        // `Queue<Int>` is named in the cell, so it is made before the cell's checker exists; its generic method
        // `map<U>` was then checked with placeholders without the checker, and fitting `init(items:)` against the
        // generic `init<S>` compiled `items.map(f)` to learn its type (docs/language.md's last type-only compilation).
        let code = """
        struct Queue<Element> {
            var items: [Element]
            func map<U>(_ f: (Element) -> U) -> Queue<U> { Queue<U>(items: items.map(f)) }
            init(items: [Element]) { self.items = items }
            init<S: Sequence>(_ s: S) where S.Element == Element { items = []; for e in s { items.append(e) } }
        }
        print(Queue<Int>([1, 2]).map { $0 * 10 }.items)
        """
        let counted = counts(code)
        assertEveryTypeAnswered(counted)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "[10, 20]\n")
    }
}

/// Type requests and what answered them, and throw-away compilations, summed per corpus and per calling site.
struct TypeOnlyTally {
    /// One corpus's sums.
    struct Sums: Equatable {
        var nodes = 0, requests = 0, declared = 0, compiled = 0, unanswered = 0, throwAway = 0, decisions = 0

        /// Sums of one program's counts.
        init(_ counts: CompileCounts) {
            self.init(nodes: counts.nodes, requests: counts.typeRequests, declared: counts.declaredTypeAnswers,
                      compiled: counts.compiledTypeAnswers, unanswered: counts.unansweredTypeRequests,
                      throwAway: counts.throwAwayCompilations, decisions: counts.generatorDecisions)
        }

        init(nodes: Int = 0, requests: Int = 0, declared: Int = 0, compiled: Int = 0, unanswered: Int = 0, throwAway: Int = 0,
             decisions: Int = 0) {
            (self.nodes, self.requests, self.declared) = (nodes, requests, declared)
            (self.compiled, self.unanswered, self.throwAway, self.decisions) = (compiled, unanswered, throwAway, decisions)
        }

        static func + (a: Sums, b: Sums) -> Sums {
            Sums(nodes: a.nodes + b.nodes, requests: a.requests + b.requests, declared: a.declared + b.declared,
                 compiled: a.compiled + b.compiled, unanswered: a.unanswered + b.unanswered, throwAway: a.throwAway + b.throwAway,
                 decisions: a.decisions + b.decisions)
        }
    }

    private(set) var byCorpus: [String: Sums] = [:]
    private(set) var bySite: [String: (count: Int, programs: Set<String>)] = [:]

    /// Compiles `cells` (the program `program`) in one interpreter, in order, and adds its counts to `corpus`'s.
    mutating func add(_ corpus: String, program: String, cells: [CellSource]) {
        let interpreter = Interpreter()
        interpreter.resetCompileCounts(countingSites: true)
        for cell in cells { _ = interpreter.compile(cell) }
        add(corpus, program: program, interpreter.compileCounts)
    }

    /// Adds `counts`, the program `program`'s, to `corpus`'s.
    mutating func add(_ corpus: String, program: String, _ counts: CompileCounts) {
        byCorpus[corpus] = byCorpus[corpus, default: Sums()] + Sums(counts)
        for (site, count) in counts.bySite ?? [:] {
            for (what, n) in [("compiled", count.compiled), ("unanswered", count.unanswered), ("throw-away", count.throwAway),
                              ("decision", count.decisions)] where n > 0 {
                bySite[corpus + " " + what + " " + site, default: (0, [])].count += n
                bySite[corpus + " " + what + " " + site, default: (0, [])].programs.insert(program)
            }
        }
    }

    /// The sums over every corpus.
    var total: Sums {
        byCorpus.values.reduce(Sums(), +)
    }

    /// One line per corpus, then one per site with requests compiled or unanswered or throw-away compilations.
    var listing: String {
        byCorpus.sorted { $0.key < $1.key }.map { corpus, sums in
            "\(corpus): \(sums.requests) type requests (\(sums.declared) answered by a declaration, \(sums.compiled) by "
                + "compiling the node, \(sums.unanswered) unanswered), \(sums.throwAway) throw-away compilations for "
                + "\(sums.nodes) nodes, \(sums.decisions) generator decisions\n"
        }.joined()
            + bySite.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { site, value in
                "  \(site): \(value.count) in \(value.programs.sorted().prefix(4).joined(separator: ", "))\n"
            }.joined()
    }
}
