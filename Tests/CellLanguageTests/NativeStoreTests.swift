import CellLanguage
import XCTest

/// A native counter board for the store tests: a settable property and a settable subscript.
private final class Board: CustomStringConvertible {
    var cells: [Int]
    var title = ""
    init(_ cells: [Int]) { self.cells = cells }
    var description: String { "Board(\(title), \(cells))" }
}

/// Stores through native setters: `b.title = "x"` and `b[i] = v` on a `let` (native values are references),
/// compound assignments through them (read, combine, store back; receiver, index and right side evaluated once,
/// in Swift's order), overloads of setters by value type, and the errors for a get-only property or a wrong type.
final class NativeStoreTests: XCTestCase {
    private func makeInterpreter() -> Interpreter {
        let interpreter = Interpreter()
        let board = NativeType(name: "Board")
        board.addInitializer(parameters: [NativeParameter(nil, .array(.int))]) { call in .native(Board(try call.ints(0))) }
        board.addProperty("title", type: .string, get: { .string(($0 as? Board)?.title ?? "") },
                          set: { object, value in (object as? Board)?.title = try value.asString() })
        board.addProperty("size", type: .int) { .int(($0 as? Board)?.cells.count ?? 0) }
        board.addSubscript(parameters: [NativeParameter(nil, .int)], returns: .int) { call in
            let cells = try call.receiver(as: Board.self).cells, index = try call.int(0)
            guard cells.indices.contains(index) else { throw NativeError("cell \(index) is out of range") }
            return .int(cells[index])
        }
        board.addSubscriptSetter(parameters: [NativeParameter(nil, .int)], value: .int) { call in
            let target = try call.receiver(as: Board.self), index = try call.int(0)
            guard target.cells.indices.contains(index) else { throw NativeError("cell \(index) is out of range") }
            target.cells[index] = try call.int(1)
            return .void
        }
        board.addSubscriptSetter(parameters: [NativeParameter(nil, .int)], value: .string) { call in
            try call.receiver(as: Board.self).cells[try call.int(0)] = try call.string(1).count
            return .void
        }
        interpreter.register(board)
        return interpreter
    }

    func testStoresThroughPropertyAndSubscriptSetters() {
        let result = makeInterpreter().execute(CellSource(code: """
        let b = Board([1, 2, 3])
        b.title = "first"
        b.title += "!"
        b[0] = 10
        b[1] = "four"
        var calls = 0
        func next() -> Int { calls += 1; return 2 }
        func amount() -> Int { print("amount after \\(calls) index call"); return 5 }
        b[next()] += amount()
        print(b, calls)
        """, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "amount after 1 index call\nBoard(first!, [10, 4, 8]) 1\n")
    }

    func testStoreMistakesAreReported() {
        let interpreter = makeInterpreter()
        var result = interpreter.execute(CellSource(code: "let b = Board([1])\nb.size = 3\n", firstLine: 1))
        XCTAssertEqual(result.diagnostics.first?.message, "cannot assign to property: 'size' is a get-only property")
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2)
        result = interpreter.execute(CellSource(code: "let b = Board([1])\nb.title = 3\n", firstLine: 1))
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2)
        result = interpreter.execute(CellSource(code: "let b = Board([1])\nb[4] = 3\n", firstLine: 1))
        XCTAssertEqual(result.diagnostics.first?.message, "cell 4 is out of range")
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2)
    }
}
