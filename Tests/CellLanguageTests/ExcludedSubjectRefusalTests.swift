import XCTest
@testable import CellLanguage

/// What issue 13 keeps refused — concurrency, macros, `Sendable`, Objective-C interop and ownership modifiers — is
/// refused before anything runs, with an error at the construct (swiftc accepts most of these programs: the expected
/// lines are nbrun's refusals, each at the token swiftc would start the construct at).
final class ExcludedSubjectRefusalTests: XCTestCase {
    private func assertRefused(_ cases: [(name: String, code: String, expected: [String])],
                               file: StaticString = #filePath, line: UInt = #line) {
        for (name, code, expected) in cases {
            XCTAssertEqual(diagnosticLines(code), expected, name, file: file, line: line)
        }
    }

    func testConcurrencyIsRefusedAtItsTokens() {
        assertRefused([
            ("async function", "func f() async -> Int { 1 }\nprint(1)", ["1:10: 'async' is not supported in nbrun cells"]),
            ("await", "func g() -> Int { 1 }\nlet x = await g()\nprint(x)", ["2:9: 'await' is not supported in nbrun cells"]),
            ("actor", "actor Counter { var n = 0 }\nprint(1)", ["1:1: 'actor' is not supported in nbrun cells"]),
            ("Task", "Task { print(1) }\nprint(2)", ["1:1: type 'Task' is not supported in nbrun cells"]),
            ("Sendable", "struct S: Sendable { var x = 1 }\nprint(S().x)",
             ["1:11: conformance to 'Sendable' is not supported in nbrun cells"]),
            ("@Sendable", "let f: @Sendable () -> Int = { 1 }\nprint(f())", ["1:8: '@Sendable' is not supported in nbrun cells"]),
            ("sending", "func f(_ x: sending String) { print(x) }\nf(\"a\")", ["1:13: 'sending' is not supported in nbrun cells"]),
            ("nonisolated", "class C { nonisolated func f() {} }\nprint(1)", ["1:11: 'nonisolated' is not supported in nbrun cells"]),
            ("@MainActor", "@MainActor func f() {}\nf()", ["1:1: 'attributes' is not supported in nbrun cells"]),
        ])
    }

    func testMacrosAreRefusedAtTheirTokens() {
        assertRefused([
            ("expansion", "let (a, b) = #stringify(1 + 2)\nprint(a, b)", ["1:14: 'macro' is not supported in nbrun cells"]),
            ("declaration", "@freestanding(expression) macro m<T>(_ value: T) -> T = #externalMacro(module: \"M\", type: \"S\")\nprint(1)",
             ["1:1: 'macro' is not supported in nbrun cells"]),
            ("#warning", "#warning(\"later\")\nprint(1)", ["1:1: 'macro' is not supported in nbrun cells"]),
        ])
    }

    func testObjectiveCInteropIsRefusedAtItsTokens() {
        assertRefused([
            ("@objc", "class C { @objc func f() {} }\nprint(1)", ["1:11: 'attributes' is not supported in nbrun cells"]),
            ("NSObject", "class C: NSObject {}\nprint(1)", ["1:10: conformance to 'NSObject' is not supported in nbrun cells"]),
            ("#selector", "let s = #selector(f)\nprint(1)", ["1:9: 'macro' is not supported in nbrun cells"]),
        ])
    }

    func testOwnershipIsRefusedAtItsTokens() {
        assertRefused([
            ("borrowing", "func f(_ x: borrowing String) { print(x) }\nf(\"a\")", ["1:13: 'borrowing' is not supported in nbrun cells"]),
            ("consuming", "func f(_ x: consuming String) { print(x) }\nf(\"a\")", ["1:13: 'consuming' is not supported in nbrun cells"]),
            ("~Copyable", "struct File: ~Copyable { var fd = 1 }\nprint(File().fd)",
             ["1:14: conformance to '~Copyable' is not supported in nbrun cells"]),
            ("consume", "var s = \"a\"\nlet t = consume s\nprint(t)", ["2:9: 'consume' is not supported in nbrun cells"]),
            ("closure parameter", "let f = { (x: borrowing String) in print(x) }\nf(\"a\")",
             ["1:15: 'borrowing' is not supported in nbrun cells"]),
        ])
    }
}
