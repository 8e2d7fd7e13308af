import CellLanguage
import Diagnostics
import XCTest

/// Compile-time diagnostics: exact messages and exact notebook positions (cells start at line 40, fenced with
/// a 2-column indent, so every position is shifted).
final class DiagnosticsTests: XCTestCase {
    private let firstLine = 40
    private let indent = 2

    private func compile(_ code: String, in interpreter: Interpreter = Interpreter()) -> [Diagnostic] {
        interpreter.compile(CellSource(code: code, firstLine: firstLine, columnOffset: indent)).diagnostics
    }

    /// The diagnostic as `line:column: message`, in cell-relative terms for readable expectations.
    private func describe(_ diagnostic: Diagnostic) -> String {
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(location.line - firstLine + 1):\(location.column - indent): \(diagnostic.message)"
    }

    private func assertDiagnostics(_ code: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(compile(code).map(describe), expected, file: file, line: line)
    }

    func testUnknownNameWithSuggestionInNotebookCoordinates() throws {
        let diagnostics = compile("let slope = 2.0\nlet y = slpoe * 3")
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(diagnostic.message, "cannot find 'slpoe' in scope")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 41, column: 11))
        XCTAssertEqual(diagnostic.notes, ["did you mean 'slope'?"])
        XCTAssertEqual(diagnostic.severity, .error)
    }

    /// A generic type written in an expression (`Set<S>()`) keeps its positions: a key or element that is not
    /// Hashable is reported at the container, as swiftc 6 does, and never echoed naming `<<error type>>`.
    func testGenericArgumentsInExpressionsKeepTheirPositionsAndErrorTypesAreNotEchoed() {
        assertDiagnostics("struct S {}\nstruct P { var s = 1 }\nvar set = Set<S>()\nlet d = Dictionary<S, Int>()",
                          ["3:11: type 'S' does not conform to protocol 'Hashable'",
                           "4:9: type 'S' does not conform to protocol 'Hashable'"])
    }

    func testUnknownNameWithoutCloseCandidateHasNoNote() throws {
        let diagnostic = try XCTUnwrap(compile("print(zzzzqqq)").first)
        XCTAssertEqual(diagnostic.message, "cannot find 'zzzzqqq' in scope")
        XCTAssertEqual(diagnostic.notes, [])
    }

    func testSeveralIndependentErrorsInOneCompile() {
        assertDiagnostics("""
        let n = 1
        let a = n + 2.5
        let w: Int = 2.5
        let s = "a" - "b"
        let q = 5
        q = 6
        """, [
            "2:11: binary operator '+' cannot be applied to operands of type 'Int' and 'Double'",
            "3:14: cannot convert value of type 'Double' to specified type 'Int'",
            "4:13: binary operator '-' cannot be applied to two 'String' operands",
            "6:1: cannot assign to value: 'q' is a 'let' constant",
        ])
    }

    /// Messages checked against swiftc 6.3 that the position programs cannot hold (swiftc words them differently
    /// inside closures, or reports them only once type-checking succeeded).
    func testNilForANonOptionalAndAMismatchedSearch() {
        assertDiagnostics("""
        let s: String = nil
        let i = [1, 2].firstIndex(of: "a")
        """, [
            "1:17: 'nil' cannot initialize specified type 'String'",
            "2:31: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    /// A parse error does not hide the independent mistakes in the cell's other statements (as swiftc reports them).
    func testMistakesAfterAParseErrorAreStillReported() {
        assertDiagnostics("""
        let a = 1
        let b = (a +
        let c: Int = "x"
        func f() -> Int { return "s" }
        print(undefinedName, b)
        """, [
            "2:13: expected expression after operator",
            "2:13: expected ')' to end tuple",
            "3:14: cannot convert value of type 'String' to specified type 'Int'",
            "4:26: cannot convert return expression of type 'String' to return type 'Int'",
            "5:7: cannot find 'undefinedName' in scope",
        ])
    }

    /// Swift's definite-initialization errors, with swiftc's messages and positions (checked against swiftc 6.3).
    func testDefiniteInitialization() {
        assertDiagnostics("""
        let c = [1, 2].count == 2
        let x: Int
        if c { x = 1 }
        print(x)
        let y: Int
        for i in 0..<3 { y = i }
        var z: Int
        print(z)
        let w: Int
        w = 1
        w = 2
        var v: [Int]
        v.append(1)
        let u: Int
        switch 3 { case 1: u = 1; case 2: break; default: u = 3 }
        print(u)
        let q: Int
        repeat { q = 5 } while c
        func f() -> Int { var n: Int; n += 1; return n }
        """, [
            "4:7: constant 'x' used before being initialized",
            "6:20: immutable value 'y' may only be initialized once",
            "8:7: variable 'z' used before being initialized",
            "11:3: immutable value 'w' may only be initialized once",
            "13:3: variable 'v' used before being initialized",
            "16:7: constant 'u' used before being initialized",
            "18:12: immutable value 'q' may only be initialized once",
            "19:33: variable 'n' passed by reference before being initialized",
        ])
    }

    func testArgumentLabelErrors() {
        assertDiagnostics("""
        func f(x: Int) -> Int { x }
        f(3)
        f(y: 3)
        f(x: 1, 2)
        f()
        func g(_ v: Double) {}
        g(v: 1)
        """, [
            "2:3: missing argument label 'x:' in call",
            "3:2: incorrect argument label in call (have 'y:', expected 'x:')",
            "4:9: extra argument in call",
            "5:3: missing argument for parameter 'x' in call",
            "7:2: extraneous argument label 'v:' in call",
        ])
    }

    func testTypeErrorsInCallsAndMembers() {
        assertDiagnostics("""
        var arr = [1, 2]
        arr.append("x")
        let u = arr.cout
        let t: Double = sqrt("4")
        """, [
            "2:12: cannot convert value of type 'String' to expected argument type 'Int'",
            "3:13: value of type '[Int]' has no member 'cout'",
            "4:22: cannot convert value of type 'String' to expected argument type 'Double'",
        ])
    }

    func testUnsupportedConstructsAreReportedAtTheirPosition() {
        assertDiagnostics("""
        protocol Shape { static subscript(i: Int) -> Int { get } }
        let x = 1
          actor A {}
        """, [
            "1:18: 'static' is not supported in nbrun cells",
            "3:3: 'actor' is not supported in nbrun cells",
        ])
    }

    func testParseErrorsAreAllReportedAtTheirPositions() {
        let diagnostics = compile("print(\"a\"\nlet = 3\n")
        XCTAssertGreaterThanOrEqual(diagnostics.count, 2)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .error })
        XCTAssertEqual(describe(diagnostics[0]), "1:10: expected ')' to end function call")
        XCTAssertTrue(diagnostics.contains { $0.location?.line == firstLine + 1 }, "\(diagnostics.map(describe))")
    }

    func testColumnsCountCharactersNotBytes() throws {
        let diagnostic = try XCTUnwrap(compile("let è = \"😀\"; print(è, nope)").first)
        XCTAssertEqual(describe(diagnostic), "1:23: cannot find 'nope' in scope")
    }

    func testMissingReturnAndGuardFallthrough() {
        assertDiagnostics("""
        func f(_ x: Int) -> Int {
            if x > 0 { return 1 }
        }
        func g(_ x: Int?) {
            guard let y = x else { print("no") }
            print(y)
        }
        """, [
            "3:1: missing return in global function expected to return 'Int'",
            "5:40: 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
        ])
    }

    func testLaterCellsSeeNamesOfBrokenCells() {
        let interpreter = Interpreter()
        let first = interpreter.compile(CellSource(code: "let rate = 0.1\nlet broken = rate + nope", firstLine: 1))
        XCTAssertEqual(first.diagnostics.map(\.message), ["cannot find 'nope' in scope"])
        // Known names, not "cannot find": each use is the one error that says why they have no value.
        let second = interpreter.compile(CellSource(code: "print(rate, broken)", firstLine: 5))
        XCTAssertEqual(second.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }, [
            "5:7: 'rate' is not available: the cell that declares it (line 1) did not compile",
            "5:13: 'broken' is not available: the cell that declares it (line 2) did not compile",
        ])
        let unparsable = interpreter.compile(CellSource(code: "let total = (1 +\nfunc h() -> Int { 1 }", firstLine: 9))
        XCTAssertFalse(unparsable.diagnostics.isEmpty)
        let third = interpreter.compile(CellSource(code: "print(total, h())", firstLine: 12))
        XCTAssertEqual(third.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }, [
            "12:7: 'total' is not available: the cell that declares it (line 9) did not compile",
            "12:14: 'h' is not available: the cell that declares it (line 10) did not compile",
        ])
    }

    func testCompileAllThenRunInOrder() {
        let interpreter = Interpreter()
        let cells = [
            CellSource(code: "var xs: [Double] = []", firstLine: 3),
            CellSource(code: "xs.append(1.5)\nfunc total() -> Double { xs.reduce(0, +) }", firstLine: 7),
            CellSource(code: "print(total(), xs)", firstLine: 12),
        ]
        let compiled = cells.map(interpreter.compile)
        XCTAssertTrue(compiled.allSatisfy { !$0.hasErrors })
        let outputs = compiled.map { interpreter.run($0).text }
        XCTAssertEqual(outputs, ["", "", "1.5 [1.5]\n"])
    }

    /// `private(set)` properties: assignable inside the type and its extensions, swiftc's errors elsewhere (positions
    /// from swiftc on the same program).
    func testPrivateSetterIsInaccessibleOutsideItsType() {
        assertDiagnostics("""
        struct T {
           private(set) var n = 0
           mutating func f() { n += 1 }
        }
        extension T { mutating func g() { n += 2 } }
        var s = T()
        s.n += 1
        s.n = 5
        class C { private(set) var m = 0 }
        let c = C()
        c.m = 3
        """, [
            "7:5: left side of mutating operator isn't mutable: 'n' setter is inaccessible",
            "8:3: cannot assign to property: 'n' setter is inaccessible",
            "11:3: cannot assign to property: 'm' setter is inaccessible",
        ])
    }

    /// A top-level function naming a private or fileprivate type in its signature must itself be private or
    /// fileprivate (messages and positions from swiftc on the same program).
    func testSignatureUsingARestrictedTypeMustBeRestricted() {
        assertDiagnostics("""
        private class P {}
        fileprivate struct F {}
        class I {}
        func a() -> (I, P) { (I(), P()) }
        func b(_ x: F) {}
        private func c() -> P { P() }
        func d(_ x: [P]) -> Int { 0 }
        """, [
            "4:6: function must be declared private or fileprivate because its result uses a private type",
            "5:6: function must be declared private or fileprivate because its parameter uses a fileprivate type",
            "7:6: function must be declared private or fileprivate because its parameter uses a private type",
        ])
    }

    /// `3 ?? 4` is valid Swift: swiftc warns (same words, same column) and the program prints 3; a right side of
    /// another type is swiftc's operator error at the `??`, without the warning (the checker's, swiftc 6's lines).
    func testNilCoalescingOnANonOptionalIsAWarning() {
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: "let a = 3 ?? 4\nprint(a)", firstLine: 1))
        XCTAssertFalse(compiled.hasErrors)
        XCTAssertEqual(compiled.diagnostics.map { "\($0.severity) \($0.location!.line):\($0.location!.column): \($0.message)" },
                       ["warning 1:11: left side of nil coalescing operator '??' has non-optional type 'Int', so the right side is never used"])
        XCTAssertEqual(interpreter.run(compiled).text, "3\n")
        let mismatched = Interpreter().compile(CellSource(code: "let b = 3 ?? \"x\"\nlet s = \"t\"\nlet c = s ?? 3", firstLine: 1))
        XCTAssertEqual(mismatched.diagnostics.map { "\($0.severity) \($0.location!.line):\($0.location!.column): \($0.message)" }, [
            "error 1:11: binary operator '??' cannot be applied to operands of type 'Int' and 'String'",
            "error 3:11: binary operator '??' cannot be applied to operands of type 'String' and 'Int'",
        ])
    }

    func testRedeclarationInOneCellIsAnErrorButLaterCellsMayRedefine() {
        let interpreter = Interpreter()
        XCTAssertEqual(compile("let a = 1\nlet a = 2", in: interpreter).map(describe), ["2:5: invalid redeclaration of 'a'"])
        let redefined = interpreter.execute(CellSource(code: "let a = \"text\"\nprint(a)", firstLine: 50))
        XCTAssertEqual(redefined.text, "text\n")
        XCTAssertTrue(redefined.succeeded)
    }

    /// The same variable passed twice as `&`: swiftc's two errors, at the second and at the first argument.
    func testInoutArgumentsMustNotAlias() {
        assertDiagnostics("func f() {\n    var q = 3\n    swap(&q, &q)\n}", [
            "3:10: overlapping accesses to 'q', but modification requires exclusive access; consider copying to a local variable",
            "3:14: inout arguments are not allowed to alias each other",
        ])
    }

    /// `Comparable` without `<`: swiftc's error unless Swift synthesizes it (enums without raw values, whose payloads
    /// have `<`); a payload holding the enum itself is refused.
    func testComparableNeedsLessThanUnlessSynthesized() {
        assertDiagnostics("enum E: Int, Comparable { case a = 1, b = 2 }\nstruct S: Comparable { var x: Int }", [
            "1:6: type 'E' does not conform to protocol 'Comparable'",
            "2:8: type 'S' does not conform to protocol 'Comparable'",
        ])
        assertDiagnostics("enum L: Comparable { case a, b([Int]) }", ["1:6: type 'L' does not conform to protocol 'Comparable'"])
        assertDiagnostics("indirect enum R: Comparable { case a, b(R) }", [
            "1:15: 'Comparable' for an enum with associated values is not supported in nbrun cells (declare 'static func <')",
        ])
        assertDiagnostics("enum K: Comparable { case a, b }\nstruct T: Comparable { var x: Int; static func < (l: T, r: T) -> Bool { l.x < r.x } }", [])
    }

    /// A `let` stored property is initialized at most once in an initializer, and not at all when it has a value.
    func testLetPropertiesAreInitializedOnceInInitializers() {
        assertDiagnostics("struct S {\n  let c: Int\n  init() {\n    self.c = 1\n    self.c = 2\n  }\n}", [
            "5:12: immutable value 'self.c' may only be initialized once",
        ])
        assertDiagnostics("struct T {\n  let c: Int = 0\n  init() {\n    c = 1\n  }\n}", [
            "4:7: immutable value 'self.c' may only be initialized once",
        ])
        // One assignment per path, a delegating initializer, and a local shadowing the property are fine.
        assertDiagnostics("""
            struct U {
              let c: Int
              let d: Int
              init(c: Int, flag: Bool) { self.c = c; if flag { d = 1 } else { d = 2 } }
              init() { self.init(c: 1, flag: true) }
            }
            class V { let c: Int; init(x: Int) { var c = x; c += 1; self.c = c } }
            """, [])
    }

    /// swiftc's rule for variadic parameters: the next one needs a label, at its name.
    func testParameterAfterVariadicNeedsALabel() {
        assertDiagnostics("func f(_ a: Int..., _ b: String) {}", ["1:23: a parameter following a variadic parameter requires a label"])
        assertDiagnostics("func g(_ a: Int..., b: String) {}", [])
    }

    /// `var x: T?` without a value starts as nil (Swift's implicit initialization); `let` and `Optional<T>` do not.
    func testOptionalVariableWithoutValueIsNil() {
        assertDiagnostics("var a: Int?\nvar b: String!\nprint(a == nil, b == nil)", [])
        assertDiagnostics("var c: Optional<Int>\nprint(c == nil)", ["2:7: variable 'c' used before being initialized"])
    }
}

/// Diagnostics of the Phase B constructs (types, switch, optionals).
final class TypeDiagnosticsTests: XCTestCase {
    private func messages(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map { "\($0.location!): \($0.message)" }
    }

    func testStructMistakes() {
        XCTAssertEqual(messages("""
        struct P { let x: Int; var y = 0; mutating func bump() { y += 1 } }
        let p = P(x: 1)
        p.bump()
        var q = P(x: 1, y: 2)
        q.x = 3
        print(q.z)
        let r = P(y: 1)
        """), [
            "3:3: cannot use mutating member on immutable value: 'p' is a 'let' constant",
            "5:3: cannot assign to property: 'x' is a 'let' constant",
            "6:9: value of type 'P' has no member 'z'",
            "7:11: missing argument for parameter 'x' in call",
        ])
    }

    func testSwitchAndEnumMistakes() {
        XCTAssertEqual(messages("""
        enum Color { case red, green }
        let c = Color.red
        switch c {
        case .red: print("r")
        }
        let d: Color = .blue
        switch 3 { case "a": print(1); default: break }
        """), [
            "3:1: switch must be exhaustive",
            "6:17: type 'Color' has no member 'blue'",
            "7:17: expression pattern of type 'String' cannot match values of type 'Int'",
        ])
    }

    func testTupleSwitchExhaustiveness() {
        XCTAssertEqual(messages("""
        let a = true, b = false
        switch (a, b) {
        case (true, true): print(1)
        case (false, _): print(2)
        }
        switch (a, "x") {
        case (true, let s): print(s)
        case (false, "y"): print(3)
        }
        switch (a, b) {
        case (true, _): print(4)
        case (false, let x) where x: print(5)
        case (_, true): print(6)
        }
        switch (a, b) {
        case (true, _): print(7)
        case (let x, false): print(x)
        case (_, true): print(8)
        }
        """), [
            "2:1: switch must be exhaustive",
            "6:1: switch must be exhaustive",
            "10:1: switch must be exhaustive",
        ])
    }

    func testClosureMemberMistakes() {
        // Positions and messages as swiftc reports them.
        XCTAssertEqual(messages("""
        struct A { let name: String; let f: (Double) -> Double }
        let a = A(name: "x", f: { $0 })
        print(a.name(3))
        print(a.f("s"))
        print(a.f(1, 2))
        print(a.f(x: 1))
        let t = (x: 1, g: { (n: Int) in n })
        print(t.x(2))
        print(t.h(2))
        """), [
            "3:9: cannot call value of non-function type 'String'",
            "4:11: cannot convert value of type 'String' to expected argument type 'Double'",
            "5:14: extra argument in call",
            "6:10: extraneous argument label 'x:' in call",
            "8:9: cannot call value of non-function type 'Int'",
            "9:9: value of tuple type '(x: Int, g: (Int) -> Int)' has no member 'h'",
        ])
    }

    func testPatternConditionMistakes() {
        XCTAssertEqual(messages("""
        enum R { case v(Double), m }
        let r = R.v(1)
        if case .v(let s) = 3 { print(s) }
        if case 3 = "a" { }
        if case .w = r { }
        for case .v(let q) in [1, 2] { print(q) }
        if case let (p, q) = 5 { print(p, q) }
        let ch: Character = "a"
        switch ch { case "a"..."z": print(1); case 1...3: print(2); default: break }
        guard case .m = r else { print("no") }
        """), [
            "3:10: type 'Int' has no member 'v'",
            "4:9: expression pattern of type 'Int' cannot match values of type 'String'",
            "5:10: type 'R' has no member 'w'",
            "6:11: type 'Int' has no member 'v'",
            "7:22: cannot convert value of type 'Int' to specified type '(_, _)'",
            "9:45: expression pattern of type 'ClosedRange<Int>' cannot match values of type 'Character'",
            "10:38: 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
        ])
    }

    func testOptionalChainAssignmentAndSwapMistakes() {
        XCTAssertEqual(messages("""
        var n: Int = 3
        n?.description
        let i = 3
        i! += 1
        var x = 1, y = 2.0
        swap(&x, &y)
        swap(x, &x)
        let c = 4
        swap(&c, &x)
        var found: (row: Int, column: Int)? = nil
        found = (1, "a")
        final class K { var k = 0; init() {} }
        let kk: K? = K()
        kk?.k = "s"
        kk?.z = 1
        struct P { let x: Int; var y: Int }
        let p = P(x: 1, y: 2)
        func bump(_ v: inout Int) { v += 1 }
        bump(&p.y)
        """), [
            "2:2: cannot use optional chaining on non-optional value of type 'Int'",
            "4:2: cannot force unwrap value of non-optional type 'Int'",
            "6:10: cannot convert value of type 'Double' to expected argument type 'Int'",
            "7:6: passing value of type 'Int' to an inout parameter requires explicit '&'",
            "9:6: cannot pass immutable value as inout argument: 'c' is a 'let' constant",
            // swiftc 6 fails to produce a diagnostic for the literal; for a tuple variable it names the wrapped type.
            "11:9: cannot assign value of type '(row: Int, column: String)' to type '(row: Int, column: Int)'",
            "14:9: cannot assign value of type 'String' to type 'Int'",
            "15:5: value of type 'K' has no member 'z'",
            "19:6: cannot pass immutable value as inout argument: 'p' is a 'let' constant",
        ])
    }

    func testOptionalChainIsAPlaceOnlyForAssignment() {
        XCTAssertEqual(messages("""
        struct P { var x = 0 }
        var p: P? = nil
        var y = 0
        (p?.x, y) = (1, 2)
        func bump(_ v: inout Int) { v += 1 }
        bump(&p?.x)
        swap(&p?.x, &y)
        """), [
            "4:5: cannot assign to immutable expression of type 'Int?'",
            // swiftc 6 reports both mistakes of `&p?.x` given to an `Int` parameter.
            "6:6: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "6:6: cannot pass immutable value of type 'Int?' as inout argument",
            "7:6: cannot pass immutable value of type 'Int?' as inout argument",
        ])
    }

    func testOptionalMistakes() {
        XCTAssertEqual(messages("""
        let a: Int? = 3
        let b = a + 1
        let n = 5
        if let m = n { print(m) }
        print(a.description)
        """), [
            "2:9: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "4:4: initializer for conditional binding must have Optional type, not 'Int'",
            "5:7: value of optional type 'Int?' must be unwrapped to refer to member 'description' of wrapped base type 'Int'",
        ])
    }
}

/// `did you mean` notes for misspelt members of built-in types.
final class MemberSuggestionTests: XCTestCase {
    func testMisspeltMembersGetSuggestions() {
        let diagnostics = Interpreter().compile(CellSource(code: "var xs = [1]\nxs.apend(2)\nprint(xs.cout, \"a\".uppercase())",
                                                           firstLine: 1)).diagnostics
        XCTAssertEqual(diagnostics.map(\.message), [
            "value of type '[Int]' has no member 'apend'",
            "value of type '[Int]' has no member 'cout'",
            "value of type 'String' has no member 'uppercase'",
        ])
        XCTAssertEqual(diagnostics.map(\.notes), [["did you mean 'append'?"], ["did you mean 'count'?"], ["did you mean 'uppercased'?"]])
    }
}
