import CellLanguage
import Foundation
import XCTest

/// The same independent mistakes at the top level, in functions, nested functions, closures, initializers, static,
/// mutating and class methods (`Positions/NAME.swift`): one compile reports every one of them, with swiftc's message,
/// at swiftc's line and column (`NAME.errors`, written by `scripts/update-position-goldens.sh` from swiftc's output).
/// `Positions/Flow/` holds the mistakes swiftc finds after type checking (definite initialization, fall-through,
/// literal overflow, missing return), each program free of type errors so that swiftc reports them.
final class ErrorPositionTests: XCTestCase {
    func testEveryMistakeAtSwiftcsPositionInEveryContext() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder)
    }

    func testEveryFlowMistakeAtSwiftcsPositionInEveryContext() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("Flow"))
    }

    /// The refusals swiftc has no error for (`Positions/Refusals/`): their positions are the carets written by hand
    /// under the token each error is about in `refusal-mistakes.txt`, placed in the same eight contexts.
    func testEveryRefusalAtItsTokenInEveryContext() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("Refusals"))
    }

    /// Mistakes in declarations (`Positions/Declarations/`): types, members, conformances and inheritance, at the
    /// top level where cells declare types, with swiftc's errors.
    func testEveryDeclarationMistakeAtSwiftcsPosition() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("Declarations"), count: 1)
    }

    /// The refusals of declarations (`Positions/DeclarationRefusals/`), at the top level, at the carets written by
    /// hand under their tokens.
    func testEveryDeclarationRefusalAtItsToken() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("DeclarationRefusals"), count: 1)
    }

    /// Invalid escapes in string literals (`Positions/Literals/`): the parser's errors, which leave the rest of a
    /// cell unchecked, apart from the others.
    func testEveryLiteralMistakeAtSwiftcsPositionInEveryContext() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("Literals"))
    }

    /// A `\u{…}` escape with too many or no digits: swiftc reports it just after the closing brace (positions from
    /// swiftc 6 on this program; the parser's message is not a kind of CompileError, so it is not in `Literals/`).
    func testUnicodeEscapeDigitsAfterTheBrace() {
        XCTAssertEqual(diagnosticLines(#"""
        let l11 = "\u{000000000}"
        let l12 = "\u{}"
        """#), ["1:25: \\u{...} escape sequence expects between 1 and 8 hex digits",
                  "2:16: \\u{...} escape sequence expects between 1 and 8 hex digits"])
    }

    private func checkPrograms(in folder: URL, count: Int = 8) throws {
        let programs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertEqual(programs.count, count)
        for file in programs {
            let name = String(file.dropLast(".swift".count))
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let expected = try String(contentsOf: folder.appendingPathComponent(name + ".errors"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            XCTAssertGreaterThanOrEqual(expected.count, 5, name)
            let compiled = Interpreter().compile(CellSource(code: source, firstLine: 1))
            let found = compiled.diagnostics.filter { $0.severity == .error }.map { diagnostic -> String in
                guard let location = diagnostic.location else { return diagnostic.message }
                return "\(location.line):\(location.column): \(diagnostic.message)"
            }
            XCTAssertEqual(found, expected, name)
        }
    }
}
