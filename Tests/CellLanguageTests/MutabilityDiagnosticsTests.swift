import CellLanguage
import XCTest

/// The checker's diagnostics for changes of what cannot change (issue 12: the generator's accessor, existential and
/// accessor-variable places no longer check them), each program's expected lines swiftc 6's (`swiftc -typecheck`).
final class MutabilityDiagnosticsTests: XCTestCase {
    /// `self` in a method that is not `mutating` is a constant: its stored properties cannot be set; a computed
    /// property without setter cannot be set in any method.
    func testChangesThroughAnImmutableSelfAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            struct P {
                var x = 1
                var area: Int { x * 2 }
                func m() { x = 2 }
                func n() { x += 1 }
                func o() { self.x = 3 }
                mutating func s() { area = 1 }
                mutating func t() { self.area += 1 }
            }
            """, [
            "4:16: cannot assign to property: 'self' is immutable",
            "5:18: left side of mutating operator isn't mutable: 'self' is immutable",
            "6:21: cannot assign to property: 'self' is immutable",
            "7:25: cannot assign to property: 'area' is a get-only property",
            "8:35: left side of mutating operator isn't mutable: 'area' is a get-only property",
        ])
    }

    /// Parameters are constants: their stored properties and elements cannot be set nor their mutating methods called;
    /// a `let` struct's computed property with a setter cannot be set either.
    func testChangesOfParametersAndConstantsAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            struct P { var x = 1; mutating func bump() { x += 1 } }
            func g(_ p: P, _ xs: [Int]) {
                p.x = 1
                p.bump()
                xs[0] = 1
                xs.append(1)
                var q = p
                q.bump()
            }
            func h(_ a: inout Int) { a += 1 }
            let k = 1
            h(&k)
            let arr = [1]
            h(&arr[0])
            let pp = P()
            h(&pp.x)
            """, [
            "3:7: cannot assign to property: 'p' is a 'let' constant",
            "4:7: cannot use mutating member on immutable value: 'p' is a 'let' constant",
            "5:7: cannot assign through subscript: 'xs' is a 'let' constant",
            "6:8: cannot use mutating member on immutable value: 'xs' is a 'let' constant",
            "12:3: cannot pass immutable value as inout argument: 'k' is a 'let' constant",
            "14:3: cannot pass immutable value as inout argument: 'arr' is a 'let' constant",
            "16:3: cannot pass immutable value as inout argument: 'pp' is a 'let' constant",
        ])
        assertCheckerReports("""
            struct R { var w = 1; var twice: Int { get { w * 2 } set { w = newValue / 2 } } }
            let r = R()
            r.twice = 4
            r.twice += 2
            var s = R()
            s.twice = 4
            print(s.w)
            """, [
            "3:3: cannot assign to property: 'r' is a 'let' constant",
            "4:9: left side of mutating operator isn't mutable: 'r' is a 'let' constant",
        ])
    }

    /// A protocol requirement `{ get }`, a static computed property and a class's computed property without setter
    /// cannot be set.
    func testChangesOfGetOnlyPropertiesAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            protocol Q { var v: Int { get }; var w: Int { get set } }
            struct A: Q { var v = 1; var w = 2 }
            var q: Q = A()
            q.v = 2
            q.v += 1
            q.w = 3
            struct T { static var s: Int { 1 }; static var t: Int { get { 1 } set { } } }
            T.s = 2
            T.s += 1
            T.t = 3
            class K { var b: Int { 1 } }
            let kk = K()
            kk.b = 1
            kk.b += 1
            """, [
            "4:3: cannot assign to property: 'v' is a get-only property",
            "5:5: left side of mutating operator isn't mutable: 'v' is a get-only property",
            "8:3: cannot assign to property: 's' is a get-only property",
            "9:5: left side of mutating operator isn't mutable: 's' is a get-only property",
            "13:4: cannot assign to property: 'b' is a get-only property",
            "14:6: left side of mutating operator isn't mutable: 'b' is a get-only property",
        ])
    }

    /// A declared prefix operator whose parameter is `inout` cannot take a constant.
    func testMutatingOperatorsOnConstantsAreReportedAsSwiftcReportsThem() {
        assertCheckerReports("""
            prefix operator ++
            prefix func ++(a: inout Int) { a += 1 }
            let u = 1
            ++u
            var v = 1
            ++v
            print(v)
            """, [
            "4:1: cannot pass immutable value to mutating operator: 'u' is a 'let' constant",
        ])
    }

    // Every write asks one question, `TypeChecker.immutablePart(of:)` (TypeChecker+Mutability): a `let`, a parameter
    // or `self` in a non-`mutating` method of a value type holds its properties and elements; a class reference does
    // not. Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
    func testWritesThroughConstantsOfValueTypesAreRefusedAtSwiftcsPositions() {
        assertCheckerReports("""
        struct Point { var x = 0; var tags: [String] = []; let id = 1 }
        struct Shape { var corners: [Point] = [Point(), Point()]; var center = Point() }
        let origin = Point()
        origin.x = 1
        origin.x += 2
        origin.tags.append("a")
        origin.tags[0] = "b"
        let shape = Shape()
        shape.corners[1].x += 1
        shape.center.tags.removeAll()
        let table: [String: [Int]] = ["a": [1]]
        table["a"]?[0] = 2
        table["b"] = [3]
        func local() {
            let counts = [1, 2]
            counts[0] = 5
            counts.append(3)
            let pair = (a: 1, b: [2])
            pair.a = 3
            pair.b.append(4)
        }
        """, [
            "4:8: cannot assign to property: 'origin' is a 'let' constant",
            "5:10: left side of mutating operator isn't mutable: 'origin' is a 'let' constant",
            "6:13: cannot use mutating member on immutable value: 'origin' is a 'let' constant",
            "7:12: cannot assign through subscript: 'origin' is a 'let' constant",
            "9:20: left side of mutating operator isn't mutable: 'shape' is a 'let' constant",
            "10:19: cannot use mutating member on immutable value: 'shape' is a 'let' constant",
            "12:12: cannot assign through subscript: 'table' is a 'let' constant",
            "13:6: cannot assign through subscript: 'table' is a 'let' constant",
            "16:11: cannot assign through subscript: 'counts' is a 'let' constant",
            "17:12: cannot use mutating member on immutable value: 'counts' is a 'let' constant",
            "19:10: cannot assign to property: 'pair' is a 'let' constant",
            "20:12: cannot use mutating member on immutable value: 'pair' is a 'let' constant",
        ])
    }

    func testClosuresParametersSubscriptSettersAndLoopConstantsAreConstants() {
        assertCheckerReports("""
        let g = [1]
        let grow = { (x: Int) in g.append(x) }
        struct Grid {
            var cells = [0, 0]
            subscript(i: Int, j: Int) -> Int { get { cells[i + j] } set { cells[i + j] = newValue } }
        }
        let grid = Grid()
        grid[0, 1] = 2
        struct Holder { var grid = Grid() }
        let holder = Holder()
        holder.grid[0, 0] = 1
        func scale(_ xs: [Double], by k: Double) {
            xs[0] *= k
            for x in xs { x += 1 }
        }
        let pairs = [(1, 2)]
        pairs[0].0 = 3
        let fixed = 3
        func twice(_ v: inout Int) { v *= 2 }
        twice(&fixed)
        """, [
            "2:28: cannot use mutating member on immutable value: 'g' is a 'let' constant",
            "8:5: cannot assign through subscript: 'grid' is a 'let' constant",
            "11:12: cannot assign through subscript: 'holder' is a 'let' constant",
            "13:11: left side of mutating operator isn't mutable: 'xs' is a 'let' constant",
            "14:21: left side of mutating operator isn't mutable: 'x' is a 'let' constant",
            "17:10: cannot assign to property: 'pairs' is a 'let' constant",
            "20:7: cannot pass immutable value as inout argument: 'fixed' is a 'let' constant",
        ])
    }

    func testSelfIsImmutableInNonMutatingMethodsOfValueTypesGenericOnesToo() {
        assertCheckerReports("""
        struct Counter {
            var count = 0
            var history: [Int] = []
            static var total = 0
            static let limit = 10
            func bump() { count += 1 }
            func record() { history.append(count) }
            func reset() { self.count = 0 }
            func clear() { history[0] = 0 }
            static func tally() { total += 1; limit += 1 }
            mutating func fine() { count += 1; history.append(count); Counter.total += 1 }
        }
        struct Box<T> {
            var items: [T] = []
            func add(_ x: T) { items.append(x) }
            func drop() { items.removeAll() }
        }
        Counter.limit = 11
        """, [
            "6:25: left side of mutating operator isn't mutable: 'self' is immutable",
            "7:29: cannot use mutating member on immutable value: 'self' is immutable",
            "8:25: cannot assign to property: 'self' is immutable",
            "9:27: cannot assign through subscript: 'self' is immutable",
            "10:45: left side of mutating operator isn't mutable: 'limit' is a 'let' constant",
            "15:30: cannot use mutating member on immutable value: 'self' is immutable",
            "16:25: cannot use mutating member on immutable value: 'self' is immutable",
            "18:9: cannot assign to property: 'limit' is a 'let' constant",
        ])
    }

    func testProtocolExtensionsMutatingMethodsNeedAVariableAndTheirOtherMethodsAnImmutableSelf() {
        // A protocol that is not class-bound: a class's `let` reference cannot call its extension's `mutating` method.
        assertCheckerReports("""
        protocol Counter { var w: Double { get set } }
        final class Box: Counter { var w = 5.0 }
        extension Counter {
            mutating func bump(by k: Double = 1) { w += k }
        }
        let b = Box()
        b.bump(by: 10)
        var shared = Box()
        shared.bump()
        protocol Container {
            associatedtype Item
            var items: [Item] { get set }
        }
        extension Container {
            func add(_ item: Item) { items.append(item) }
        }
        struct Bag: Container { var items: [Int] = [] }
        """, [
            "7:3: cannot use mutating member on immutable value: 'b' is a 'let' constant",
            "15:36: cannot use mutating member on immutable value: 'self' is immutable",
        ])
    }

    func testAPropertyOrVariableAssignedToItselfIsRefusedAtTheEquals() {
        // An initializer's parameter renamed: `self.degrees = degrees` reads the property.
        assertCheckerReports("""
        struct Celsius {
            var degrees: Double
            let label: String
            init(degreesx: Double, label: String) {
                self.degrees = degrees
                self.label = label
            }
        }
        final class Account {
            var balance: Int
            init(balancex: Int) { balance = balance }
        }
        var total = 1
        total = total
        """, [
            "5:22: assigning a property to itself",
            "11:35: assigning a property to itself",
            "14:7: assigning a variable to itself",
        ])
    }

    func testLetDeclarationsWithAccessorsAreRefusedAtTheirBraces() {
        // Reported by the lowering; the property stays declared (no conformance mistake follows).
        XCTAssertEqual(diagnosticLines("""
        protocol Named { let name: String { get } }
        struct Tag: CustomStringConvertible { let description: String { "tag" } }
        print(Tag())
        """), [
            "1:35: 'let' declarations cannot be computed properties",
            "2:63: 'let' declarations cannot be computed properties",
        ])
    }

    /// A template's `mutating` method (`extension Array { mutating func rotate() }`) called on a constant array: nbrun
    /// ran it on a copy (session 30); swiftc refuses it at the method's name.
    func testMutatingTemplateMethodsOnConstantCollectionsAreRefused() {
        assertCheckerReports("""
            extension Array {
                mutating func rotate() { if let f = first { removeFirst(); append(f) } }
                mutating func push(_ x: Element) -> Int { append(x); return count }
            }
            let xs = [1, 2]
            xs.rotate()
            func f(_ ys: [String]) -> Int { ys.push("a") }
            struct S { let zs: [Double] = [1] }
            let s = S()
            s.zs.rotate()
            var ws = [1]
            ws.rotate()
            print(ws.push(2))
            """, [
            "6:4: cannot use mutating member on immutable value: 'xs' is a 'let' constant",
            "7:36: cannot use mutating member on immutable value: 'ys' is a 'let' constant",
            "10:6: cannot use mutating member on immutable value: 'zs' is a 'let' constant",
        ])
    }

    func testAMutatingMethodDoesNotMeetANonMutatingRequirement() {
        XCTAssertEqual(diagnosticLines("""
        protocol Container { func append(_ x: Int) }
        struct Stack: Container {
            var items: [Int] = []
            mutating func append(_ x: Int) { items.append(x) }
        }
        """), ["2:8: type 'Stack' does not conform to protocol 'Container'"])
    }

    func testWritesThroughVariablesClassReferencesAndMutatingMethodsStayAccepted() {
        // A `let` class reference (or a class-bound existential) is mutable through its properties; `var`s, `inout`
        // parameters, `mutating` methods, an initializer's own `let`s and a `let` declared without a value are too.
        XCTAssertEqual(diagnosticLines("""
        final class Node { var value = 0; var children: [Node] = []; let name = "n" }
        let root = Node()
        root.value = 1
        root.value += 1
        root.children.append(Node())
        root.children[0].value = 2
        struct Holder { var node = Node() }
        let holder = Holder()
        holder.node.value = 3
        let nodes = [Node(), Node()]
        nodes[0].value = 4
        protocol Scored: AnyObject { var score: Int { get set } }
        final class Player: Scored { var score = 0 }
        let p: any Scored = Player()
        p.score += 1
        protocol Sized { var size: Int { get set }; mutating func grow() }
        struct Shoe: Sized { var size = 1; mutating func grow() { size += 1 } }
        var shoe: any Sized = Shoe()
        shoe.size = 2
        shoe.grow()
        var names = ["a"]
        let append = { names.append("b") }
        append()
        for var n in [1, 2] { n += 1; print(n) }
        if var first = names.first { first += "!"; print(first) }
        struct Grid {
            var cells = [0, 0]
            subscript(i: Int) -> Int { get { cells[i] } set { cells[i] = newValue } }
            mutating func set(_ i: Int) { self[i] = 1 }
        }
        var grid = Grid()
        grid[0] = 2
        grid.set(1)
        enum Light { case on, off
            mutating func toggle() { self = self == .on ? .off : .on } }
        var light = Light.on
        light.toggle()
        var counts: [String: Int] = [:]
        counts["a", default: 0] += 1
        func grow(_ xs: inout [Int]) { xs.append(1); xs[0] += 1 }
        var list = [1]
        grow(&list)
        struct Stack<Element> {
            var items: [Element] = []
            let limit: Int
            init(limit: Int) { self.limit = limit }
            mutating func push(_ x: Element) { items.append(x) }
        }
        var stack = Stack<Int>(limit: 2)
        stack.push(1)
        let words: [String]
        words = ["a"]
        print(root.value, holder.node.value, nodes[0].value, p.score, shoe.size, names, grid.cells, light, counts, list,
              stack.items, words)
        """), [])
    }
}
