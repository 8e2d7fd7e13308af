import CellLanguage
import Diagnostics
import XCTest

/// A small native type, registered the way the Bindings target registers the ML modules.
private final class TestFigure: CustomStringConvertible {
    let title: String
    let theme: String
    var series: [(x: [Double], y: [Double], color: String)] = []

    init(title: String, theme: String) {
        self.title = title
        self.theme = theme
    }

    var description: String { "Figure(\"\(title)\", \(series.count) series)" }
}

/// A native vector for the operator test.
private final class TestVector: CustomStringConvertible {
    let values: [Double]
    init(_ values: [Double]) { self.values = values }
    var description: String { "Vec(\(values))" }
}

final class NativeBindingTests: XCTestCase {
    private func makeInterpreter() -> Interpreter {
        let interpreter = Interpreter()
        interpreter.registerConstants("Theme", cases: ["light", "dark"])
        interpreter.register(NativeFunction("linspace", parameters: [
            NativeParameter(nil, .double), NativeParameter(nil, .double), NativeParameter("count", .int, default: .int(5)),
        ], returns: .array(.double)) { call in
            let start = try call.double(0), end = try call.double(1), count = try call.int(2)
            guard count >= 2 else { throw NativeError("linspace needs count >= 2, got \(count)") }
            return .doubles((0..<count).map { start + (end - start) * Double($0) / Double(count - 1) })
        })
        let figure = NativeType(name: "Figure")
        figure.addInitializer(parameters: [
            NativeParameter("title", .string, default: .string("")), NativeParameter("theme", .constants("Theme"), default: .constant("Theme", "light")),
        ]) { call in
            .native(TestFigure(title: try call.string(0), theme: try call.constant(1)))
        }
        figure.addMethod("scatter", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("color", .string, default: .string("#000000")),
        ]) { call in
            let fig: TestFigure = try call.receiver()
            let xs = try call.doubles(0), ys = try call.doubles(1)
            guard xs.count == ys.count else {
                throw NativeError("x and y must have the same length (\(xs.count) vs \(ys.count))")
            }
            fig.series.append((xs, ys, try call.string(2)))
            return .void
        }
        figure.addProperty("title", type: .string) { object in .string((object as? TestFigure)?.title ?? "") }
        figure.addProperty("seriesCount", type: .int) { object in .int((object as? TestFigure)?.series.count ?? 0) }
        interpreter.register(figure)
        interpreter.register(NativeFunction("show", parameters: [NativeParameter(nil, .native("Figure"))]) { call in
            let fig: TestFigure = try call.object(0)
            let points = fig.series.map { "\($0.x.count)" }.joined(separator: ",")
            call.display(mimeType: "image/svg+xml", content: "<svg data-theme=\"\(fig.theme)\">\(points)</svg>",
                         summary: "\(fig.title): \(fig.series.count) series")
            return .void
        })
        interpreter.register(NativeFunction("applyTwice", parameters: [
            NativeParameter(nil, .function([.double], .double)), NativeParameter("to", .double),
        ], returns: .double) { call in
            let f = try call.function(0)
            return try f.call([f.call([.double(try call.double(1))])])
        })
        return interpreter
    }

    func testNativeTypeFunctionsConstantsAndDisplay() {
        let interpreter = makeInterpreter()
        let result = interpreter.execute(CellSource(code: """
        let xs = linspace(0, 1)
        let ys = xs.map { $0 * $0 }
        let fig = Figure(title: "Regressione", theme: .dark)
        print("before")
        fig.scatter(x: xs, y: ys, color: "#FFD700")
        fig.scatter(x: linspace(0, 2, count: 3), y: [1, 2, 3])
        show(fig)
        print(fig.title, fig.seriesCount, fig)
        print(applyTwice({ $0 + 1 }, to: 1), Figure().title.isEmpty)
        """, firstLine: 1))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.outputs, [
            .text("before\n"),
            .display(mimeType: "image/svg+xml", content: "<svg data-theme=\"dark\">5,3</svg>", summary: "Regressione: 2 series"),
            .text("Regressione 2 Figure(\"Regressione\", 2 series)\n3.0 true\n"),
        ])
    }

    /// A native value whose type has no subscripts, read through one: swiftc's message for a type without any, at the
    /// `[`, reported by the checker (the generator no longer does).
    func testASubscriptOfANativeValueWithoutAnyIsTheCheckersError() {
        let compiled = makeInterpreter().compile(CellSource(code: "let fig = Figure()\nlet x = fig[0]", firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map { "\($0.location!): \($0.message)" }, ["2:12: value of type 'Figure' has no subscripts"])
    }

    func testLabelsAndTypesOfNativeCallsAreCheckedStatically() {
        let interpreter = makeInterpreter()
        let compiled = interpreter.compile(CellSource(code: """
        let fig = Figure(title: "t", theme: .drak)
        fig.scatter(xs: [1], y: [2])
        fig.scatter(x: ["a"], y: [2])
        let n = linspace(0, 1, cnt: 3)
        fig.plot()
        """, firstLine: 20, columnOffset: 2))
        XCTAssertEqual(compiled.diagnostics.map { "\($0.location!): \($0.message)" }, [
            "20:40: type 'Theme' has no member 'drak'",
            // A misspelled label is compared with the parameters taken in order, as swiftc compares it.
            "21:14: incorrect argument label in call (have 'xs:y:', expected 'x:y:')",
            "22:19: cannot convert value of type 'String' to expected element type 'Double'",
            "23:19: incorrect argument label in call (have '_:_:cnt:', expected '_:_:count:')",
            "24:7: value of type 'Figure' has no member 'plot'",
        ])
        XCTAssertEqual(compiled.diagnostics.first?.notes, ["did you mean 'dark'?"])
    }

    func testNativeErrorBecomesADiagnosticAtTheCall() {
        let interpreter = makeInterpreter()
        let result = interpreter.execute(CellSource(code: "let fig = Figure()\nprint(1)\nfig.scatter(x: [1, 2], y: [1])",
                                                    firstLine: 5))
        XCTAssertEqual(result.text, "1\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["x and y must have the same length (2 vs 1)"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 7, column: 5))
    }

    func testOperatorsOnNativeValues() {
        let interpreter = Interpreter()
        let vector = NativeType(name: "Vec")
        vector.addInitializer(parameters: [NativeParameter(nil, .array(.double))]) { call in .native(TestVector(try call.doubles(0))) }
        interpreter.register(vector)
        let vec = CType.native("Vec")
        func values(_ value: Value) throws -> [Double] { try value.asObject(TestVector.self).values }
        interpreter.register(NativeOperator("+", vec, vec, returns: vec) { a, b in
            let x = try values(a), y = try values(b)
            guard x.count == y.count else { throw NativeError("cannot add vectors of sizes \(x.count) and \(y.count)") }
            return .native(TestVector(zip(x, y).map(+)))
        })
        interpreter.register(NativeOperator("-", vec, vec, returns: vec) { a, b in
            .native(TestVector(zip(try values(a), try values(b)).map(-)))
        })
        interpreter.register(NativeOperator("*", .double, vec, returns: vec) { k, v in
            let factor = try k.asDouble()
            return .native(TestVector(try values(v).map { $0 * factor }))
        })
        interpreter.register(NativeOperator(prefix: "-", vec, returns: vec) { v in .native(TestVector(try values(v).map { -$0 })) })
        let result = interpreter.execute(CellSource(code: """
        var w = Vec([1, 2])
        let g = Vec([0.5, 0.5])
        let lr = 0.1
        w -= lr * g
        print(w + Vec([1, 1]), -w, 2 * g)
        let bad = w + Vec([1])
        """, firstLine: 1))
        XCTAssertEqual(result.text, "Vec([1.95, 2.95]) Vec([-0.95, -1.95]) Vec([1.0, 1.0])\n")
        XCTAssertEqual(result.diagnostics.map { "\($0.location!): \($0.message)" }, ["6:13: cannot add vectors of sizes 2 and 1"])
        let wrong = interpreter.compile(CellSource(code: "let v = Vec([1]) * Vec([2])", firstLine: 1))
        XCTAssertEqual(wrong.diagnostics.map(\.message), ["binary operator '*' cannot be applied to two 'Vec' operands"])
    }

    func testOverloadsPreferLiteralDefaultTypesAndDoubleRanges() {
        let interpreter = Interpreter()
        interpreter.register(NativeFunction("slider", parameters: [
            NativeParameter(nil, .string), NativeParameter("default", .double), NativeParameter("in", .doubleClosedRange),
            NativeParameter("step", .double, default: .double(0)),
        ], returns: .double) { call in
            let range = try call.closedDoubleRange(2)
            return .double(min(max(try call.double(1), range.lowerBound), range.upperBound))
        })
        interpreter.register(NativeFunction("slider", parameters: [
            NativeParameter(nil, .string), NativeParameter("default", .int), NativeParameter("in", .closedRange),
            NativeParameter("step", .int, default: .int(1)),
        ], returns: .int) { call in .int(try call.int(1)) })
        let result = interpreter.execute(CellSource(code: """
        let a = slider("a", default: 1.0, in: 0.1...3.0, step: 0.1)
        let b = slider("b", default: 5, in: 1...8, step: 1)
        let c = slider("c", default: 7.5, in: 0...3)
        print(a, b, c)
        """, firstLine: 1))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "1.0 5 3.0\n")
    }

    func testValueConversions() throws {
        XCTAssertEqual(try Value.doubles([1, 2.5]).asDoubles(), [1, 2.5])
        XCTAssertEqual(try Value.doubleMatrix([[1], [2, 3]]).asDoubleMatrix(), [[1], [2, 3]])
        XCTAssertEqual(try Value.ints([1, 2]).asInts(), [1, 2])
        XCTAssertEqual(try Value.strings(["a"]).asStrings(), ["a"])
        XCTAssertEqual(try Value.int(3).asDouble(), 3)
        XCTAssertEqual(try Value.bool(true).asBool(), true)
        XCTAssertThrowsError(try Value.string("x").asInt()) { error in
            XCTAssertEqual((error as? NativeError)?.message, "expected Int, got String")
        }
    }
}
