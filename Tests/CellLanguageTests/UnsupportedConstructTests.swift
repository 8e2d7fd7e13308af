import XCTest
@testable import CellLanguage

/// nbrun's refusals of constructs it does not run, reported by the front end (`UnsupportedConstructs`, the checker)
/// with nbrun's messages at the token concerned, before generation (session 24: the generator's own refusals became
/// `cannotGenerate`).
final class UnsupportedConstructTests: XCTestCase {
    /// Result-builder attributes that name no builder: an unknown name, a declared type that is no
    /// `@resultBuilder`, one of Swift's own attributes.
    func testAttributesThatNameNoResultBuilder() {
        assertReportedByTheChecks("""
            @Nope func f() -> Int { 1 }
            struct NB {}
            func g(@NB _ b: () -> Int) {}
            @MainActor func h(@MainActor _ b: () -> Int) {}
            """, [
            "1:2: unknown attribute 'Nope'",
            "3:8: struct 'NB' cannot be used as an attribute",
            "4:1: 'attributes' is not supported in nbrun cells",
            "4:19: 'attributes' is not supported in nbrun cells",
        ])
    }

    /// A subclass declared before its superclass in the same cell, an override of a static property with a setter,
    /// observers of an inherited constant: refused by the checks; the generator builds none of them (its reports
    /// that it cannot are dropped behind the checks' errors).
    func testDeclarationsNbrunDoesNotRun() {
        assertRefusedByTheChecks("""
            class Sub: Base {}
            class Base {}
            class A { let c = 1; class var s: Int { get { 1 } set {} } }
            class B: A { override var c: Int { didSet {} } }
            class D: A { override class var s: Int { get { 2 } set {} } }
            """, [
            "1:7: 'a subclass declared before its superclass' is not supported in nbrun cells",
            "4:27: 'observing an inherited constant' is not supported in nbrun cells",
            "5:33: 'overriding a class property that has a setter' is not supported in nbrun cells",
        ])
    }

    /// Observers of an inherited stored or settable computed property declared with another type.
    func testObservedOverridesOfAnotherType() {
        assertCheckerReports("""
            class A { var v = 1; var w: Int { get { 1 } set {} } }
            class C: A { override var v: Double { didSet {} } }
            class E: A { override var w: Double { didSet {} } }
            """, [
            "2:27: 'an overriding property of another type' is not supported in nbrun cells",
            "3:27: 'an overriding property of another type' is not supported in nbrun cells",
        ])
    }
}
