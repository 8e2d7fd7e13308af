import CellLanguage
import XCTest

/// The generator reads what the checker decided instead of compiling an expression only to look at its type and
/// throwing the code away (`Compiler.throwAwayCompilation`, issue 12): each program here once made such compilations.
final class ThrowAwayCompilationTests: XCTestCase {
    /// Compiles `cells` in order in one interpreter, without diagnostics and without throw-away compilations, then
    /// runs them in another: the output must be `expected` (swiftc's, the cells as one program).
    private func assertNoThrowAway(_ cells: [String], prints expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let counting = Interpreter(), running = Interpreter()
        counting.resetCompileCounts(countingSites: true)
        var output = ""
        for (index, cell) in cells.enumerated() {
            let source = CellSource(code: cell, firstLine: 1 + index * 100)
            XCTAssertEqual(counting.compile(source).diagnostics, [], cell, file: file, line: line)
            output += running.execute(source).text
        }
        XCTAssertEqual(counting.compileCounts.throwAwayCompilations, 0, counting.compileCounts.listing, file: file, line: line)
        XCTAssertEqual(output, expected, file: file, line: line)
    }

    func testMapWithDoublesExpectedReadsTheCheckersClosureType() {
        // `map` where `[Double]` is expected: the closure was compiled once to see whether it gives an Int (its
        // integer literals then Doubles, as Swift infers), 8 throw-away compilations here; the checker's type of
        // the closure (`TypeChecker.doubleArrayMapCall`) now tells.
        let code = """
        let xs = [1, 2, 3]
        let s: Set<Int> = [4]
        let a: [Double] = xs.map { _ in 2 }
        let b: [Double] = (1...3).map { $0 > 1 ? 1 : 0 }
        let c: [Double] = xs.map { x in
            if x > 1 { return 1 }
            return 2
        }
        func spread<T>(_ items: [T]) -> [Double] { items.map { _ in 7 } }
        struct Scores { var v: [Int]; func halves() -> [Double] { v.map { Double($0) / 2 } } }
        func show(_ d: [Double]) { print(d) }
        show(xs.map { _ in 1 })
        print(a, b, c, s.map { _ in 2 } as [Double], spread(["a"]), Scores(v: [3]).halves(), xs.map { $0 * 2 })
        """
        // swiftc prints the same.
        assertNoThrowAway([code], prints: "[1.0, 1.0, 1.0]\n[2.0, 2.0, 2.0] [0.0, 1.0, 1.0] [2.0, 1.0, 1.0] [2.0] [7.0] [1.5] [2, 4, 6]\n")
    }

    func testNumberLiteralsTypedLastReadTheCheckersTypes() {
        // A generic call whose arguments conflict read in order is read again with its number literals last, each
        // typed by its parameter under the bindings found so far: it was compiled to learn that type (8 throw-away
        // compilations here); the checker typed it so already (`TypeChecker.bindings`, now with defaulted
        // parameters too: `contains(2, [1.5, 2.0])`).
        let code = """
        func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
            for (index, value) in array.enumerated() where value == valueToFind { return index }
            return nil
        }
        func contains<T: Equatable>(_ a: T, _ b: [T], from start: Int = 0) -> Bool { b[start...].contains(a) }
        struct Box { func has<T: Equatable>(_ a: T, in b: [T]) -> Bool { b.contains(a) } }
        func same<T: Equatable>(_ a: T, _ b: T) -> Bool { a == b }
        let d = 2.0
        print(findIndex(of: 2, in: [1.0, 2.0]) as Any, findIndex(of: 2, in: [1, d]) as Any, contains(2, [1.5, 2.0]),
              contains(1, [1.5, 2.0], from: 1), Box().has(2, in: [2.5, 2.0]), same(-2.5, -2), same(UInt8(3), 3))
        """
        // swiftc prints the same.
        assertNoThrowAway([code], prints: "Optional(1) Optional(1) true false true false true\n")
    }

    func testOpaqueResultsTakeTheCheckersTypeOfTheBody() {
        // `-> some Collection` (and a protocol with associated types): the underlying type is the one the body
        // gives, which the generator learned by compiling the body as a closure and throwing the code away (9 here:
        // each function, each specialization and each check with placeholders); the checker infers it now, for a
        // generic function of an earlier cell too (with that cell's resolution).
        let first = """
        protocol Container { associatedtype Item; var count: Int { get }; subscript(i: Int) -> Item { get } }
        extension Array: Container {}
        let offset = 10
        func wrap<T>(_ item: T) -> some Container { [item, item] }
        func shifted(upTo limit: Int) -> some Collection {
            var out: [Int] = []
            for i in stride(from: 0, through: limit, by: 2) { out.append(i + offset) }
            return out
        }
        func all(_ xs: Int...) -> some Sequence { xs }
        print(Array(shifted(upTo: 4)), Array(all(1, 2, 3)), wrap("a")[1])
        """
        let second = """
        func scaled<T: Numeric>(_ x: T) -> some Collection { [x, x * 2] }
        print(wrap(1.5).count, Array(scaled(3)), type(of: wrap(true)[0]), scaled(2.5).first!)
        """
        // swiftc prints the same (the two cells as one program).
        assertNoThrowAway([first, second], prints: "[10, 12, 14] [1, 2, 3] a\n2 [3, 6] Bool 2.5\n")
    }

    func testSpecializationsReadingStaticStoredPropertiesOfTheirTypeArgumentsAreMadeOnce() {
        // `Length<Feet>` named in the cell is made before the checker (`makeNamedSpecializations`); its member reads
        // `U.perMeter`, a static stored property, which was declared only in `Feet`'s pass 2: the attempt reported "type
        // 'Feet' has no member 'perMeter'" and was undone (a throw-away compilation per specialization, 2 here), and the
        // checker left the members' nodes untyped. Static stored properties are declared with the cell's declarations
        // now (`Compiler.declareStaticStoredProperties`), so the specializations are made once, before the checker.
        let code = """
        protocol Unit { static var symbol: String { get }; static var perMeter: Double { get } }
        struct Length<U: Unit> {
            var meters: Double
            var text: String { "\\(meters * U.perMeter) \\(U.symbol)" }
        }
        enum Feet: Unit { static let symbol = "ft"; static let perMeter = 3.28 }
        enum Centimeters: Unit { static let symbol: String = "cm"; static var perMeter = 100.0 }
        let a = Length<Feet>(meters: 2), b = Length<Centimeters>(meters: 0.5)
        print(a.text, b.text)
        """
        // swiftc prints the same.
        assertNoThrowAway([code], prints: "6.56 ft 50.0 cm\n")
    }
}
