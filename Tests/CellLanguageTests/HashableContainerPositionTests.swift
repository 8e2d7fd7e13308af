import CellLanguage
import Diagnostics
import XCTest

/// A Set element or Dictionary key that is not Hashable: reported at the container type (`Set`, `[`,
/// `Dictionary`), once, where swiftc 6 reports it (no echo about the empty literal that follows).
final class HashableContainerPositionTests: XCTestCase {
    func testNotHashableIsReportedAtTheContainerAsSwiftcDoes() {
        let message = "type 'P' does not conform to protocol 'Hashable'"
        XCTAssertEqual(diagnosticLines("""
            struct P { var x: Int }
            let s: Set<P> = []
            let d: [P: Int] = [:]
            var e = Set<P>()
            func f(_ a: [P: String]) {}
            let g: Dictionary<P, Int> = [:]
            var h: [Int: Set<P>] = [:]
            let k: [ P : Int ] = [:]
            """), ["2:8: \(message)", "3:8: \(message)", "4:9: \(message)", "5:13: \(message)", "6:8: \(message)",
                   "7:14: \(message)", "8:8: \(message)"])
    }
}
