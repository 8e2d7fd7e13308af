import XCTest
@testable import CellLanguage

/// Mistakes the checker once accepted and the generator could not build (an internal error, "nbrun cannot generate
/// this code, which its type checker accepted"): each is now the checker's, with swiftc's message at swiftc's position.
final class InternalErrorDiagnosticsTests: XCTestCase {
    func testAMisspelledNameThroughItsModuleIsNoMemberOfTheModule() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the module's name.
        assertCheckerReports("""
        import Foundation
        func least(_ a: Double, _ b: Double) -> Double { Swift.minx(a, b) }
        func root(_ x: Int) -> Int { Int(Foundation.sqrtx(Double(x))) }
        print(Swift.max(1, 2), Foundation.sqrt(2.25))
        """, [
            "2:50: module 'Swift' has no member named 'minx'",
            "3:34: module 'Foundation' has no member named 'sqrtx'",
        ])
    }

    /// A library function read through its module as a value (`Swift.max`) and a protocol requirement's method read
    /// as a value (`x.f` on `any P` or on `T: P`) were internal errors: nbrun's refusals (swiftc accepts them), at the
    /// module's name and at the member; a misspelled name is swiftc's `has no member`, as in a call.
    func testModuleQualifiedFunctionValuesAndRequirementMethodValuesAreRefused() {
        assertCheckerReports("""
        import Foundation
        let g: (Int, Int) -> Int = Swift.max
        let h: (Double) -> Double = Foundation.sqrtx
        protocol P { func f() }
        func call(_ x: any P) { let m = x.f; m() }
        func callGeneric<T: P>(_ x: T) { let m = x.f; m() }
        """, [
            "2:28: the module-qualified name 'Swift.max' is not supported in nbrun cells",
            "3:29: module 'Foundation' has no member named 'sqrtx'",
            "5:35: a protocol requirement's method 'f' as a function value (call it in a closure) is not supported in nbrun cells",
            "6:44: a protocol requirement's method 'f' as a function value (call it in a closure) is not supported in nbrun cells",
        ])
    }

    /// `x.self` of a value (and the key path `\.self`) was an internal error: it is the value, as in Swift.
    func testSelfOfAValueIsTheValue() {
        // Output: swiftc 6.3.1's program.
        let code = """
        let x = 5
        print(x.self)
        let f: (Int) -> Int = \\.self
        print(f(3))
        print([1, 2].map(\\.self))
        struct P { var x = 1 }
        let p = P()
        print(p.self.x, p.x.self, [p][0].self.x, (x + 1).self)
        print(Int.self, P.self)
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "5\n3\n[1, 2]\n1 1 1 6\nInt P\n")
    }

    func testAMissingMemberOfAClassCompositionValueIsReportedAtTheTopLevelToo() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): a composition with a class is an `any` type.
        assertCheckerReports("""
        protocol Named { var name: String { get } }
        class Location { var x = 1 }
        class City: Location, Named { var name = "a" }
        let places: [Location & Named] = [City()]
        for place in places { print(place.namex) }
        let first: Location & Named = places[0]
        print(first.name, first.x, first.namex)
        """, [
            "5:35: value of type 'any Location & Named' has no member 'namex'",
            "7:34: value of type 'any Location & Named' has no member 'namex'",
        ])
    }

    func testAMemberOfAMathFunctionsNameDependsOnWhetherFoundationIsImported() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): a variable `log` renamed, its uses find the C
        // library's `log` only through Foundation, whose overloads give the member no contextual type.
        assertCheckerReports("""
        var logx: [String] = []
        func next() -> Int { log.append("next"); return logx.count }
        print("count \\(log.count)")
        """, [
            "2:22: cannot find 'log' in scope",
            "3:16: cannot find 'log' in scope",
        ])
        assertCheckerReports("""
        import Foundation
        var logx: [String] = []
        func next() -> Int { log.append("next"); return logx.count }
        let n = log.count + 1
        """, [
            "3:26: reference to member 'append' cannot be resolved without a contextual type",
            "4:13: reference to member 'count' cannot be resolved without a contextual type",
        ])
    }

    func testAPropertyWrapperWithoutWrappedValueIsRefusedAtItsName() {
        // Expected line: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertRefusedByTheChecks("""
        @propertyWrapper
        struct SmallNumber {
            private var number = 0
            var wrappedValuex: Int {
                get { number }
                set { number = min(newValue, 12) }
            }
        }
        struct Box {
            @SmallNumber var size: Int
        }
        """, [
            "2:8: property wrapper type 'SmallNumber' does not contain a non-static property named 'wrappedValue'",
        ])
    }

    func testAMisspelledDefaultLabelOfADictionaryPlaceIsReportedOnParametersToo() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the subscript's base.
        assertCheckerReports("""
        let nums = [1, 2, 2]
        let counts = nums.reduce(into: [:]) { $0[$1, defaultx: 0] += 1 }
        let sums = nums.reduce(into: [Int: Int]()) { acc, n in acc[n, defaultx: 0] = n }
        func bump(_ d: inout [Int: Int]) { d[1, defaultx: 0] += 1 }
        """, [
            "2:41: incorrect argument label in subscript (have '_:defaultx:', expected '_:default:')",
            "3:59: incorrect argument label in subscript (have '_:defaultx:', expected '_:default:')",
            "4:37: incorrect argument label in subscript (have '_:defaultx:', expected '_:default:')",
        ])
    }

    func testAnAmpersandBeforeAnArgumentOfAParameterThatIsNotInoutIsReportedAtTheAmpersand() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        func f(_ x: Int) {}
        var v = 1
        f(&v)
        struct S { func m(_ x: Int) {} }
        S().m(&v)
        func h(_ x: Int, y: Int) {}
        h(1, y: &v)
        """, [
            "3:3: '&' used with non-inout argument of type 'Int'",
            "5:7: '&' used with non-inout argument of type 'Int'",
            "7:9: '&' used with non-inout argument of type 'Int'",
        ])
    }

    func testAMemberOfADeclaredStructIsNoMemberOfAnArray() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): a parameter `a` renamed, `a` names the global array.
        assertCheckerReports("""
        struct M { var c = 0 }
        let a = [M]()
        struct Vec2 {
            var x = 0.0, y = 0.0
            static func + (ax: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
        }
        """, [
            "5:59: value of type '[M]' has no member 'x'",
            "5:73: value of type '[M]' has no member 'y'",
        ])
    }

    func testAnUnknownLabelOfPrintIsAnExtraArgument() {
        // Expected line: swiftc 6.3.1 (`swiftc -swift-version 5`), at the value.
        assertCheckerReports("""
        print(1, foo: 2)
        print(1, 2, separator: "-")
        """, [
            "1:15: extra argument 'foo' in call",
        ])
    }
}
