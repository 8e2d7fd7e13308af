import CellLanguage
import XCTest

/// The refusals of changes a `Tensor` copy would lose, at the member concerned, in every context a cell has (top
/// level, function, nested function, closure, initializer, static, mutating and class method). nbrun-only refusals
/// (swiftc has no `Tensor`): the expected column is the member's, found in the line itself.
final class NativeChangePositionTests: XCTestCase {
    func testChangesOfACopyAreRefusedAtTheMemberInEveryContext() {
        let mistakes = [
            ("var t1 = Tensor([1.0, 2.0]); t1[0].zeroGrad()", "zeroGrad",
             "cannot use 'zeroGrad' on a copy: a subscript of 'Tensor' returns a copy, not a view, so the change would be lost"),
            ("var t2 = Tensor([1.0, 2.0]); t2.scalars[0] = 1", "scalars",
             "cannot assign through subscript: 'scalars' is a get-only property"),
        ]
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
            for (mistake, member, message) in mistakes {
                let line = lines.firstIndex { $0.hasSuffix(mistake) }!
                let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: "." + member)!.upperBound)
                    - member.count + 1
                expected.append("\(line + 1):\(column): \(message)")
            }
            let runner = CellRunner()
            let diagnostics = runner.interpreter.compile(CellSource(code: lines.joined(separator: "\n"), firstLine: 1)).diagnostics
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map { "\($0.location!.line):\($0.location!.column): \($0.message)" },
                           expected, name)
        }
    }
}
