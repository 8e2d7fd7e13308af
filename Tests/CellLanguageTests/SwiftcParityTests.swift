import CellLanguage
import Diagnostics
import XCTest

/// Differences from swiftc found by review (session 11): each program here is refused by nbrun where and as swiftc
/// refuses it (the expected lines are swiftc's `line:column: message`, from compiling the program), or refused by
/// nbrun with a clear message where swiftc accepts something nbrun does not support.
final class SwiftcParityTests: XCTestCase {
    func testExtraneousInitializerLabelIsReportedAtTheParenthesis() {
        // swiftc: a labelled argument of the initializer's own type matches the unlabelled initializer.
        XCTAssertEqual(diagnosticLines("""
            print(Int(x: 2))
            let n = 3
            print(Int (x: n))
            print(Bool(v: 1 < 2))
            """), [
            "1:10: extraneous argument label 'x:' in call",
            "3:11: extraneous argument label 'x:' in call",
            "4:11: extraneous argument label 'v:' in call",
        ])
        // Any other argument matches no initializer (swiftc's "no exact matches in call to initializer").
        XCTAssertEqual(diagnosticLines("print(Int(x: 2.5))"), ["1:7: no exact matches in call to initializer"])
    }

    func testStoredPropertyDefaultsNamingStaticMembersAreCheckedOnce() {
        // A default value naming a static member of a type of the cell compiles at the end of the cell
        // (`DeferredFieldDefault`); its mistakes are still reported once, where swiftc reports them.
        XCTAssertEqual(diagnosticLines("""
            struct Config {
                static let name = "cfg"
                var a = Config.nope
                var b: Int = Config.name
                var c = Config.name.count
            }
            print(Config().c)
            """), [
            "3:20: type 'Config' has no member 'nope'",
            "4:25: cannot convert value of type 'String' to specified type 'Int'",
        ])
    }

    func testAThrowingGetterIsRefusedOnceWithoutItsBodysErrors() {
        // swiftc accepts effectful getters; nbrun refuses the effect, and not the `throw` in the body again.
        XCTAssertEqual(diagnosticLines("""
            enum E: Error { case bad }
            struct Risky {
                var v = 1
                var checked: Int { get throws { if v < 0 { throw E.bad }; return v } }
            }
            """), ["4:28: 'throws' is not supported in nbrun cells"])
    }

    func testArgumentLabelsArePluralOnlyWhenSeveralAreWrong() {
        // swiftc 6: "label" when one label of the call differs from the declaration's, "labels" when several do.
        XCTAssertEqual(diagnosticLines("""
            func f(a: Int, b: Int) {}
            f(x: 1, y: 2)
            f(a: 1, y: 2)
            func g(_ a: Int, b: Int, c: Int) {}
            g(1, x: 2, y: 3)
            g(1, b: 2, y: 3)
            """), [
            "2:2: incorrect argument labels in call (have 'x:y:', expected 'a:b:')",
            "3:2: incorrect argument label in call (have 'a:y:', expected 'a:b:')",
            "5:2: incorrect argument labels in call (have '_:x:y:', expected '_:b:c:')",
            "6:2: incorrect argument label in call (have '_:b:y:', expected '_:b:c:')",
        ])
    }

    func testDeferAndDoCatchInAResultBuilderBodyAreControlFlow() {
        XCTAssertEqual(diagnosticLines("""
            @resultBuilder
            struct B {
                static func buildBlock(_ parts: String...) -> String { parts.joined(separator: ",") }
            }
            func f() throws -> String { "x" }
            @B func make() -> String {
                "a"
                defer { print("d") }
            }
            @B func other() -> String {
                "a"
                do { try f() } catch { "c" }
            }
            """), [
            "8:5: closure containing control flow statement cannot be used with result builder 'B'",
            "12:5: closure containing control flow statement cannot be used with result builder 'B'",
        ])
    }

    func testAReduceIntoClosureDeclaringAResultIsRefusedAtTheResultType() {
        XCTAssertEqual(diagnosticLines("""
            let xs = [1, 2, 3]
            let r = xs.reduce(into: 0) { (acc: inout Int, x: Int) -> Int in acc += x; return acc }
            let fine = xs.reduce(into: 0) { (acc: inout Int, x: Int) -> Void in acc += x }
            """), ["2:58: declared closure result 'Int' is incompatible with contextual type '()'"])
    }

    func testAStoredClosureCapturingSelfInAMutatingMethodIsRefused() {
        // swiftc -emit-sil: a closure kept in a variable, assigned or returned escapes; one called at once or passed
        // to a non-escaping parameter does not.
        XCTAssertEqual(diagnosticLines("""
            struct C {
                var n = 0
                mutating func f() -> () -> Int {
                    let g = { self.n + 1 }
                    return g
                }
                mutating func h() -> () -> Int {
                    return { n + 2 }
                }
                mutating func k() {
                    var later: (() -> Int)?
                    later = { self.n }
                    print(later!())
                    let now = { self.n }()
                    print(now, [1].map { $0 + n })
                }
                func free() -> () -> Int { let g = { self.n }; return g }
            }
            """), [
            "4:17: escaping closure captures mutating 'self' parameter",
            "8:16: escaping closure captures mutating 'self' parameter",
            "12:17: escaping closure captures mutating 'self' parameter",
        ])
    }

    func testPayloadParenthesisAndEmptySubscriptBracketAreTakenFromTheSyntaxTree() {
        // Spaces before the `(` of a case pattern's payload and inside `[ ]`: swiftc reports at those tokens.
        XCTAssertEqual(diagnosticLines("""
            enum Shape { case circle(Int) }
            enum Pair { case two(Int, Int) }
            switch Shape.circle(1) { case .circle (let a, let b): print(a, b) }
            switch Pair.two(1, 2) { case .two  (let c, let d, let e): print(c, d, e) }
            let xs = [1, 2]
            print(xs[  ])
            var ys = [3]
            ys[ ] = 4
            """), [
            "3:39: tuple pattern cannot match values of the non-tuple type 'Int'",
            "4:36: tuple pattern has the wrong length for tuple type '(Int, Int)'",
            "6:12: missing argument for parameter #1 in subscript",
            "8:5: missing argument for parameter #1 in subscript",
        ])
    }

    func testAStringSliceIsASubstringWhereAStringIsNeeded() {
        // swiftc refuses each (its messages name the candidates, `no 'dropFirst' candidates produce the expected
        // contextual result type 'String'`, at the method's name); nbrun names the Substring, at the method's name
        // as swiftc does (for an annotation, a result and an assigned value alike).
        XCTAssertEqual(diagnosticLines("""
            let s = "hello"
            let a: String = s.dropFirst()
            func f() -> String { s.suffix(2) }
            var t = ""
            t = s.dropLast(1)
            let fine: String = s.prefix(2) + "x"
            """), [
            "2:19: cannot convert value of type 'Substring' to specified type 'String'",
            "3:24: cannot convert return expression of type 'Substring' to return type 'String'",
            "5:7: cannot assign value of type 'Substring' to type 'String'",
        ])
    }

    func testATupleBindingOfANonOptionalIsReportedAtTheKeyword() {
        XCTAssertEqual(diagnosticLines("""
            let t = (1, 2)
            if let (a, b) = t { print(a, b) }
            """), ["2:4: initializer for conditional binding must have Optional type, not '(Int, Int)'"])
    }

    func testAStandardLibraryProtocolAsATypeIsRefusedClearly() {
        // swiftc accepts the existentials; nbrun refuses them at the protocol's name instead of not finding it.
        XCTAssertEqual(diagnosticLines("""
            let a: any Equatable = 3
            func f(_ e: [any Hashable]) {}
            """), [
            "1:12: type 'any Equatable' is not supported in nbrun cells",
            "2:18: type 'any Hashable' is not supported in nbrun cells",
        ])
    }

    func testABranchOfAnIfOrSwitchBodyIsCheckedAgainstTheResultTypeAsSwiftcWordsIt() {
        // swiftc 6's lines for the same program: each branch's value is a value of the result type.
        XCTAssertEqual(diagnosticLines("""
            enum L { case a, b }
            func f(_ c: Bool) -> Int { if c { 1 } else { "x" } }
            struct S {
                var l: L
                var name: String { switch l { case .a: "A"; case .b: 2 } }
            }
            let g = { (x: Int) -> Double in if x > 0 { 1.5 } else { true } }
            """), [
            "2:46: cannot convert value of type 'String' to specified type 'Int'",
            "5:58: cannot convert value of type 'Int' to specified type 'String'",
            "7:57: cannot convert value of type 'Bool' to specified type 'Double'",
        ])
    }

    func testAGenericBodysMistakeIsReportedOnceNotPerSpecialization() {
        // swiftc 6's lines: the mistake in `Box<T>`'s method once (nbrun also reported it for `[Int]` and `[String]`).
        XCTAssertEqual(diagnosticLines("""
            struct Box<T> {
                var items: [T]
                func first() -> T { items.frst! }
                mutating func add(_ x: T) { items.append(x); count += 1 }
            }
            var a = Box<Int>(items: [1])
            var b = Box<String>(items: ["x"])
            protocol P { func f() -> Int }
            extension P { func g() -> Int { f() + undefinedName } }
            struct S: P { func f() -> Int { 1 } }
            print(S().g())
            """), [
            "3:31: value of type '[T]' has no member 'frst'",
            "4:50: cannot find 'count' in scope",
            "9:39: cannot find 'undefinedName' in scope",
        ])
    }

    func testALibraryTypeCellsDoNotHaveIsRefusedAsNotSupported() {
        // swiftc accepts these; nbrun refused them as types it cannot find, as if misspelled.
        XCTAssertEqual(diagnosticLines("""
            func f() -> AnySequence<Int> { fatalError() }
            let r: Result<Int, Error>? = nil
            var d: Data? = nil
            let it: Array<Int>.Iterator? = nil
            let x = Float(1.5)
            let start = Date()
            """), [
            "1:13: type 'AnySequence' is not supported in nbrun cells",
            "2:8: type 'any Error' is not supported in nbrun cells",
            "3:8: type 'Data' is not supported in nbrun cells",
            "4:9: type 'Array<Int>.Iterator' is not supported in nbrun cells",
            "5:9: type 'Float' is not supported in nbrun cells",
            "6:13: type 'Date' is not supported in nbrun cells",
        ])
    }

    func testAMisspelledLabelBesideDefaultedParametersIsAnIncorrectLabelNotAnExtraArgument() {
        // swiftc 6's lines: the labels are compared with the parameters' taken in order (nbrun said "extra argument").
        XCTAssertEqual(diagnosticLines("""
            func f(a: Int = 0, b: Int = 0) {}
            f(c: 1)
            f(a: 1, c: 2)
            func g(a: Int, b: Int = 0) {}
            g(a: 1, c: 2)
            g(x: 1)
            struct P { var x = 0; var y = 0 }
            _ = P(z: 1)
            _ = P(x: 1, z: 2)
            func h(_ a: Int, scale: Double = 1, shift: Double = 0) {}
            h(1, scal: 2)
            h(1, shift: 2, scal: 3)
            f(a: 1, b: 2, c: 3)
            """), [
            "2:2: incorrect argument label in call (have 'c:', expected 'a:')",
            "3:2: incorrect argument label in call (have 'a:c:', expected 'a:b:')",
            "5:2: incorrect argument label in call (have 'a:c:', expected 'a:b:')",
            "6:2: incorrect argument label in call (have 'x:', expected 'a:')",
            "8:6: incorrect argument label in call (have 'z:', expected 'x:')",
            "9:6: incorrect argument label in call (have 'x:z:', expected 'x:y:')",
            "11:2: incorrect argument label in call (have '_:scal:', expected '_:scale:')",
            "12:2: incorrect argument labels in call (have '_:shift:scal:', expected '_:scale:shift:')",
            "13:18: extra argument 'c' in call",
        ])
    }

    func testTuplesCannotConformToComparable() {
        // swiftc 6: a tuple can conform to no protocol, so it says that rather than naming the function's constraint.
        XCTAssertEqual(diagnosticLines("""
            print(max((1, 2), (1, 3)))
            print([(1, 2), (0, 1)].sorted())
            print([(1, 2)].max()!)
            let s: Set<(Int, Int)> = []
            print(min([1], [2]))
            """), [
            "1:7: type '(Int, Int)' cannot conform to 'Comparable'",
            "2:24: type '(Int, Int)' cannot conform to 'Comparable'",
            "3:16: type '(Int, Int)' cannot conform to 'Comparable'",
            "4:8: type '(Int, Int)' does not conform to protocol 'Hashable'",
            "5:7: global function 'min' requires that '[Int]' conform to 'Comparable'",
        ])
    }
}
