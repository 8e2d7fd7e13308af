import CellLanguage
import Diagnostics
import XCTest

/// Declarations of `Hashable` that swiftc refuses, refused at the type's name with swiftc 6's messages (a class
/// without `hash(into:)`, or without `==`; a struct or enum without `hash(into:)` whose members are not Hashable, and
/// without `==` whose members are not Equatable, by the conformance checks), and the non-Hashable uses of a set
/// element and `Hasher.combine`.
final class UserHashableTests: XCTestCase {
    func testHashableDeclarationsAreRefusedAsSwiftcRefusesThem() {
        func notConforming(_ type: String, _ proto: String) -> String { "type '\(type)' does not conform to protocol '\(proto)'" }
        XCTAssertEqual(diagnosticLines("""
            final class A: Hashable { var x = 1 }
            final class B: Hashable {
                var x = 1
                func hash(into hasher: inout Hasher) { hasher.combine(x) }
            }
            final class C: Hashable {
                var x = 1
                static func == (a: C, b: C) -> Bool { a === b }
            }
            struct S: Hashable { var f: () -> Int }
            enum E: Hashable { case a(() -> Int) }
            struct T: Hashable {
                var f: () -> Int
                static func == (a: T, b: T) -> Bool { true }
                func hash(into hasher: inout Hasher) {}
            }
            final class K { var x = 1 }
            let k: Set<K> = []
            struct P { var x = 1 }
            var h = Hasher()
            h.combine(P())
            """), ["1:13: " + notConforming("A", "Hashable"), "1:13: " + notConforming("A", "Equatable"),
                   "2:13: " + notConforming("B", "Equatable"), "6:13: " + notConforming("C", "Hashable"),
                   "10:8: " + notConforming("S", "Hashable"), "10:8: " + notConforming("S", "Equatable"),
                   "11:6: " + notConforming("E", "Hashable"), "11:6: " + notConforming("E", "Equatable"),
                   "18:8: " + notConforming("K", "Hashable"),
                   "21:3: instance method 'combine' requires that 'P' conform to 'Hashable'"])
    }
}
