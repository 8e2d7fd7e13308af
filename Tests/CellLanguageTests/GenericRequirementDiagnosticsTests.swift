import CellLanguage
import XCTest

/// The mistakes of generic calls and type arguments, reported by the front end before generation (issue 12: the
/// generator specializes, it no longer checks): each with swiftc 6's message at swiftc's line:col, and nbrun's refusals
/// of the constraints it does not support at the positions the generator refused them.
final class GenericRequirementDiagnosticsTests: XCTestCase {
    func testUnsupportedConstraintsAndRequirementsAreRefusedByTheChecks() {
        // swiftc accepts all but lines 9 and 12, whose errors are swiftc 6's.
        assertRefusedByTheChecks("""
            class K {}
            protocol P {}
            func f<T: K & P>(_ t: T) {}
            func g<T: Codable>(_ t: T) {}
            struct Box<T: BinaryInteger & Codable> { var t: T }
            protocol Coded { associatedtype Item: Codable }
            struct S { func m<T: AnyObject>(_ t: T) {} }
            struct Stack<Element> { var items: [Element] }
            extension Stack where Other: Equatable { func e() {} }
            extension Stack where Element: Codable { func c() {} }
            protocol Container { associatedtype Item; var items: [Item] { get } }
            func h<C: Container>(_ c: C) where C.Thing == Int {}
            func i<C: Container>(_ c: C) where C.Item: Codable {}
            func j<T: Equatable>(_ t: T) {}
            """, [
            "3:6: 'a class constraint together with other constraints' is not supported in nbrun cells",
            "4:6: generic constraint 'Codable' is not supported in nbrun cells",
            "5:8: generic constraint 'Codable' is not supported in nbrun cells",
            "6:33: generic constraint 'Codable' is not supported in nbrun cells",
            "7:17: generic constraint 'AnyObject' is not supported in nbrun cells",
            "9:23: cannot find type 'Other' in scope",
            "10:1: generic constraint 'Codable' is not supported in nbrun cells",
            "12:38: 'Thing' is not a member type of type 'C'",
            "13:36: generic constraint 'Codable' is not supported in nbrun cells",
        ])
    }

    func testConflictingArgumentsAndTypeParametersNothingBindsAreReportedAtTheCallee() {
        assertCheckerReports("""
            func same<T>(_ a: T, _ b: T) -> Bool { true }
            print(same(1, "a"))
            let s = "x"
            print(same(s, 2))
            let x = 1.5
            print(same(x, "q"))
            func make<T>() -> T? { nil }
            print(make())
            func two<T, U>(_ t: T) -> U? { nil }
            _ = two(1)
            struct Box {
                func pair<T>(_ a: T, _ b: T) {}
                func build<U>() -> [U] { [] }
            }
            Box().pair(1, "a")
            print(Box().build())
            """, [
            "2:7: conflicting arguments to generic parameter 'T' ('String' vs. 'Int')",
            "4:7: conflicting arguments to generic parameter 'T' ('String' vs. 'Int')",
            "6:7: conflicting arguments to generic parameter 'T' ('Double' vs. 'String')",
            "8:7: generic parameter 'T' could not be inferred",
            "10:5: generic parameter 'U' could not be inferred",
            "15:7: conflicting arguments to generic parameter 'T' ('String' vs. 'Int')",
            "16:13: generic parameter 'U' could not be inferred",
        ])
    }

    func testTypeArgumentsThatMissTheirConstraintsAreReportedByTheChecker() {
        // Classes, generic structs, written and inferred type arguments, generic initializers and methods.
        assertCheckerReports("""
            class K {}
            class L: K {}
            protocol Shape {}
            class Circle: Shape {}
            class Sq {}
            func draw<T: Shape>(_ t: T) {}
            draw(Circle())
            draw(Sq())
            func kk<T: K>(_ t: T) {}
            kk(L())
            kk(Sq())
            struct G<T> { var t: T }
            func eq<T: Equatable>(_ t: T) {}
            eq(G(t: 1))
            struct R<T: K> { var t: T }
            let r = R(t: 1)
            let q: R<Int>? = nil
            struct H<T: Hashable> { var t: T }
            let h: H<Sq>? = nil
            let i = H(t: Sq())
            let j = H<Sq>(t: Sq())
            struct Maker {
                init<T: K>(_ t: T) {}
                func same<T: Equatable>(_ a: T, _ b: T) -> Bool { true }
            }
            let m = Maker(3)
            print(Maker(L()).same(Sq(), Sq()))
            """, [
            "8:1: global function 'draw' requires that 'Sq' conform to 'Shape'",
            "11:1: global function 'kk' requires that 'Sq' inherit from 'K'",
            "14:1: global function 'eq' requires that 'G<Int>' conform to 'Equatable'",
            "16:9: generic struct 'R' requires that 'Int' inherit from 'K'",
            "17:8: 'R' requires that 'Int' inherit from 'K'",
            "19:8: type 'Sq' does not conform to protocol 'Hashable'",
            "20:9: generic struct 'H' requires that 'Sq' conform to 'Hashable'",
            "21:9: type 'Sq' does not conform to protocol 'Hashable'",
            "26:9: initializer 'init(_:)' requires that 'Int' inherit from 'K'",
            "27:18: instance method 'same' requires that 'Sq' conform to 'Equatable'",
        ])
    }

    func testProtocolExtensionMethodsOfSpecializationsMadeForTheCheckerAreItsCallees() {
        // `Bag<String>` is made before the checker runs; the protocol extension's `add` is declared on it then, so the
        // checker resolves `bag.add("x")` to the method the generator calls (its body compiles after the checker).
        let program = """
            protocol Container {
                associatedtype Item
                var items: [Item] { get set }
                mutating func add(_ item: Item)
            }
            extension Container {
                mutating func add(_ item: Item) { items.append(item) }
            }
            struct Bag<T>: Container { var items: [T] = [] }
            var bag = Bag<String>()
            bag.add("x")
            bag.add("y")
            print(bag.items)
            """
        let compared = Interpreter().compileComparingTypes(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.cell.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(compared.agreement.disagreements, [])
        XCTAssertEqual(compared.agreement.calleesAgreed, 2, "both calls of add resolved alike")
    }
}
