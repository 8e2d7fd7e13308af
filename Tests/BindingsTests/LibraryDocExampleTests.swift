@testable import Bindings
import CellLanguage
import Diagrams
import Foundation
import MathML
import NeuralNetworks
import SeededRandom
import Tensors
import TestSupport
import TextModels
import XCTest

/// The Swift-library examples of the docs (a ```` ```swift ```` block that starts with `import`), each copied here
/// verbatim without its imports, compiled and run; what it prints must be the ```` ```text ```` block written after
/// it in the doc. `DocInventoryTests` checks that every such block of the docs is copied here unchanged, so an
/// example that stops compiling or printing what the doc shows fails a test.
final class LibraryDocExampleTests: XCTestCase {
    /// What the examples print (an example's `print` calls this class's `print`).
    private var printed = ""

    private func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        printed += items.map { "\($0)" }.joined(separator: separator) + terminator
    }

    func testMathExample() throws {
        let markup = try MathMLConverter.convert(#"\frac{QK^T}{\sqrt{d_k}}"#, display: true)
        print(markup)
        do {
            _ = try MathMLConverter.convert(#"x + \frak{g}"#, display: false)
        } catch {
            print(error.message, error.offset, error.line, error.column)
        }
        try checkOutput("docs/math.md", example: "MathMLConverter.convert")
    }

    func testDiagramsExample() throws {
        let source = """
            flowchart LR
                A[Start] -->|go| B[End]
            """
        let svg = try Mermaid.svg(from: source)                       // throws MermaidError
        let svg2 = try Mermaid.svg(from: source, options: DiagramOptions(altTextPrefix: "Diagram", idPrefix: "fig-2"))
        let title = svg2.range(of: "<title[^<]*</title>", options: .regularExpression).map { svg2[$0] } ?? ""
        print(svg.hasPrefix("<svg"), title)
        do {
            _ = try Mermaid.svg(from: "flowchart TD\n    A -->")
        } catch {
            print(error.line, error.column, error.message)
        }
        try checkOutput("docs/diagrams.md", example: "Mermaid.svg")
    }

    func testRandomExample() throws {
        var random = Random(seed: 42)                       // np.random.seed(42)
        let x = random.uniform(low: 0.2, high: 10, count: 40)          // np.random.uniform(0.2, 10, 40)
        let noise = random.normal(mean: 0, standardDeviation: 0.7, count: 40)  // np.random.normal(0, 0.7, 40)
        print(x[0], x[39], noise[0], noise[39])
        try checkOutput("docs/modules.md", example: "Random(seed: 42)")
    }

    func testBytePairExample() throws {
        let bpe = try BytePairTokenizer.train(corpus: ItalianAnimalCorpus.text, vocabularySize: 600)
        let encoding = bpe.encode("Il gatto nero dorme sul divano: è felice!")
        print(encoding.pieces, encoding.ids)
        try checkOutput("docs/modules.md", example: "BytePairTokenizer.train")
    }

    func testEmbeddingsExample() throws {
        let E = try Embeddings.italianAnimals()
        print(try E.analogy("gatto", minus: "miao", plus: "bau", count: 3))
        try checkOutput("docs/modules.md", example: "italianAnimals")
    }

    func testTypedBindingsExample() throws {
        let bind = ModuleBinder(interpreter: Interpreter(), catalog: BindingCatalog(), section: "Tensor")
        bind.function("zeros", Param<[Int]>(), Param("requiresGrad", default: false),
                      doc: "A tensor of zeros of the given shape.") { shape, grad in try Tensor.zeros(shape, requiresGrad: grad) }
        let type = bind.type(Tensor.self, doc: "An n-dimensional array of Doubles with automatic differentiation.")
        type.method("softmax", Param("axis", default: -1), doc: "The softmax along an axis.") { try $0.softmax(axis: $1) }
        type.property("shape", doc: "The size of each axis.") { $0.shape }
        type.binaryOperator("+", Tensor.self, Double.self, doc: "The sum with a number.") { $0 + $1 }   // t + 1.5
        type.prefixOperator("-", doc: "Each element negated.") { -$0 }
        type.compoundAssignment("-=", Tensor.self, doc: "Subtracts in place.") { try $0 -= $1 }     // w -= g on a `let w`
        type.staticFunction("where", Param<Tensor>(), Param<Tensor>(), Param<Tensor>(), doc: "…") { try Tensor.where($0, $1, $2) }
        type.subscript(Param<Int>(), doc: "The row at an index.", get: { try $0[$1] }) { x, value, select in
            try x.assign(value) { (base: Tensor) throws(TensorError) -> Tensor in   // x[i] = v: `select` re-applies the getter
                do { return try select(base) } catch { throw .invalidArgument("\(error)") }   // to find the elements
            }
        }
        let layer = bind.type(Dense.self, doc: "A fully connected layer.")
        layer.property("weight", doc: "The weight.", get: { try $0.parameter("weight") },
                       set: { try $0.setParameter("weight", to: $1) })   // layer.weight = t
        try checkOutput("docs/language.md", example: "bind.function")
        // The declarations work in cells.
        let cell = bind.interpreter.execute(CellSource(code: """
            let t = zeros([2, 3])
            t -= zeros([2, 3]) + 1.5
            print(t.shape, (-t + 1.5)[1], t.softmax(axis: -1)[0], Tensor.where(t, t, t)[0])
            """, firstLine: 1))
        XCTAssertEqual(cell.diagnostics.map(\.message), [])
        XCTAssertEqual(cell.text, "[2, 3] Tensor([3.0, 3.0, 3.0]) Tensor([0.3333333333333333, 0.3333333333333333, 0.3333333333333333]) "
                       + "Tensor([-1.5, -1.5, -1.5])\n")
    }

    func testHostAPIExample() throws {
        let interpreter = Interpreter()
        // `Figure` stands for the host program's own class (title, theme, subtitle, scatter(x:y:color:), svg()).

        // Enum-like constants: cells write `.dark` where a Theme is expected, natives get "dark".
        interpreter.registerConstants("Theme", cases: ["light", "dark"])

        // A global function with Swift-style labels, types and defaults (checked at compile time).
        interpreter.register(NativeFunction("linspace", parameters: [
            NativeParameter(nil, .double), NativeParameter(nil, .double),
            NativeParameter("count", .int, default: .int(50)),
        ], returns: .array(.double)) { call in
            let count = try call.int(2)
            guard count >= 2 else { throw NativeError("count must be at least 2") }  // diagnostic at the call
            return .doubles(/* ... */ [])
        })

        // An opaque native type: initializers, methods, properties. Values are `.native(object)`.
        let figure = NativeType(name: "Figure")
        figure.addInitializer(parameters: [NativeParameter("title", .string, default: .string("")),
                                           NativeParameter("theme", .constants("Theme"), default: .constant("Theme", "light"))]) { call in
            .native(Figure(title: try call.string(0), theme: try call.constant(1)))
        }
        figure.addMethod("scatter", parameters: [NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
                                                 NativeParameter("color", .string, default: .string("#000"))]) { call in
            let fig: Figure = try call.receiver()
            try fig.scatter(x: call.doubles(0), y: call.doubles(1), color: call.string(2))
            return .void
        }
        figure.addProperty("title", type: .string) { object in .string((object as! Figure).title) }
        // A settable property (`fig.title = "…"` on a `let fig`: native values are references) and a subscript setter
        // (`fig[0] = …`: the indices, then the new value, labelled `newValue`).
        figure.addProperty("subtitle", type: .string, get: { .string(($0 as! Figure).subtitle) },
                           set: { object, value in (object as! Figure).subtitle = try value.asString() })
        interpreter.register(figure)

        // Rich output: a native function emits a display event between the printed text.
        interpreter.register(NativeFunction("show", parameters: [NativeParameter(nil, .native("Figure"))]) { call in
            let fig: Figure = try call.object(0)
            call.display(mimeType: "image/svg+xml", content: fig.svg(), summary: fig.title)
            return .void
        })
        try checkOutput("docs/language.md", example: "registerConstants")
        let cell = interpreter.execute(CellSource(code: """
            let fig = Figure(title: "t", theme: .dark)
            fig.scatter(x: [1, 2], y: [3, 4])
            fig.subtitle = "s"
            print(fig.title, fig.subtitle, linspace(0, 1).count)
            show(fig)
            """, firstLine: 1))
        XCTAssertEqual(cell.diagnostics.map(\.message), [])
        XCTAssertEqual(cell.text, "t s 0\n")
    }

    func testDeadlineExample() throws {
        let model = NativeType(name: "Network")
        model.addMethod("train", parameters: [NativeParameter("epochs", .int)]) { call in
            let net: Network = try call.receiver()
            for _ in 0..<(try call.int(0)) {
                try call.checkDeadline()
                net.trainEpoch()
            }
            return .void
        }
        try checkOutput("docs/language.md", example: "model.addMethod(\"train\"")
        let interpreter = Interpreter()
        model.addInitializer(parameters: []) { _ in .native(Network()) }
        interpreter.register(model)
        let cell = interpreter.execute(CellSource(code: "let net = Network()\nnet.train(epochs: 3)\n", firstLine: 1))
        XCTAssertEqual(cell.diagnostics.map(\.message), [])
    }

    func testNativeOperatorsExample() throws {
        let interpreter = Interpreter()
        CellBindings.install(in: interpreter)
        let tensor = CType.native("Tensor")
        interpreter.register(NativeOperator("+", tensor, tensor, returns: tensor) { a, b in
            .native(try a.asObject(Tensor.self) + b.asObject(Tensor.self))   // throw NativeError on shape mismatch
        })
        interpreter.register(NativeOperator("*", .double, tensor, returns: tensor) { k, t in
            .native(try k.asDouble() * t.asObject(Tensor.self))
        })
        interpreter.register(NativeOperator(prefix: "-", tensor, returns: tensor) { t in .native(-(try t.asObject(Tensor.self))) })
        try checkOutput("docs/language.md", example: "let tensor = CType.native(\"Tensor\")")
    }

    /// Compares what the example printed with the ```` ```text ```` block after the doc's library example containing
    /// `example` (nothing printed when there is none).
    private func checkOutput(_ document: String, example: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let blocks = DocBlocks.blocks(in: try DocBlocks.text(of: document))
        let index = try XCTUnwrap(blocks.firstIndex { $0.language == "swift" && $0.code.contains(example) },
                                  "no example with \(example) in \(document)", file: file, line: line)
        let next = blocks.indices.contains(index + 1) ? blocks[index + 1] : nil
        let shown = next.flatMap { $0.language == "text" && $0.fenceLine == blocks[index].endLine + 1 ? $0.code : nil } ?? ""
        XCTAssertEqual(printed, shown, "\(document): the example with \(example) printed something else", file: file, line: line)
    }
}

/// The host's own network of the deadline example in docs/language.md.
private final class Network {
    private(set) var epochs = 0

    func trainEpoch() {
        epochs += 1
    }
}

/// The host's own chart class of the bindings API example in docs/language.md.
private final class Figure {
    let title: String
    let theme: String
    var subtitle = ""
    private var points: [(Double, Double, String)] = []

    init(title: String, theme: String) {
        self.title = title
        self.theme = theme
    }

    func scatter(x: [Double], y: [Double], color: String) throws {
        points += zip(x, y).map { ($0, $1, color) }
    }

    func svg() -> String {
        "<svg><title>\(title)</title>" + points.map { "<circle cx=\"\($0.0)\" cy=\"\($0.1)\" fill=\"\($0.2)\"/>" }.joined() + "</svg>"
    }
}
