import CellLanguage
import Diagnostics
import XCTest

/// Closures whose anonymous arguments do not cover their context's parameters, and calls of standard-library
/// methods with several declarations of a name: refused with swiftc's messages at swiftc's positions (checked
/// against swiftc 6.3).
final class ClosureArityDiagnosticsTests: XCTestCase {
    private func errors(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.filter { $0.severity == .error }.map {
            ($0.location.map { "\($0.line):\($0.column): " } ?? "") + $0.message
        }
    }

    func testAnonymousArgumentsMustCoverTheContextsParameters() {
        let code = """
        let xs = [2, 1]
        print(xs.sorted(by: { $0 > 1 }))
        let r = [1, 2].reduce(0, { $0 })
        let m = xs.map { 5 }
        var b: [String: String] = [:]
        b.merge([:], uniquingKeysWith: { $0 })
        let f: (Int, Int) -> Int = { $0 }
        """
        XCTAssertEqual(errors(code), [
            "2:21: contextual closure type '(Int, Int) throws -> Bool' expects 2 arguments, but 1 was used in closure body",
            "3:26: contextual closure type '(Int, Int) throws -> Int' expects 2 arguments, but 1 was used in closure body",
            "4:16: contextual type for closure argument list expects 1 argument, which cannot be implicitly ignored",
            "6:32: contextual closure type '(String, String) throws -> String' expects 2 arguments, but 1 was used in closure body",
            "7:28: contextual closure type '(Int, Int) -> Int' expects 2 arguments, but 1 was used in closure body",
        ])
    }

    func testClosuresUsingEveryParameterOrATupleAreAccepted() {
        let code = """
        let xs = [2, 1]
        let a = xs.sorted { $1 > $0 }
        let b = zip(xs, xs).map { $0 }
        let c = zip(xs, xs).map { $0 + $1 }
        var d = ["a": 1]
        d.merge(["a": 2]) { $1 }
        let e = xs.map { _ in 5 }
        """
        XCTAssertEqual(errors(code), [])
    }

    func testAMistakeIsDiagnosedAgainstTheDeclarationWhoseLabelsBeginTheCall() {
        XCTAssertEqual(errors("var xs = [1]\nxs.insert(1)"), ["2:12: missing argument for parameter 'at' in call"])
        XCTAssertEqual(errors("var xs = [1]\nxs.insert(5, 2)"), ["2:4: no exact matches in call to instance method 'insert'"])
        XCTAssertEqual(errors("var d = [\"a\": 1]\nd.merge([\"b\": 2])"),
                       ["2:17: missing argument for parameter 'uniquingKeysWith' in call"])
    }
}
