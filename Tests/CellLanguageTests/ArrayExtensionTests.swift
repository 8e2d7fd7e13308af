import CellLanguage
import XCTest

/// `extension Array { … }` without `where Element == T`: a template checked once with `Element` unknown, added to
/// arrays of numbers, Booleans, strings and characters (the running programs are `Golden/array_extensions.swift`).
final class ArrayExtensionTests: XCTestCase {
    func testTheMembersAreCheckedWithoutACall() {
        let source = """
        extension Array {
            func bad() -> Element { self[0] + 1 }
        }
        """
        XCTAssertFalse(diagnosticLines(source).isEmpty, "swiftc refuses adding 1 to an unknown Element")
    }

    func testArraysOfOtherElementTypesAreRefusedAtTheMember() {
        let source = """
        struct Point { var x: Int }
        extension Array {
            func second() -> Element? { count > 1 ? self[1] : nil }
        }
        let p = [Point(x: 1), Point(x: 2)].second()
        """
        XCTAssertEqual(diagnosticLines(source), [
            "5:36: members of 'extension Array' on arrays of 'Point' is not supported in nbrun cells",
        ])
    }

    func testOnlyElementConstraintsAreTaken() {
        let source = """
        extension Array where Element: Equatable {
            func has(_ x: Element) -> Bool { contains(x) }
        }
        print([1, 2].has(2))
        """
        XCTAssertEqual(diagnosticLines(source), [])
    }
}
