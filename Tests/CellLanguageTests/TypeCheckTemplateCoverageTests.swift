import CellLanguage
import XCTest

/// The type checker's coverage of the members the generator adds or specializes after it ran (issue 12, item 1: the
/// untyped nodes of `TypeCheckOracleTests`): a template's generic subscript on a conforming type, operators on a
/// numeric placeholder. Each program runs as swiftc runs it.
final class TypeCheckTemplateCoverageTests: XCTestCase {
    private func agreement(_ code: String) -> TypeCheckAgreement {
        Interpreter().compileComparingTypes(CellSource(code: code, firstLine: 1)).agreement
    }

    private func output(_ code: String) -> String {
        Interpreter().execute(CellSource(code: code, firstLine: 1)).text
    }

    func testGenericSubscriptOfAProtocolExtensionIsTypedOnTheConformingType() {
        // The Language Guide's `Container` with `subscript<Indices: Sequence>(indices: Indices) -> [Item]` in its
        // extension: the generator adds it to `IntStack` after the checker ran; the checker reads it as the copy will
        // declare it and checks its body for `Indices = [Int]` (15 nodes untyped before, session 30).
        let code = """
        protocol Container {
            associatedtype Item
            var count: Int { get }
            subscript(i: Int) -> Item { get }
        }
        extension Container {
            subscript<Indices: Sequence>(indices: Indices) -> [Item] where Indices.Iterator.Element == Int {
                var result: [Item] = []
                for index in indices { result.append(self[index]) }
                return result
            }
        }
        struct IntStack: Container {
            var items: [Int] = []
            var count: Int { items.count }
            subscript(i: Int) -> Int { items[i] }
        }
        let s = IntStack(items: [10, 20, 30])
        let items = s[[0, 2]]
        print(items == [10, 30], s[0..<2], s[1])
        """
        let result = agreement(code)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        // swiftc prints the same.
        XCTAssertEqual(output(code), "true [10, 20] 20\n")
    }

    func testTemplateAndConformanceMembersOnLibraryCollectionsAreTyped() {
        // A protocol extension's method on arrays of any element type through `extension Array: Describable {}`
        // (`[[1]].describe()`), a template's mutating methods on an array variable (`ring.rotate()`, `ring.push(…)`),
        // and the built-in subscript read inside an extension of String that declares its own (`self[index]`,
        // `self[lower..<upper]`): 10 nodes untyped before (session 30).
        let code = """
        protocol Describable {}
        extension Describable { func describe() -> String { "described \\(self)" } }
        extension Array: Describable {}
        struct P { var x: Int }
        extension Array {
            mutating func rotate() { if let f = first { removeFirst(); append(f) } }
            mutating func push(_ x: Element) -> Int { append(x); return count }
        }
        var ring = [[1], [2]]
        ring.rotate()
        let n = ring.push([3])
        print([[1]].describe(), ring.describe(), [Optional(1)].describe(), n)
        extension String {
            subscript(offset: Int) -> Character { self[self.index(self.startIndex, offsetBy: offset)] }
            subscript(from start: Int, length length: Int) -> String {
                let lower = self.index(self.startIndex, offsetBy: start)
                return String(self[lower..<self.index(lower, offsetBy: length)])
            }
        }
        let word = "nbrun"
        print(word[1], word[from: 1, length: 3], word[word.startIndex])
        """
        let result = agreement(code)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        // swiftc prints the same.
        XCTAssertEqual(output(code), "described [[1]] described [[2], [1], [3]] described [Optional(1)] 3\nb bru n\n")
    }

    func testGenericMembersOfLibraryTypesAndDefaultValuesPerSpecializationAreTyped() {
        // A generic method of `extension Int`, its body checked per specialization (`self` the Int); literal default
        // values of a generic function (compiled per specialization) and of a protocol extension's method: 9 nodes
        // untyped before (session 30).
        let code = """
        extension Int {
            func repeated<T>(_ value: T) -> [T] { Array(repeating: value, count: self) }
        }
        func contains<T: Equatable>(_ a: T, _ b: [T], from start: Int = 0) -> Bool { b[start...].contains(a) }
        protocol Weighted { var w: Double { get set } }
        extension Weighted { mutating func bump(by k: Double = 1) { w += k } }
        struct Box: Weighted { var w = 0.5 }
        var box = Box()
        box.bump()
        print(3.repeated("z"), 2.repeated(1.5), contains(2.5, [1, 2.5]), contains("a", ["b"], from: 0), box.w)
        """
        let result = agreement(code)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        // swiftc prints the same.
        XCTAssertEqual(output(code), "[\"z\", \"z\", \"z\"] [1.5, 1.5] true false 1.5\n")
    }

    func testGenericMethodsOfClassesWithSubclassesAndThrowingTransformsAreTyped() {
        // A generic method of a class with a subclass, whose body does not name `self`, called on values of the class
        // (the `B` `a` holds included), and `map` given a closure written `throws`: 10 nodes untyped before (session 30).
        let code = """
        class A {
            var name: String { "A" }
            func tag<T>(_ x: T) -> String { "\\(name):\\(x)" }
        }
        class B: A {
            override var name: String { "B" }
        }
        let a: A = B()
        print(a.tag(1), A().tag("s"), A().tag(2.5), B().name)
        let tripled = try [1, 2, 3].map { (x: Int) throws -> Int in x * 3 }
        print(tripled)
        """
        let result = agreement(code)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        // swiftc prints the same.
        XCTAssertEqual(output(code), "B:1 A:s A:2.5 B\n[3, 6, 9]\n")
        // Without `try`, swiftc's error at the call.
        assertCheckerReports("let t = [1].map { (x: Int) throws -> Int in x }\nprint(t)", ["1:9: call can throw but is not marked with 'try'"])
    }
}
