import XCTest
@testable import CellLanguage

/// Misspelt properties and methods, decided by the checker (`TypeChecker.missingMember`, `TypeChecker+MemberCertainty`)
/// wherever every source of members is known: built-in types' tables, declared types with their superclasses and
/// conformances, protocol values and type parameters with their constraints. Expected lines: swiftc 6.3.1
/// (`swiftc -swift-version 5`); the members extensions and conformances supply stay accepted.
final class MemberTypoDiagnosticsTests: XCTestCase {
    func testMisspeltMembersOfRangesSubstringsOptionalsAndSlices() {
        assertCheckerReports("""
        let r = 1...5
        let h = 0..<3
        print(r.upperBoundx, h.containsx(2))
        let squares = (1...5).mapx { $0 * $0 }
        let d = 0.0...1.0
        print(d.lowerBoundx)
        let s = "hello world"
        let sub: Substring = s.dropFirst(2)
        print(sub.uppercasedx())
        let from = 3...
        print(from.containsx(4))
        let maybe: Int? = 4
        print(maybe.mapx { $0 * 2 } as Any)
        let slice = [1, 2, 3].dropFirst()
        print(slice.maxx()!)
        """, [
            "3:9: value of type 'ClosedRange<Int>' has no member 'upperBoundx'",
            "3:24: value of type 'Range<Int>' has no member 'containsx'",
            "4:23: value of type 'ClosedRange<Int>' has no member 'mapx'",
            "6:9: value of type 'ClosedRange<Double>' has no member 'lowerBoundx'",
            "9:11: value of type 'Substring' has no member 'uppercasedx'",
            "11:12: value of type 'PartialRangeFrom<Int>' has no member 'containsx'",
            "13:13: value of type 'Int?' has no member 'mapx'",
            "15:13: value of type 'ArraySlice<Int>' has no member 'maxx'",
        ])
    }

    func testTheTablesSuggestTheMemberMeant() {
        let diagnostics = Interpreter().compile(CellSource(code: "let r = 1...5\nprint(r.upperBoundx)", firstLine: 1)).diagnostics
        XCTAssertEqual(diagnostics.map(\.notes), [["did you mean 'upperBound'?"]])
    }

    func testMisspeltMembersOfTypesWithConformancesAndSuperclasses() {
        assertCheckerReports("""
        protocol Shape { func area() -> Double }
        extension Shape { func describe() -> String { "area \\(area())" } }
        struct Square: Shape, CustomStringConvertible {
            var side: Double
            func area() -> Double { side * side }
            var description: String { "Square(\\(side))" }
        }
        class Animal { var name = "a"; func speak() -> String { "..." } }
        class Dog: Animal {}
        enum Suit: String, CaseIterable { case hearts, spades }
        let sq = Square(side: 2)
        print(sq.sidex, sq.describex(), sq.description)
        let dog = Dog()
        print(dog.namex)
        print(Suit.allCasesx.count)
        let shapes: [any Shape] = [sq]
        print(shapes.map { $0.areax() })
        """, [
            "12:10: value of type 'Square' has no member 'sidex'",
            "12:20: value of type 'Square' has no member 'describex'",
            "14:11: value of type 'Dog' has no member 'namex'",
            "15:12: type 'Suit' has no member 'allCasesx'",
            "17:23: value of type 'any Shape' has no member 'areax'",
        ])
    }

    func testMisspeltSuperclassMembers() {
        assertCheckerReports("""
        class Animal { var name = "a"; func speak() -> String { "..." } }
        class Dog: Animal {
            override func speak() -> String { super.speakx() }
        }
        """, [
            "3:45: value of type 'Animal' has no member 'speakx'",
        ])
    }

    func testMisspeltStaticMembersCasesAndSuperclassPlaces() {
        assertCheckerReports("""
        protocol Describable { func describe() -> String }
        enum Level: Int, CaseIterable, Describable {
            case low, high
            func describe() -> String { "\\(self)" }
        }
        struct Point: Equatable { var x = 0; static func make() -> Point { Point() } }
        class Counter { var count = 0 }
        class Double2: Counter {
            func add() { super.countx += 2 }
        }
        let levels = [Level.highx]
        print(Level.allCasesx.count, Point.makex())
        let p: Point = .initx(x: 1)
        var grid: [[Int]] = .init(repeating: .initx(repeating: 0, count: 3), count: 2)
        print(-Double.infinityx)
        """, [
            "9:24: value of type 'Counter' has no member 'countx'",
            "11:21: type 'Level' has no member 'highx'",
            "12:13: type 'Level' has no member 'allCasesx'",
            "12:36: type 'Point' has no member 'makex'",
            "13:17: type 'Point' has no member 'initx'",
            "14:39: type '[Int]' has no member 'initx'",
            "15:15: type 'Double' has no member 'infinityx'",
        ])
    }

    func testMisspeltMembersOfTypeParameters() {
        assertCheckerReports("""
        func total<S: Sequence>(_ s: S) -> Int where S.Element == Int { s.reducex(0, +) }
        """, [
            "1:67: value of type 'S' has no member 'reducex'",
        ])
    }

    func testMembersFromExtensionsConformancesAndSuperclassesStayAccepted() {
        // swiftc accepts it and prints the same lines.
        let interpreter = Interpreter()
        let cell = interpreter.compile(CellSource(code: """
        protocol Shape { func area() -> Double }
        extension Shape { func describe() -> String { "area \\(area())" }; var twice: Double { area() * 2 } }
        struct Square: Shape, CustomStringConvertible, Hashable {
            var side: Double
            func area() -> Double { side * side }
            var description: String { "Square(\\(side))" }
        }
        class Animal { var name = "a"; func speak() -> String { "..." }; static func make() -> Animal { Animal() } }
        class Dog: Animal {
            override func speak() -> String { super.speak() + super.name }
        }
        enum Suit: String, CaseIterable { case hearts, spades }
        extension Int { var doubled: Int { self * 2 } }
        extension String { func shout() -> String { uppercased() + "!" } }
        extension Sequence where Element == Int { func total() -> Int { reduce(0, +) } }
        let sq = Square(side: 2)
        print(sq.side, sq.describe(), sq.description, sq.twice, sq.hashValue == sq.hashValue)
        let dog = Dog()
        print(dog.name, dog.speak(), Animal.make().name)
        print(Suit.allCases.count, Suit.hearts.rawValue)
        let shapes: [any Shape] = [sq]
        print(shapes.map { $0.describe() }, shapes.map { $0.twice })
        print(3.doubled, "hello".shout(), [1, 2].total())
        func total<S: Sequence>(_ s: S) -> Int where S.Element == Int { s.reduce(0, +) }
        print(total([1, 2, 3]))
        """, firstLine: 1))
        XCTAssertEqual(cell.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(interpreter.run(cell, timeoutSeconds: 20).text, """
        2.0 area 4.0 Square(2.0) 8.0 true
        a ...a a
        2 hearts
        ["area 4.0"] [8.0]
        6 HELLO! 3
        6

        """)
    }
}
