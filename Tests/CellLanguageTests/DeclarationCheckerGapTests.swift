import CellLanguage
import XCTest

/// Mistakes that only the generator's declaration, type and conversion code reported before session 23 (its checks
/// deleted, issue 12): the checker reports each before generation, at swiftc's position with swiftc's message (swiftc
/// 6's errors for each program), or with nbrun's refusal of a type it does not model.
final class DeclarationCheckerGapTests: XCTestCase {
    func testConversionsOfClassProtocolAndLibraryValuesAreReportedByTheChecker() {
        // `TypeChecker.refusesConversion`: the conversions `certainlyMismatches` leaves open, as the generator's
        // `convertsImplicitly` knows them (an upcast, an existential, an optional of either still convert).
        assertCheckerReports("""
            class C { var y = 0 }
            class D: C {}
            protocol P {}
            struct S: P {}
            func f() {
                let v = C()
                let a: Int = v
                var b: String = ""; b = v
                let p: P = S()
                let q: Int = p
                let s: Substring = "ab".dropFirst()
                let t: String = s
                let u: C = D()
                let w: P? = S()
                let x: [P] = [S()]
                print(a, b, q, t, u, w as Any, x)
            }
            """, [
            "7:18: cannot convert value of type 'C' to specified type 'Int'",
            "8:29: cannot assign value of type 'C' to type 'String'",
            "10:18: cannot convert value of type 'any P' to specified type 'Int'",
            "12:21: cannot convert value of type 'Substring' to specified type 'String'",
        ])
    }

    func testLibraryTypesNbrunDoesNotModelAreRefusedByTheCheckerInSignaturesAndTypeArguments() {
        // `TypeChecker.refusedLibraryType(in:)` and the function signatures `TypeChecker.signatureTypes` resolves.
        assertCheckerReports("""
            func f() -> AnySequence<Int> { fatalError() }
            let r: Result<Int, Error>? = nil
            let it: Array<Int>.Iterator? = nil
            func g(_ e: [any Hashable]) {}
            """, [
            "1:13: type 'AnySequence' is not supported in nbrun cells",
            "2:8: type 'any Error' is not supported in nbrun cells",
            "3:9: type 'Array<Int>.Iterator' is not supported in nbrun cells",
            "4:18: type 'any Hashable' is not supported in nbrun cells",
        ])
    }

    func testASetOrDictionaryOfNonHashableValuesIsReportedByTheChecker() {
        assertCheckerReports("""
            let s: Set<(Int, Int)> = []
            let d: [(Int, Int): String] = [:]
            """, [
            "1:8: type '(Int, Int)' does not conform to protocol 'Hashable'",
            "2:8: type '(Int, Int)' does not conform to protocol 'Hashable'",
        ])
    }
}
