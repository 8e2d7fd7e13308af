import CellLanguage
import XCTest

/// The type checker on result builders and `@autoclosure` arguments (`TypeChecker+ResultBuilders`): it checks the
/// bodies the generator compiles (the transformed ones, whose hidden variables and builder calls it types too), agrees
/// with the generator on every node it types, and stays linear in the nesting.
final class ResultBuilderCheckTests: XCTestCase {
    func testNestedBuilderClosuresAndAutoclosuresAreTypedAsTheGeneratorCompilesThem() {
        var built = "1"
        for _ in 0..<8 { built = "sum { 1; if flag { \(built) } else { 2 } }" }
        var wrapped = "1"
        for _ in 0..<16 { wrapped = "twice(\(wrapped))" }
        let code = """
        @resultBuilder
        struct Sum {
            static func buildBlock(_ values: Int...) -> Int { values.count }
            static func buildEither(first: Int) -> Int { first }
            static func buildEither(second: Int) -> Int { -second }
        }
        func sum(@Sum _ make: () -> Int) -> Int { make() }
        func twice(_ value: @autoclosure () -> Int) -> Int { value() + value() }
        let flag = true
        let a = \(built)
        let b = \(wrapped)
        print(a, b)
        """
        let agreement = Interpreter().compileComparingTypes(CellSource(code: code, firstLine: 1)).agreement
        XCTAssertEqual(agreement.disagreements, [])
        // Only the arrays the generator gathers variadic arguments into (made anew at each compile) are left unknown.
        XCTAssertEqual(agreement.missed.filter { !$0.contains(" array: [Int]") }, [])
        XCTAssertGreaterThan(agreement.agreed, 150)
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "2 65536\n")  // swiftc 6.3
    }
}
