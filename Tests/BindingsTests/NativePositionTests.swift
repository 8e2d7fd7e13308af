import CellLanguage
import XCTest

/// Mistakes with native values (`Tensor`), at the token concerned, in every context a cell has (top level,
/// function, nested function, closure, initializer, static, mutating and class method). nbrun-only errors (swiftc
/// has no `Tensor`): the expected column is the token's, found in the line itself.
final class NativePositionTests: XCTestCase {
    /// Changes a copy would lose, at the member.
    func testChangesOfACopyAreRefusedAtTheMemberInEveryContext() {
        check([
            ("var t1 = Tensor([1.0, 2.0]); t1[0].zeroGrad()", "zeroGrad",
             "cannot use 'zeroGrad' on a copy: a subscript of 'Tensor' returns a copy, not a view, so the change would be lost"),
            ("var t2 = Tensor([1.0, 2.0]); t2.scalars[0] = 1", "[",
             "cannot assign through subscript: 'scalars' is a get-only property"),
        ])
    }

    /// Calls of overloaded native functions that match none: at the `[` of a subscript, at the type of an
    /// initializer, at the name of a method; the label mistake of the one overload the arguments' count admits.
    func testCallsMatchingNoOverloadAreRefusedAtTheCallInEveryContext() {
        check([
            ("var t3 = Tensor([1.0, 2.0]); let t4 = t3[q: 0]", "[", "no exact matches in call to 'subscript'"),
            ("let t5 = Tensor(foo: 1)", "Tensor", "no exact matches in call to 'Tensor'"),
            ("var t6 = Tensor([1.0, 2.0]); let t7 = t6.sum(zz: 1)", "sum", "no exact matches in call to 'sum'"),
            // The one overload whose parameter count admits the arguments, each label it lacks a typo of its own, is
            // mislabelled (swiftc's lines for `sum(axis:keepDims:)` and `sum()` written as Swift methods; swiftc
            // takes `sum()` for `sum(zz: 1)` above), at the parenthesis.
            ("let t15 = Tensor([1.0]).sum(axs: 0)", "(", "incorrect argument label in call (have 'axs:', expected 'axis:')"),
            ("let t14 = Tensor([1.0]).mean(axis: 0, keepDim: true)", "(",
             "incorrect argument label in call (have 'axis:keepDim:', expected 'axis:keepDims:')"),
            // Labels that fit, argument types that fit no initializer: swiftc's words for overloaded initializers
            // (an internal error until session 30).
            ("let t8 = Tensor(true)", "Tensor", "no exact matches in call to initializer"),
            ("let t9 = Tensor(nil, requiresGrad: true)", "Tensor", "no exact matches in call to initializer"),
            // One initializer refuses fewer arguments than the others: its mistake, as swiftc ranks them.
            ("let t10 = Tensor([1.0], requiresGrad: \"yes\")", "\"yes\"",
             "cannot convert value of type 'String' to expected argument type 'Bool'"),
            // The same rule for methods, static methods and global functions (internal errors until session 31;
            // the lines are swiftc's for the same overloads written as Swift functions): the candidate refusing
            // fewest arguments, then needing fewest conversions (a `Color?` over a `String` parameter), else
            // `no exact matches in call to …` with the candidates' role.
            ("Figure().scatter(x: [1], y: [1], color: 3)", "3", "cannot convert value of type 'Int' to expected argument type 'String'"),
            ("Figure().line(y: [1], width: \"w\")", "\"w\"", "cannot convert value of type 'String' to expected argument type 'Double'"),
            ("let t11 = Tensor.where(Tensor([1.0]), 1.0, 2.0)", "where", "no exact matches in call to static method 'where'"),
            ("let t12 = maximum(Tensor([1.0]), \"a\")", "maximum", "no exact matches in call to global function 'maximum'"),
            ("show(3)", "show", "no exact matches in call to global function 'show'"),
            ("let t13 = Tensor([1.0]).sum(axis: \"a\")", "\"a\"", "cannot convert value of type 'String' to expected argument type 'Int'"),
        ])
    }

    /// Places each mistake (a line, the token its error is at, the message) in the eight contexts and requires the
    /// errors at the last occurrence of the token in each line.
    private func check(_ mistakes: [(String, String, String)], file: StaticString = #filePath, line: UInt = #line) {
        let contexts: [(String, ([String]) -> [String])] = [
            ("top level", { $0 }),
            ("function", { ["func body() {"] + $0.map { "    " + $0 } + ["}"] }),
            ("nested function", { ["func outer() {", "    func inner() {"] + $0.map { "        " + $0 } + ["    }", "    inner()", "}"] }),
            ("closure", { $0.enumerated().flatMap { ["let run\($0.offset) = {", "    " + $0.element, "}"] } }),
            ("initializer", { ["struct Holder {", "    var v = 0", "    init() {"] + $0.map { "        " + $0 } + ["    }", "}"] }),
            ("static method", { ["struct Statics {", "    static func s() {"] + $0.map { "        " + $0 } + ["    }", "}"] }),
            ("mutating method", { ["struct Mutator {", "    var v = 0", "    mutating func m() {"] + $0.map { "        " + $0 } + ["    }", "}"] }),
            ("class method", { ["final class Owner {", "    var v = 0", "    func m() {"] + $0.map { "        " + $0 } + ["    }", "}"] }),
        ]
        for (name, wrap) in contexts {
            let lines = wrap(mistakes.map(\.0))
            var expected: [String] = []
            for (mistake, token, message) in mistakes {
                let number = lines.firstIndex { $0.hasSuffix(mistake) }!
                let text = lines[number]
                let column = text.distance(from: text.startIndex, to: text.range(of: token, options: .backwards)!.lowerBound) + 1
                expected.append("\(number + 1):\(column): \(message)")
            }
            let runner = CellRunner()
            let diagnostics = runner.interpreter.compile(CellSource(code: lines.joined(separator: "\n"), firstLine: 1)).diagnostics
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map { "\($0.location!.line):\($0.location!.column): \($0.message)" },
                           expected, name, file: file, line: line)
        }
    }
}
