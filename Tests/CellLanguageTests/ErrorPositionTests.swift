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

    /// Mistakes in declarations swiftc finds after type checking (`Positions/FlowDeclarations/`: escaping closures
    /// capturing a mutating method's `self`), at the top level, with swiftc's errors from `-emit-sil`.
    func testEveryFlowDeclarationMistakeAtSwiftcsPosition() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("FlowDeclarations"), count: 1)
    }

    /// Mistakes swiftc diagnoses otherwise inside a closure of one statement, which it type-checks with the expression
    /// around it (`Positions/OutsideClosures/`): in the seven other contexts, with swiftc's errors.
    func testEveryMistakeOutsideClosuresAtSwiftcsPosition() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        try checkPrograms(in: folder.appendingPathComponent("OutsideClosures"), count: 7)
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

    /// A cell as a new user writes it: three independent mistakes of different kinds in a function body, two in a
    /// closure, three in a mutating method and three at the top level; one compile reports all eleven, where
    /// swiftc does (its errors for this program, swiftc 6).
    func testIndependentMistakesAfterTheFirstAreAllReported() {
        XCTAssertEqual(diagnosticLines("""
        func work() -> Int {
            let a: Int = "x"
            var b = [1]; b.apend(2)
            if 3 { print(a) }
            return b.count
        }
        let clo = { (x: Int) -> Int in
            let c = x + "s"
            takes(1)
            return 0
        }
        struct S {
            var v = 0
            mutating func m() {
                v = "a"
                let e = undefinedThing
                for f in 5 { print(f) }
            }
        }
        let g = 1; g = 2
        print(h)
        let k = [1].cout
        """), [
            "2:18: cannot convert value of type 'String' to specified type 'Int'",
            "3:20: value of type '[Int]' has no member 'apend'",
            "4:8: cannot convert value of type 'Int' to expected condition type 'Bool'",
            "8:15: binary operator '+' cannot be applied to operands of type 'Int' and 'String'",
            "9:5: cannot find 'takes' in scope",
            "15:13: cannot assign value of type 'String' to type 'Int'",
            "16:17: cannot find 'undefinedThing' in scope",
            "17:18: for-in loop requires 'Int' to conform to 'Sequence'",
            "20:12: cannot assign to value: 'g' is a 'let' constant",
            "21:7: cannot find 'h' in scope",
            "22:13: value of type '[Int]' has no member 'cout'",
        ])
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
