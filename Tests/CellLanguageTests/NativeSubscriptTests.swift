import CellLanguage
import Diagnostics
import XCTest

/// A native grid of numbers for the subscript, in-place operator and static-function tests.
private final class TestGrid: CustomStringConvertible {
    var values: [[Double]]
    init(_ values: [[Double]]) { self.values = values }
    var description: String { "Grid(\(values))" }
}

/// The compiler's support for native subscripts (`g[i]`, `g[i, j]`, `g[column: j]`, overloads by label and type),
/// native compound assignments that change the object in place (so the target may be a `let`, as with a Swift
/// class's `static func -=`), and native static functions (`Grid.identity(2)`, registered as `Grid.identity`).
final class NativeSubscriptTests: XCTestCase {
    private func makeInterpreter() -> Interpreter {
        let interpreter = Interpreter()
        let grid = NativeType(name: "Grid")
        let type = CType.native("Grid")
        grid.addInitializer(parameters: [NativeParameter(nil, .array(.array(.double)))]) { call in
            .native(TestGrid(try call.doubleMatrix(0)))
        }
        func rows(_ call: NativeCall) throws -> [[Double]] { try call.receiver(as: TestGrid.self).values }
        grid.addSubscript(parameters: [NativeParameter(nil, .int)], returns: .array(.double)) { call in
            let all = try rows(call), index = try call.int(0)
            guard all.indices.contains(index) else { throw NativeError("row \(index) is out of range") }
            return .doubles(all[index])
        }
        grid.addSubscript(parameters: [NativeParameter(nil, .int), NativeParameter(nil, .int)], returns: .double) { call in
            .double(try rows(call)[try call.int(0)][try call.int(1)])
        }
        grid.addSubscript(parameters: [NativeParameter(nil, .range)], returns: type) { call in
            guard case .range(let lower, let upper, _) = try call.argument(0) else { throw NativeError("expected a range") }
            return .native(TestGrid(Array(try rows(call)[lower..<upper])))
        }
        grid.addSubscript(parameters: [NativeParameter("column", .int)], returns: .array(.double)) { call in
            let column = try call.int(0)
            return .doubles(try rows(call).map { $0[column] })
        }
        interpreter.register(grid)
        interpreter.register(NativeOperator("-=", type, .double, returns: .void) { target, amount in
            let grid = try target.asObject(TestGrid.self), k = try amount.asDouble()
            grid.values = grid.values.map { $0.map { $0 - k } }
            return .void
        })
        interpreter.register(NativeFunction("Grid.identity", parameters: [NativeParameter(nil, .int)], returns: type) { call in
            let n = try call.int(0)
            return .native(TestGrid((0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } }))
        })
        return interpreter
    }

    func testSubscriptsOverloadedByLabelsAndTypes() {
        let result = makeInterpreter().execute(CellSource(code: """
        let g = Grid([[1, 2], [3, 4], [5, 6]])
        let i = 1
        print(g[0], g[i, 1], g[1..<3], g[column: 0])
        print(g[5])
        """, firstLine: 1))
        XCTAssertEqual(result.text, "[1.0, 2.0] 4.0 Grid([[3.0, 4.0], [5.0, 6.0]]) [1.0, 3.0, 5.0]\n")
        XCTAssertEqual(result.diagnostics.map { "\($0.location!.line): \($0.message)" }, ["4: row 5 is out of range"])
        let wrong = makeInterpreter().compile(CellSource(code: "let g = Grid([[1]])\nprint(g[\"a\"])", firstLine: 1))
        XCTAssertEqual(wrong.diagnostics.count, 1, "\(wrong.diagnostics.map(\.message))")
    }

    func testCompoundAssignmentChangesTheObjectInPlace() {
        let result = makeInterpreter().execute(CellSource(code: """
        let g = Grid([[1, 2]])
        let same = g
        g -= 0.5
        print(same)
        var n = 3
        n -= 1
        print(n)
        """, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "Grid([[0.5, 1.5]])\n2\n")
        let wrong = makeInterpreter().compile(CellSource(code: "let g = Grid([[1]])\ng -= \"x\"", firstLine: 1))
        XCTAssertEqual(wrong.diagnostics.map(\.message), ["binary operator '-=' cannot be applied to operands of type 'Grid' and 'String'"])
    }

    func testStaticFunctionsOfNativeTypes() {
        let result = makeInterpreter().execute(CellSource(code: "print(Grid.identity(2))", firstLine: 1))
        XCTAssertEqual(result.text, "Grid([[1.0, 0.0], [0.0, 1.0]])\n")
        // Before static functions existed this compiled to nothing and printed "()".
        let unknown = makeInterpreter().compile(CellSource(code: "print(Grid.zeros(2))", firstLine: 1))
        XCTAssertEqual(unknown.diagnostics.map { "\($0.location!): \($0.message)" }, ["1:12: type 'Grid' has no member 'zeros'"])
    }
}
