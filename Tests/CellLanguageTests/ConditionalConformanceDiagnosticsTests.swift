import XCTest
@testable import CellLanguage

/// Conditional conformances of arrays (`extension Array: P where Element: Q { … }`) and the members of constrained
/// array extensions used on arrays whose element type misses the clause, refused as swiftc refuses them
/// (`TypeChecker.unmetTemplateClause`, `conditionalConformanceMistake`, `unmetConformance`;
/// `ConformanceChecks.conditionalArrayConformanceErrors`). Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
final class ConditionalConformanceDiagnosticsTests: XCTestCase {
    func testArraysWhoseElementMissesTheClauseNeitherHaveTheMembersNorConform() {
        // swiftc names the element type that misses the clause, the innermost one for a nested array's conformance.
        assertCheckerReports("""
        protocol TextRepresentable {
            var textualDescription: String { get }
        }
        extension Array: TextRepresentable where Element: TextRepresentable {
            var textualDescription: String { "[" + map { $0.textualDescription }.joined(separator: ", ") + "]" }
        }
        func show<T: TextRepresentable>(_ x: T) { print(x.textualDescription) }
        let a = [1, 2]
        print(a.textualDescription)
        let t: TextRepresentable = [1, 2]
        show(["a"])
        show([[1.5]])
        let u: any TextRepresentable = [[true]]
        let v: TextRepresentable = a
        """, [
            "9:9: property 'textualDescription' requires that 'Int' conform to 'TextRepresentable'",
            "10:28: protocol 'TextRepresentable' requires that 'Int' conform to 'TextRepresentable'",
            "11:1: global function 'show' requires that 'String' conform to 'TextRepresentable'",
            "12:1: global function 'show' requires that 'Double' conform to 'TextRepresentable'",
            "13:32: protocol 'TextRepresentable' requires that 'Bool' conform to 'TextRepresentable'",
            "14:28: protocol 'TextRepresentable' requires that 'Int' conform to 'TextRepresentable'",
        ])
    }

    func testConstrainedArrayExtensionMembersNeedTheClauseOnTheElementType() {
        // Methods are "referenced on 'Array'", properties not; a nested array names its element, `[Int]`.
        assertCheckerReports("""
        protocol P {
            var d: String { get }
        }
        extension Array where Element: P {
            func f(x: Int) -> Int { count }
            func g() -> Int { count }
            var h: Int { count }
        }
        let a = [1, 2]
        _ = a.f(x: 1)
        _ = a.g()
        _ = a.h
        _ = [[1]].h
        print(["s"].h)
        """, [
            "10:7: referencing instance method 'f(x:)' on 'Array' requires that 'Int' conform to 'P'",
            "11:7: referencing instance method 'g()' on 'Array' requires that 'Int' conform to 'P'",
            "12:7: property 'h' requires that 'Int' conform to 'P'",
            "13:11: property 'h' requires that '[Int]' conform to 'P'",
            "14:13: property 'h' requires that 'String' conform to 'P'",
        ])
    }

    func testAConditionalConformanceMustProvideTheRequirements() {
        assertReportedByTheChecks("""
        protocol TextRepresentable {
            var textualDescription: String { get }
        }
        extension Array: TextRepresentable where Element: TextRepresentable {}
        protocol Named {
            var name: String { get }
            func greet() -> String
        }
        extension Array: Named where Element: Named {
            var name: String { "many" }
        }
        """, [
            "4:1: type 'Array<Element>' does not conform to protocol 'TextRepresentable'",
            "9:1: type 'Array<Element>' does not conform to protocol 'Named'",
        ])
    }

    func testAProtocolNestedInATypeIsFoundThereAndRefusedInAGenericOne() {
        // Outside its type the protocol is `A.P` only (nbrun refuses the bare name as a conformance it does not know).
        XCTAssertEqual(diagnosticLines("""
        class A {
            protocol P { func f() -> Int }
            var p: P?
        }
        struct G<T> {
            protocol Q {}
        }
        struct R: A.P {}
        """), [
            "6:14: protocol 'Q' cannot be nested in a generic context",
            "8:8: type 'R' does not conform to protocol 'A.P'",
        ])
    }
}
