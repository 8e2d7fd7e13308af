import CellLanguage
import XCTest

/// A cell with an extension of a protocol with associated types (a template, `Compiler+ProtocolExtensions`): the
/// checker's diagnostics give up only where a template may give the receiver the member, the operator or the
/// subscript concerned (`TypeChecker+ExtensionReach`), so every other mistake is still reported by the checker, as
/// swiftc reports it (the expected lines are swiftc 6's, from compiling each program).
final class ProtocolExtensionDiagnosticsTests: XCTestCase {
    /// A protocol with an associated type and an extension of it declaring `summary()`, `size` and `more`.
    private static func protocolAndExtension(_ more: String = "") -> String {
        """
        protocol Container {
            associatedtype Item
            var items: [Item] { get }
        }
        extension Container {
            func summary() -> String { "\\(items.count) items" }
            var size: Int { items.count }\(more)
        }

        """
    }

    private static let container = protocolAndExtension() + """
        struct Box: Container {
            var items: [Int]
        }
        struct Point { var x: Int; var y: Int }
        enum Failure { case bad }

        """

    func testEachKindOfMistakeBesideAProtocolExtensionIsTheCheckers() {
        assertCheckerReports(Self.container + """
            func work() throws {
                let p = Point(x: 1, y: 2)
                let b = Box(items: [1])
                print(b.summary(), b.size)
                print(p.z)
                print(p.summary())
                let n = 3
                print(n[0])
                print(p == p)
                for i in 5 { print(i) }
                throw Failure.bad
                let s = "abc"
                print(s[1])
                print(-"a")
                let o: Int? = 1
                print(o + 1)
                print((true, 1) < (false, 2))
                print(p[0])
                print(o.bitWidth)
                print(UInt8.maximum)
                print([1, 2].cout)
                print([p].sorted())
            }
            """, [
            "18:13: value of type 'Point' has no member 'z'",
            "19:13: value of type 'Point' has no member 'summary'",
            "21:12: value of type 'Int' has no subscripts",
            "22:13: binary operator '==' cannot be applied to two 'Point' operands",
            "23:14: for-in loop requires 'Int' to conform to 'Sequence'",
            "24:19: thrown expression type 'Failure' does not conform to 'Error'",
            "26:11: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.",
            "27:11: unary operator '-' cannot be applied to an operand of type 'String'",
            "29:11: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
            "30:21: binary operator '<' cannot be applied to two '(Bool, Int)' operands",
            "31:12: value of type 'Point' has no subscripts",
            "32:11: value of optional type 'Int?' must be unwrapped to refer to member 'bitWidth' of wrapped base type 'Int'",
            "33:17: type 'UInt8' has no member 'maximum'",
            "34:18: value of type '[Int]' has no member 'cout'",
            "35:15: referencing instance method 'sorted()' on 'Sequence' requires that 'Point' conform to 'Comparable'",
        ])
    }

    func testATypeThatConformsLaterGetsTheTemplatesMembers() {
        // `Point` conforms in an extension after its use: the template's method, property, subscript and operator
        // are its members (swiftc runs this program), and the checker reports none of them as missing.
        let members = "\n    subscript(i: Int) -> Item { items[i] }\n    static func + (a: Self, b: Self) -> Int { a.size + b.size }"
        XCTAssertEqual(diagnosticLines(Self.protocolAndExtension(members) + """
            struct Point { var x: Int; var y: Int }
            func work() {
                let p = Point(x: 1, y: 2)
                print(p.summary(), p.size, p[0], p + p)
            }
            extension Point: Container { var items: [Int] { [x, y] } }
            work()
            """), [])
    }

    func testAnArrayExtensionLeavesOtherArrayMembersToTheChecker() {
        // swiftc: `[1, 2].cout` is no member; `total` is the extension's, for arrays of Int only (only the generator
        // tells them apart).
        let program = """
            extension Array where Element == Int { func total() -> Int { reduce(0, +) } }
            print([1, 2].total())
            print([1, 2].cout)
            """
        assertCheckerReports(program, ["3:14: value of type '[Int]' has no member 'cout'"])
    }

    /// Methods called on `Self` in an extension of a protocol with associated types, with or without `self`: checked
    /// against the protocol's own requirement (`Self.Item`), not a conforming type's copy (internal errors before).
    func testMethodsCalledOnSelfInAnExtensionOfAProtocolWithAssociatedTypes() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        protocol Container {
            associatedtype Item
            func c(_ x: Item) -> Int
            func d() -> Int
        }
        extension Container {
            func twice(_ x: Item) -> Int { c(x) + self.c(x) }
            func bad() -> Int { c("s") }
            func worse() -> Int { self.c("s") }
            func extra() -> Int { d(5) }
            func e() -> Int { 3 }
            func f() -> Int { e(1) }
        }
        struct Box: Container {
            func c(_ x: String) -> Int { x.count }
            func d() -> Int { 1 }
        }
        print(Box().twice("abc"))
        """, [
            "8:27: cannot convert value of type 'String' to expected argument type 'Self.Item'",
            "9:34: cannot convert value of type 'String' to expected argument type 'Self.Item'",
            "10:29: argument passed to call that takes no arguments",
            "12:25: argument passed to call that takes no arguments",
        ])
    }
}
