import XCTest
@testable import CellLanguage

/// What the notebook's extensions may add to library types, asked in one place (`ExtensionReach`): an extension or
/// conformance of one library type does not keep the checker from deciding the members of another, as swiftc decides
/// them, and what does reach a type still gives it its members.
final class ExtensionReachDiagnosticsTests: XCTestCase {
    func testAnExtensionOfArraysLeavesRangesStringsAndSubstringsToTheirTables() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). `extension [Int]`, `extension Array` and an extension
        // of a generic type of the notebook reach no range, string or substring.
        assertCheckerReports("""
        extension [Int] {
            func total() -> Int { reduce(0, +) }
        }
        let r = 0..<5
        print(r.contains("a"), [1, 2].total())
        """, [
            "5:9: instance method 'contains' requires the types 'Range<Int>.Element' (aka 'Int') and 'String.Element' (aka 'Character') be equivalent",
        ])
        assertCheckerReports("""
        extension Array {
            func second() -> Element? { count > 1 ? self[1] : nil }
        }
        let s = "abc"
        print([1, 2].second() ?? 0, s.hasPrefix(1))
        """, ["5:41: cannot convert value of type 'Int' to expected argument type 'String'"])
        assertCheckerReports("""
        struct Box<T> { var value: T }
        extension Box { func get() -> T { value } }
        let word = "hello".dropFirst()
        print(Box(value: 1).get(), word.prefix("x"))
        """, ["4:40: cannot convert value of type 'String' to expected argument type 'Int'"])
    }

    func testAProtocolArraysConformToGivesOnlyArraysItsMembers() {
        // Expected lines: swiftc 6.3.1. `extension Array: Describable {}` gives arrays the members of `extension
        // Describable`, not strings (nbrun accepted the string's call and could not generate it).
        assertCheckerReports("""
        protocol Describable {}
        extension Describable {
            func describe() -> String { "thing" }
        }
        extension Array: Describable {}
        print([1, 2].describe())
        print("abc".describe())
        """, ["7:13: value of type 'String' has no member 'describe'"])
        assertCheckerReports("""
        protocol Describable {}
        extension Describable {
            var summary: String { "thing" }
        }
        extension Array: Describable {}
        print([1, 2].summary)
        print("abc".summary)
        """, ["7:13: value of type 'String' has no member 'summary'"])
    }

    func testAnExtensionOfArraysOrIntsLeavesTheRefusalsOfOtherMembers() {
        // Expected lines: swiftc 6.3.1. `extension Array` declares no `sorted`, `extension Int` no `bitWidth`: the
        // elements that are never Comparable and the optional to unwrap are reported as without extensions.
        assertCheckerReports("""
        extension Array {
            func second() -> Element? { count > 1 ? self[1] : nil }
        }
        extension Int {
            var doubled: Int { self * 2 }
        }
        let pairs = [(1, 2), (0, 3)]
        let xs = [1, 2]
        print(pairs.sorted(), xs.first.bitWidth, 3.doubled, xs.second() ?? 0)
        """, [
            "9:13: type '(Int, Int)' cannot conform to 'Comparable'",
            "9:26: value of optional type 'Int?' must be unwrapped to refer to member 'bitWidth' of wrapped base type 'Int'",
        ])
    }

    func testWhatAnExtensionReachesKeepsItsMembers() {
        // swiftc 6.3.1 compiles and runs it: `1.5 3 3 thing el true`.
        XCTAssertEqual(diagnosticLines("""
        extension [Double] {
            var average: Double { reduce(0, +) / Double(count) }
        }
        extension Sequence {
            func counted() -> Int { reduce(0) { n, _ in n + 1 } }
        }
        protocol Describable {}
        extension Describable {
            func describe() -> String { "thing" }
        }
        extension Array: Describable {}
        let word = "hello".dropFirst()
        let ds: [Double] = [1, 2]
        print(ds.average, "abc".counted(), (1...3).counted(), [3].describe(), word.prefix(2), (0..<5).contains(3))
        """), [])
    }
}
