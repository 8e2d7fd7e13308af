@testable import CellLanguage
import XCTest

/// The conformance checks of `Checks/ConformanceChecks`: each protocol a declaration lists is checked once, at that
/// declaration, by the checks; the generator only binds associated types and no longer reports anything about them.
final class ConformanceCheckTests: XCTestCase {
    /// Conformances that fail each way in one cell (swiftc 6's errors for this program, in line order): a missing
    /// `description` (also through a protocol inheriting `CustomStringConvertible`, at an extension that lists it and
    /// never at one that does not), a missing requirement (of an inherited protocol too), a class protocol, an
    /// initializer requirement met without `required` or by an `init?`, an associated type that breaks its
    /// constraint, a generic type and a built-in type's extension. A stored `description` meets the requirement.
    func testConformanceMistakesAreReportedOnceByTheChecks() {
        let program = """
        protocol Layer: CustomStringConvertible {}
        struct S1: Layer {}
        struct S2: CustomStringConvertible {}
        extension S2 {}
        struct S3 {}
        extension S3: CustomStringConvertible {}
        protocol P { func f() }
        struct A: P {}
        extension A {}
        protocol Q: P { var x: Int { get } }
        struct B: Q { func f() {} }
        class K: Q { var x = 1 }
        protocol R: AnyObject {}
        enum E: R { case a }
        protocol I { init(s: Int) }
        class C2: I { init(s: Int) {} }
        protocol J { init(i: Int) }
        struct D: J { init?(i: Int) { return nil } }
        protocol H { associatedtype Item: Equatable; var item: Item { get } }
        struct N {}
        struct G: H { var item: N }
        struct Box<T>: P { var t: T }
        extension Int: P {}
        struct Named: CustomStringConvertible { let description: String }
        struct Fine: Q { var x: Int; func f() {} }
        """
        let swiftc = [
            "2:8: type 'S1' does not conform to protocol 'CustomStringConvertible'",
            "3:8: type 'S2' does not conform to protocol 'CustomStringConvertible'",
            "6:1: type 'S3' does not conform to protocol 'CustomStringConvertible'",
            "8:8: type 'A' does not conform to protocol 'P'",
            "11:8: type 'B' does not conform to protocol 'Q'",
            "12:7: type 'K' does not conform to protocol 'P'",
            "14:6: non-class type 'E' cannot conform to class protocol 'R'",
            "16:15: initializer requirement 'init(s:)' can only be satisfied by a 'required' initializer in non-final class 'C2'",
            "18:15: non-failable initializer requirement 'init(i:)' cannot be satisfied by a failable initializer ('init?')",
            "21:8: type 'G' does not conform to protocol 'H'",
            "22:8: type 'Box<T>' does not conform to protocol 'P'",
            "23:1: type 'Int' does not conform to protocol 'P'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }
}
