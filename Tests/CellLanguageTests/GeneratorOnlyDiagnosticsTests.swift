import CellLanguage
import XCTest

/// The last errors of the corpora that only the generator reported (session 22): each program compiles to swiftc's
/// errors (swiftc 6's messages and positions, from compiling the program), and the checker (or a check of
/// `Checks/`) reports them before generation.
final class GeneratorOnlyDiagnosticsTests: XCTestCase {
    func testAMutatingMethodCalledOnAConstantIsReportedByTheChecker() {
        assertCheckerReports("""
            struct Point {
                var x = 0.0
                mutating func moveBy(x deltaX: Double) { x += deltaX }
            }
            let fixedPoint = Point(x: 3.0)
            fixedPoint.moveBy(x: 2.0)
            func f() {
                let p = Point(x: 3.0)
                p.moveBy(x: 2.0)
            }
            """, [
            "6:12: cannot use mutating member on immutable value: 'fixedPoint' is a 'let' constant",
            "9:7: cannot use mutating member on immutable value: 'p' is a 'let' constant",
        ])
    }

    func testAClassesConstantPropertyAssignedOutsideItsOwnInitializerIsReportedByTheChecker() {
        // A subclass's initializer may not set an inherited constant; a method may not set its own.
        assertCheckerReports("""
            class C {
                let k: Int
                init() { k = 0 }
                func f() { k = 2 }
            }
            class D: C {
                override init() {
                    super.init()
                    k = 1
                }
                func g() { self.k = 3 }
            }
            let c = C()
            c.k = 4
            """, [
            "4:16: cannot assign to property: 'k' is a 'let' constant",
            "9:9: cannot assign to property: 'k' is a 'let' constant",
            "11:21: cannot assign to property: 'k' is a 'let' constant",
            "14:3: cannot assign to property: 'k' is a 'let' constant",
        ])
    }

    func testAPrivateSetterUsedOutsideTheTypesMembersIsReportedByTheChecker() {
        // Its own members (an observer, an extension's method) may set it.
        assertCheckerReports("""
            struct TrackedString {
                private(set) var numberOfEdits = 0
                var value: String = "" {
                    didSet { numberOfEdits += 1 }
                }
            }
            extension TrackedString {
                mutating func f() { numberOfEdits += 1; self.numberOfEdits = 2 }
            }
            var s = TrackedString()
            let resultA: Void = { s.numberOfEdits += 1 }()
            s.numberOfEdits = 3
            func g(_ t: inout TrackedString) { t.numberOfEdits -= 1 }
            """, [
            "11:39: left side of mutating operator isn't mutable: 'numberOfEdits' setter is inaccessible",
            "12:3: cannot assign to property: 'numberOfEdits' setter is inaccessible",
            "13:52: left side of mutating operator isn't mutable: 'numberOfEdits' setter is inaccessible",
        ])
    }

    func testOpaqueResultsWhoseReturnsHaveDifferentTypesAreReportedByTheChecker() {
        // A generic function's returns too (a construction of a generic type against a type parameter), not those of
        // a closure in the body.
        assertCheckerReports("""
            protocol D37 {}
            struct D38: D37 {}
            struct D39: D37 {}
            func d40(_ b: Bool) -> some D37 { if b { return D38() } else { return D39() } }
            func d41(_ b: Bool) -> some D37 {
                let f: () -> Int = { return 1 }
                if b { return D38() }
                return D38()
            }
            struct FlippedShape<T: D37>: D37 {
                var shape: T
            }
            func invalidFlip<T: D37>(_ shape: T) -> some D37 {
                if shape is D38 {
                    return shape
                }
                return FlippedShape(shape: shape)
            }
            """, [
            "4:6: function declares an opaque return type 'some D37', but the return statements in its body do not have matching underlying types",
            "13:6: function declares an opaque return type 'some D37', but the return statements in its body do not have matching underlying types",
        ])
    }

    func testMaxInAnArrayExtensionIsReportedByTheChecker() {
        assertCheckerReports("""
            extension Array where Element == Int { func e13() -> Int { max(1, 2) } }
            func max(_ a: Int, _ b: Int, _ c: Int) -> Int { a }
            extension Array { func e15() -> Int { let max = 3; return max } }
            """, ["1:60: use of 'max' refers to instance method rather than global function 'max' in module 'Swift'"])
    }

    func testANonFailableInitializerDelegatingToAFailableOneIsReportedByTheChecker() {
        // A failable initializer may delegate to one, and any initializer to an `init!`.
        assertCheckerReports("""
            class D43 { init() {}; convenience init(y: Int) { self.init(z: y) }; init?(z: Int) { return nil } }
            struct S {
                var v: Int
                init?(v: Int) { if v < 0 { return nil }; self.v = v }
                init(w: Int) { self.init(v: w) }
                init?(u: Int) { self.init(v: u) }
                init!(t: Int) { self.v = t }
                init(s: Int) { self.init(t: s) }
            }
            """, [
            "1:56: a non-failable initializer cannot delegate to failable initializer 'init(z:)' written with 'init?'",
            "5:25: a non-failable initializer cannot delegate to failable initializer 'init(v:)' written with 'init?'",
        ])
    }

    func testAClosureGivenToALibraryMemberWithTooFewParametersIsReportedByTheChecker() {
        // The member rethrows: swiftc spells its closure type as throwing.
        assertCheckerReports("""
            let a: [String: String] = [:]
            var b: [String: String] = [:]
            b.merge(a, uniquingKeysWith: { $1 })
            b.merge(a, uniquingKeysWith: { $0 })
            let c = a.merging(a, uniquingKeysWith: { x in x })
            """, [
            "4:30: contextual closure type '(String, String) throws -> String' expects 2 arguments, but 1 was used in closure body",
            "5:42: contextual closure type '(String, String) throws -> String' expects 2 arguments, but 1 was used in closure body",
        ])
    }

    func testARefusedActorAndAnArgumentsOwnMistakeCauseNoFurtherErrors() {
        // swiftc accepts the actor; nbrun refuses it alone (its extension and its construction are no cascade), and
        // reports the unknown argument without calling the overloaded call ambiguous (swiftc's one error).
        XCTAssertEqual(diagnosticLines("""
            actor Logger {
                var measurements: [Int] = []
            }
            extension Logger {
                func add(_ m: Int) { measurements.append(m) }
            }
            let logger = Logger()
            func show(_ a: Int) {}
            func show(_ a: String) {}
            show(nope)
            """), ["1:1: 'actor' is not supported in nbrun cells", "10:6: cannot find 'nope' in scope"])
    }

    func testAMissingMethodOfATypeConformingToDeclaredProtocolsIsReportedByTheChecker() {
        // Neither the protocol nor its extension declares the method.
        assertCheckerReports("""
            protocol Container {
                associatedtype Item
                mutating func append(_ item: Item)
            }
            struct Stack<Element>: Container {
                var items: [Element] = []
                mutating func append(_ item: Element) { items.append(item) }
            }
            struct NotEquatable { }
            var stack = Stack<NotEquatable>()
            stack.append(NotEquatable())
            stack.isTop(NotEquatable())
            extension Container where Item: Equatable {
                func endsWith(_ item: Item) -> Bool { false }
            }
            """, ["12:7: value of type 'Stack<NotEquatable>' has no member 'isTop'"])
    }

    func testComparingTwoValuesOfADeclaredProtocolIsReportedByTheChecker() {
        assertCheckerReports("""
            protocol Shape {
                func draw() -> String
            }
            struct Triangle: Shape {
                var size: Int
                func draw() -> String { return "#" }
            }
            protocol Named: Equatable { var name: String { get } }
            func protoFlip<T: Shape>(_ shape: T) -> Shape { return shape }
            let a = protoFlip(Triangle(size: 3))
            let b = protoFlip(Triangle(size: 3))
            print(a == b)
            print(a != b)
            """, [
            "12:9: binary operator '==' cannot be applied to two 'any Shape' operands",
            "13:9: binary operator '!=' cannot be applied to two 'any Shape' operands",
        ])
    }

    func testAProtocolWithAssociatedTypesWrittenAsATypeIsRefusedByTheChecker() {
        // swiftc 6 takes it as `any Container` (and reports the array returned, 6:12); nbrun has no such
        // existentials and refuses the type where it is written.
        assertCheckerReports("""
            protocol Container {
                associatedtype Item
                var count: Int { get }
            }
            func makeProtocolContainer<T>(item: T) -> Container {
                return [item]
            }
            """, ["5:43: protocol 'Container' with associated types as a type (use it as a generic constraint) is not supported in nbrun cells"])
    }

    func testOverloadsNoneOfWhichTakesTheLabelsAreReportedAsSwiftcDoes() {
        // The one overload with as many parameters as the call has arguments is taken as mislabelled; with two such
        // overloads (g), no overload matches.
        assertCheckerReports("""
            func f(a: Int, b: Int) {}
            func f(c: Int) {}
            f(1, 2)
            f(1)
            func g(a: Int, b: Int) {}
            func g(c: Int, d: Int) {}
            g(1, 2)
            struct Color {
                init(red: Double, green: Double, blue: Double) {}
                init(white: Double) {}
            }
            let c = Color(0.0, 1.0, 0.0)
            let d = Color(w: 1.0)
            func h(a: Int, b: Int) {}
            func h(c: Int) {}
            h(a: 1, c: 2)
            """, [
            "3:2: missing argument labels 'a:b:' in call",
            "4:3: missing argument label 'c:' in call",
            "7:1: no exact matches in call to global function 'g'",
            "12:14: missing argument labels 'red:green:blue:' in call",
            "13:14: incorrect argument label in call (have 'w:', expected 'white:')",
            "16:2: incorrect argument label in call (have 'a:c:', expected 'a:b:')",
        ])
    }

    func testWhereClauseRequirementsAGenericCallMissesAreReportedByTheChecker() {
        // Equivalent associated types (e17 with E18 meets it), and a conformance of one.
        assertCheckerReports("""
            protocol E14 { associatedtype Item; var item: Item { get } }
            struct E15: E14 { var item = 1 }
            struct E16: E14 { var item = "a" }
            struct E18: E14 { var item = 2 }
            func e17<T: E14, U: E14>(_ t: T, _ u: U) where T.Item == U.Item {}
            e17(E15(), E16())
            e17(E15(), E18())
            func e19<T: E14>(_ t: T) where T.Item: Equatable {}
            struct E20: E14 { var item = E15() }
            e19(E20())
            """, [
            "6:1: global function 'e17' requires the types 'Int' and 'String' be equivalent",
            "10:1: global function 'e19' requires that 'E15' conform to 'Equatable'",
        ])
    }

    func testFloatLiteralsBesideArithmeticTypeParametersAndFormatArraysAreWordedAsSwiftc() {
        // No arithmetic type parameter takes a float literal; one array of format values is swiftc's
        // `String(format:arguments:)` without its label, an array among several values no `CVarArg`.
        assertCheckerReports("""
            import Foundation
            func n8<T: Numeric>(_ a: T) -> T { a * 1.5 }
            func n10<T: Numeric>(_ a: T) -> T { 1.5 + a }
            func n12<T: SignedNumeric>(_ a: T) -> T { a - 0.5 }
            let s = String(format: "%@", [1])
            let xs = ["a"]
            let t = String(format: "%@", xs)
            let u = String(format: "%d %@", 1, [1])
            """, [
            "2:40: cannot convert value of type 'Double' to expected argument type 'T'",
            "3:37: cannot convert value of type 'Double' to expected argument type 'T'",
            "4:47: cannot convert value of type 'Double' to expected argument type 'T'",
            "5:15: missing argument label 'arguments:' in call",
            "7:15: missing argument label 'arguments:' in call",
            "8:36: argument type '[Int]' does not conform to expected type 'CVarArg'",
        ])
    }
}
