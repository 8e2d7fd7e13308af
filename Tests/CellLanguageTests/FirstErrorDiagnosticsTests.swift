import XCTest
@testable import CellLanguage

/// Programs whose first error nbrun used to place on another line than swiftc (issue 12, item 6: every diagnostic
/// points at the token it is about): the rules that decide which error comes first and which are left out, as
/// swiftc decides them.
final class FirstErrorDiagnosticsTests: XCTestCase {
    func testASwitchWhoseCasePatternsHaveErrorsIsNotReportedAsNonExhaustive() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`). swiftc checks exhaustiveness only
        // when the case patterns type-check; `case 1:` against a Bool is the integer literal used as a boolean.
        assertCheckerReports("""
        enum Direction { case north, southq }
        let d = Direction.north
        switch d {
        case .north: print("n")
        case .south: print("s")
        }
        let b = true
        switch b {
        case 1: print("t")
        case false: print("f")
        }
        """, [
            "5:7: type 'Direction' has no member 'south'",
            "9:6: integer literal value '1' cannot be used as a boolean; did you mean 'true'?",
        ])
    }

    func testAReturnWithoutValueInANonVoidFunctionIsReportedAtTheReturnAlsoInGenericBodies() {
        // Expected lines: swiftc 6.3.1. The statements after a `return` are unreachable: no missing return besides.
        assertEachAsSwiftcReportsIt([
            ("generic members and Array extension", """
            struct Box<T> {
                var items: [T]
                func first() -> T? {
                    return; _ = items
                }
                var second: T? {
                    if items.isEmpty { return }
                    return items[1]
                }
            }
            extension Array {
                func firstTwo() -> [Element] {
                    return
                }
            }
            func f() -> Int {
                return
            }
            """, [
                "4:9: non-void function should return a value",
                "7:28: non-void function should return a value",
                "13:9: non-void function should return a value",
                "17:5: non-void function should return a value",
            ]),
        ])
    }

    func testAWitnessWithOtherArgumentLabelsIsReportedAtTheWitness() {
        // Expected lines: swiftc 6.3.1. When no member has the requirement's full name, the one member with its base
        // name and types is the witness, reported at its name; the type then conforms. A method without argument
        // labels is named by its base name alone.
        assertReportedByTheChecks("""
        protocol P {
            init(text: String)
            func run(times: Int) -> Int
        }
        struct S: P {
            init(textx: String) {}
            func run(count: Int) -> Int { count }
        }
        protocol Q {
            func go(_ n: Int, _ m: Int)
            init(_ s: String)
            func h(a: Int, _ b: Int)
        }
        struct C: Q {
            func go(n: Int, _ m: Int) {}
            init(s: String) {}
            func h(_ a: Int, _ b: Int) {}
        }
        """, [
            "6:5: initializer 'init(textx:)' has different argument labels from those required by protocol 'P' ('init(text:)')",
            "7:10: instance method 'run(count:)' has different argument labels from those required by protocol 'P' ('run(times:)')",
            "15:10: instance method 'go(n:_:)' has different argument labels from those required by protocol 'Q' ('go')",
            "16:5: initializer 'init(s:)' has different argument labels from those required by protocol 'Q' ('init(_:)')",
            "17:10: instance method 'h' has different argument labels from those required by protocol 'Q' ('h(a:_:)')",
        ])
    }

    func testAnUnknownNameAtTheBaseOfAnAssignmentTargetIsReported() {
        // Expected lines: swiftc 6.3.1.
        assertCheckerReports("""
        class T { var a: Int? = nil }
        tenant!.a = 3
        stock["m"]! += 3
        stock2["m"] = 3
        tenant3.a = 4
        tenant4! = T()
        """, [
            "2:1: cannot find 'tenant' in scope",
            "3:1: cannot find 'stock' in scope",
            "4:1: cannot find 'stock2' in scope",
            "5:1: cannot find 'tenant3' in scope",
            "6:1: cannot find 'tenant4' in scope",
        ])
    }
}

extension FirstErrorDiagnosticsTests {
    func testAPropertyWrapperInitializerTakesTheWrappedValueType() {
        // Expected lines: swiftc 6.3.1. Only an initializer whose one parameter is `wrappedValue` is checked.
        assertReportedByTheChecks("""
        @propertyWrapper
        struct Clamp {
            var wrappedValue: Int
            init(wrappedValue: String, max: Int) { self.wrappedValue = max }
            init(wrappedValue: Double) { self.wrappedValue = 1 }
        }
        @propertyWrapper
        class K {
            var wrappedValue: [Int] { [1] }
            init(wrappedValue: Int) { }
        }
        """, [
            "5:5: 'init(wrappedValue:)' parameter type ('Double') must be the same as its 'wrappedValue' property type ('Int') or an '@autoclosure' thereof",
            "10:5: 'init(wrappedValue:)' parameter type ('Int') must be the same as its 'wrappedValue' property type ('[Int]') or an '@autoclosure' thereof",
        ])
    }
}

extension FirstErrorDiagnosticsTests {
    func testAResultBuilderNeedsABuildBlockOrBothPartialBlocks() {
        // Expected lines: swiftc 6.3.1, at the builder type's name.
        assertReportedByTheChecks("""
        @resultBuilder
        struct Partial {
            static func buildPartialBlock(firstx: Int) -> [Int] { [firstx] }
            static func buildPartialBlock(accumulated: [Int], next: Int) -> [Int] { accumulated + [next * 10] }
        }
        @resultBuilder
        struct Whole {
            static func buildBlock(_ parts: Int...) -> [Int] { parts }
        }
        @resultBuilder
        enum Empty {
            static func buildExpression(_ x: Int) -> Int { x }
        }
        @resultBuilder
        struct Later {}
        extension Later {
            static func buildBlock(_ parts: Int...) -> Int { parts.count }
        }
        """, [
            "2:8: result builder must provide at least one static 'buildBlock' method, or both 'buildPartialBlock(first:)' and 'buildPartialBlock(accumulated:next:)'",
            "11:6: result builder must provide at least one static 'buildBlock' method, or both 'buildPartialBlock(first:)' and 'buildPartialBlock(accumulated:next:)'",
        ])
    }
}
