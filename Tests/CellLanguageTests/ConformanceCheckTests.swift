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

    /// Conformances to the standard library's protocols that fail (swiftc 6's errors for this program, in line order):
    /// what Swift cannot synthesize (`Comparable` of an enum whose payload is not, `Hashable` or `Equatable` of parts
    /// that are not, both at one declaration), and the members the others require; at an extension that lists the
    /// protocol, through a protocol inheriting it, never again at an extension that does not list it.
    func testLibraryConformanceMistakesAreReportedOnceByTheChecks() {
        let program = """
        struct NotC {}
        enum E1: Comparable { case a(NotC), b }
        extension E1 {}
        struct S1: Comparable { var x: Int }
        enum E2: Int, Comparable { case a = 1 }
        struct Eq: Equatable {}
        struct H5: Hashable { var e: Eq }
        enum E4: Comparable { case a(Eq) }
        struct H7: Hashable { var n: NotC; func hash(into hasher: inout Hasher) {} }
        struct Q: Equatable { var n: NotC }
        struct T1: Equatable { var t: (Int, Int) }
        protocol PP {}
        struct T4: Equatable { var p: any PP }
        class C: Equatable {}
        struct M: AdditiveArithmetic { var v = 0 }
        struct G2: RandomNumberGenerator { mutating func next() -> UInt64 { 1 } }
        extension G2 {}
        struct It: IteratorProtocol {}
        struct Sq: Sequence {}
        struct S2 {}
        extension S2: Comparable {}
        protocol Ordered: Comparable {}
        struct S3: Ordered {}
        enum E3: Comparable { case a, b }
        struct T6: Hashable { var d: Double; var r: Range<Int>; var a: [String: [Int]] }
        """
        let swiftc = [
            "2:6: type 'E1' does not conform to protocol 'Comparable'",
            "2:6: type 'E1' does not conform to protocol 'Equatable'",
            "4:8: type 'S1' does not conform to protocol 'Comparable'",
            "5:6: type 'E2' does not conform to protocol 'Comparable'",
            "7:8: type 'H5' does not conform to protocol 'Hashable'",
            "8:6: type 'E4' does not conform to protocol 'Comparable'",
            "9:8: type 'H7' does not conform to protocol 'Equatable'",
            "10:8: type 'Q' does not conform to protocol 'Equatable'",
            "11:8: type 'T1' does not conform to protocol 'Equatable'",
            "13:8: type 'T4' does not conform to protocol 'Equatable'",
            "14:7: type 'C' does not conform to protocol 'Equatable'",
            "15:8: type 'M' does not conform to protocol 'AdditiveArithmetic'",
            "18:8: type 'It' does not conform to protocol 'IteratorProtocol'",
            "19:8: type 'Sq' does not conform to protocol 'Sequence'",
            "21:1: type 'S2' does not conform to protocol 'Comparable'",
            "23:8: type 'S3' does not conform to protocol 'Comparable'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Library protocols nbrun does not take and `inout` parameters of initializer requirements are refused by the checks,
    /// at the protocol's name and at the parameter (where swiftc accepts them, nbrun's refusal stands at the token; for a
    /// second raw type, swiftc's `multiple enum raw types 'Int' and 'String'` stands at the same position), once each,
    /// and never a superclass, a raw type, or a protocol nbrun implements.
    func testConformancesNbrunRefusesAreReportedOnceByTheChecks() {
        let program = """
        struct V1: Codable {}
        protocol V2 { func m(x: inout Int); init(a: inout Int) }
        enum R: Int, String, Hashable { case a }
        protocol Q: Sendable, Equatable {}
        class Base {}
        class Sub: Base, Codable, Q { static func == (a: Sub, b: Sub) -> Bool { true } }
        extension Int: Identifiable { public var id: Int { self } }
        struct It: IteratorProtocol, Sequence { func next() -> Int? { nil } }
        enum U8: UInt8, CaseIterable { case a }
        """
        let refused = [
            "1:12: conformance to 'Codable' is not supported in nbrun cells",
            "2:42: 'inout' parameters are not supported in nbrun cells",
            "3:14: conformance to 'String' is not supported in nbrun cells",
            "4:10: conformance to 'Sendable' is not supported in nbrun cells",
            "6:18: conformance to 'Codable' is not supported in nbrun cells",
            "7:1: conformance to 'Identifiable' is not supported in nbrun cells",
        ]
        assertReportedByTheChecks(program, refused)
    }
}
