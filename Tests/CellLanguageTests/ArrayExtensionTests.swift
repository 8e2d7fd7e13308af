import CellLanguage
import XCTest

/// `extension Array { … }` without `where Element == T`: a template checked once with `Element` unknown, added to
/// the arrays of each element type it is used on, and `extension Sequence`/`Collection` to the library collections
/// they reach (the running programs are `Golden/array_extensions.swift`, `Golden/array_extensions_any_element.swift`,
/// `Golden/sequence_extensions_beyond_arrays.swift`).
final class ArrayExtensionTests: XCTestCase {
    func testTheMembersAreCheckedWithoutACall() {
        let source = """
        extension Array {
            func bad() -> Element { self[0] + 1 }
        }
        """
        XCTAssertFalse(diagnosticLines(source).isEmpty, "swiftc refuses adding 1 to an unknown Element")
    }

    func testCollectionExtensionsNbrunDoesNotGiveAreRefusedAtTheMember() {
        // Swift gives these members to every collection; nbrun gives `Sequence`'s to ranges and sets, all to arrays
        // and the bidirectional ones to strings (`Golden/sequence_extensions_beyond_arrays.swift`), and refuses the
        // rest at the member's name, before anything runs.
        let source = """
        extension Collection {
            var second: Element? { count > 1 ? self[index(after: startIndex)] : nil }
        }
        extension Sequence where Element == Int {
            var total: Int { reduce(0, +) }
        }
        extension Sequence {
            var size: Int { reduce(0) { n, _ in n + 1 } }
        }
        let a = (1...3).second
        let b = Set([1, 2]).total
        let c = ["a": 1].size
        let d = "abc".dropFirst().size
        """
        XCTAssertEqual(diagnosticLines(source), [
            "10:17: a member of 'extension Collection' called on a 'ClosedRange<Int>' value is not supported in nbrun cells",
            "11:21: a member of 'extension Sequence where Element == Int' called on a 'Set<Int>' value is not supported in nbrun cells",
            "12:18: a member of 'extension Sequence' called on a '[String: Int]' value is not supported in nbrun cells",
            "13:27: a member of 'extension Sequence' called on a 'Substring' value is not supported in nbrun cells",
        ])
    }

    func testTemplatesStopAtCollectionsNestedFourDeep() {
        // Each array type a template is added to compiles its bodies again; a body calling the template's member on
        // a deeper array (polymorphic recursion, which swiftc compiles once) is refused at that call, not compiled
        // forever. `append` on the `[[Element]]` result of `chunked` adds nothing (no template declares it).
        let source = """
        extension Array {
            func deepen(_ n: Int) -> Int { n == 0 ? count : map { [$0] }.deepen(n - 1) }
            func chunked(into n: Int) -> [[Element]] {
                var out: [[Element]] = []
                for i in stride(from: 0, to: count, by: n) { out.append(Array(self[i..<Swift.min(i + n, count)])) }
                return out
            }
        }
        let x = [[[1]]].chunked(into: 1).count
        """
        XCTAssertEqual(diagnosticLines(source), [
            "2:66: an extension's member called on collections nested more than 4 deep is not supported in nbrun cells",
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
