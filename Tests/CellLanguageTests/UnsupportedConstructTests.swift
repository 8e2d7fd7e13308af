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

    /// Overriding properties of another type than the inherited one (observers of a stored or settable computed
    /// property, computed overrides): swiftc's error at the property (the computed ones were accepted silently).
    func testOverridesOfAnotherType() {
        assertCheckerReports("""
            class A { var v = 1; var w: Int { get { 1 } set {} }; var r: Int { 1 } }
            class C: A { override var v: Double { didSet {} } }
            class E: A { override var w: Double { didSet {} } }
            class F: A { override var r: Double { 2 } }
            class G: A { override var w: String { get { "" } set {} } }
            class H: A { override var r: Int { 3 } }
            """, [
            "2:27: property 'v' with type 'Double' cannot override a property with type 'Int'",
            "3:27: property 'w' with type 'Double' cannot override a property with type 'Int'",
            "4:27: property 'r' with type 'Double' cannot override a property with type 'Int'",
            "5:27: property 'w' with type 'String' cannot override a property with type 'Int'",
        ])
    }

    /// Generic declarations nbrun does not run: a generic function inside a body or a closure, a generic operator
    /// function, an override of a generic method, a generic initializer of a class; refused by the checks, the generator building none of them.
    func testGenericDeclarationsNbrunDoesNotRun() {
        assertRefusedByTheChecks("""
            func outer() { func inner<T>(_ t: T) {} }
            let c = { func local<T>(_ t: T) {} }
            func +++ <T>(a: T, b: T) -> T { a }
            class A { func tag<T>(_ x: T) -> String { "A" } }
            class B: A { override func tag<T>(_ x: T) -> String { "B" } }
            class Box<Item> { init<T>(_ t: T) {} }
            """, [
            "1:21: 'generic function inside a function' is not supported in nbrun cells",
            "2:16: 'generic function inside a function' is not supported in nbrun cells",
            "3:6: 'generic operator functions' is not supported in nbrun cells",
            "5:28: 'overriding a generic method' is not supported in nbrun cells",
            "6:19: 'a generic initializer of a class' is not supported in nbrun cells",
        ])
    }

    /// Extensions nbrun does not run: one of a protocol with associated types that adds a conformance, an
    /// initializer or a static stored property; a `where` clause on an extension of a type that is not generic; an
    /// extension of a type nbrun does not extend (`Set`) or that the cell declares after it.
    func testExtensionsNbrunDoesNotRun() {
        assertRefusedByTheChecks("""
            protocol Box { associatedtype Item; var item: Item { get } }
            protocol Named {}
            extension Box: Named {}
            extension Box { static var count = 0 }
            protocol Plain {}
            extension Plain where Self: Named { func f() {} }
            struct S {}
            extension S where S: Named { func g() {} }
            extension Box { func h() -> Item { item } }
            extension Set { func k() {} }
            extension Later { func l() {} }
            struct Later {}
            """, [
            "3:1: conformances, initializers or static properties in an extension of 'Box' is not supported in nbrun cells",
            "4:1: conformances, initializers or static properties in an extension of 'Box' is not supported in nbrun cells",
            "6:23: 'generic where clause' is not supported in nbrun cells",
            "8:19: 'generic where clause' is not supported in nbrun cells",
            "10:1: extension of 'Set' is not supported in nbrun cells",
            "11:1: extension of 'Later' is not supported in nbrun cells",
        ])
    }

    /// A variable declared `some X` where `X` is no declared protocol: refused by the checker.
    func testOpaqueTypesOfUndeclaredProtocols() {
        assertCheckerReports("""
            var v: some Hashable = 2
            func g() { let w: some Equatable = 1; print(w) }
            """, [
            "1:8: 'some Hashable' is not supported in nbrun cells",
            "2:19: 'some Equatable' is not supported in nbrun cells",
        ])
    }

    /// An initializer in an extension of a built-in type other than `Array` (the first one): refused by the checks.
    func testInitializersInExtensionsOfBuiltInTypes() {
        assertRefusedByTheChecks("""
            extension Int { init(text: String) { self = 1 }; init(two: Bool) { self = 2 } }
            extension String { func twice() -> String { self + self } }
            """, [
            "1:17: initializer in an extension of 'Int' is not supported in nbrun cells",
        ])
    }

    /// A variable with observers and no initial value, at the top level or in a function: swiftc's mistake, reported
    /// by the checks.
    func testObservedVariablesWithoutAnInitialValue() {
        assertRefusedByTheChecks("""
            var a: Int { didSet { print(a) } }
            func f() { var b: Int { willSet {} } }
            var c: Int = 1 { didSet {} }
            """, [
            "1:5: non-member observing properties require an initializer",
            "2:16: non-member observing properties require an initializer",
        ])
    }

    /// A protocol's `where` clause that does not constrain one of its associated types to a protocol, an associated
    /// type constrained to a class or to a floating-point type: refused by the checks.
    func testProtocolWhereClausesOtherThanAssociatedTypeConformances() {
        assertRefusedByTheChecks("""
            protocol Shape {}
            protocol Bag where Item: Shape, Item == Int, Other: Shape, Item: Nope { associatedtype Item }
            protocol Sub: Bag where Item: Equatable {}
            class Base {}
            protocol Held { associatedtype Owner: Base; associatedtype Amount: BinaryFloatingPoint; associatedtype Key: Hashable }
            """, [
            "2:33: 'this generic requirement' is not supported in nbrun cells",
            "2:46: 'this generic requirement' is not supported in nbrun cells",
            "2:60: 'this generic requirement' is not supported in nbrun cells",
            "5:32: 'a class constraint on an associated type' is not supported in nbrun cells",
            "5:60: 'a class constraint on an associated type' is not supported in nbrun cells",
        ])
    }
}
