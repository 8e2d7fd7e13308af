import XCTest
@testable import CellLanguage

/// Operator mistakes in the members of generic types, checked under the placeholders for their type parameters: the
/// checker reports them, worded against the type parameters as swiftc words them (the generator, which reported them
/// before session 24, only refuses to build code for them).
final class GenericMemberOperatorDiagnosticsTests: XCTestCase {
    func testOperatorMistakesInGenericTypesMembersAreTheCheckers() {
        // Expected lines: swiftc 6.
        assertCheckerReports("""
        struct Box<T> {
            var x: T
            func doubled() -> T { x * x }
            func negated() -> T { -x }
        }
        extension Box {
            func smaller(_ y: T) -> Bool { x < y }
        }
        class Holder<T: Equatable> {
            var value: T
            init(value: T) { self.value = value }
            func sum(_ other: T) -> T { value + other }
        }
        """, [
            "3:29: binary operator '*' cannot be applied to two 'T' operands",
            "4:27: unary operator '-' cannot be applied to an operand of type 'T'",
            "7:38: binary operator '<' cannot be applied to two 'T' operands",
            "12:39: binary operator '+' cannot be applied to two 'T' operands",
        ])
    }
}
