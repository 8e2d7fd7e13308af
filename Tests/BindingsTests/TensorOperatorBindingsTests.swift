import Foundation
import XCTest

/// Tensors that read like PyTorch in cells — operators, subscripts, `.T`, `noGrad`, in-place updates, optimizers
/// over your own tensors, layer weights by name — checked against the values PyTorch computed in
/// `Modules/Reference/pytorch_reference.py` (json/pytorch.json) with the same inputs and weights. Tolerance 1e-12
/// relative for operators and optimizers, 1e-11 for layers; the printed numbers are Swift's shortest round-trip
/// forms, so printing loses nothing.
final class TensorOperatorBindingsTests: XCTestCase {
    private func literal(_ path: [Any]) -> String { PyTorchReference.literal(path) }
    private func flattened(_ path: [Any]) -> [Double] { PyTorchReference.flattened(path) }
    private func assertLines(_ text: String, _ expected: [[Double]], tolerance: Double,
                             file: StaticString = #filePath, line: UInt = #line) {
        PyTorchReference.assertLines(text, expected, tolerance: tolerance, file: file, line: line)
    }

    func testOperatorsSubscriptsAndTransposeMatchPyTorch() {
        let op = { (name: String, index: Int) in self.literal(["operators", name, "inputs", index]) }
        let text = CellRunner().output("""
        let a = Tensor(\(op("add", 0)))          // (3, 4)
        let b = Tensor(\(op("add", 1)))          // (4)
        let c = Tensor(\(op("subtract", 1)))     // (3, 1)
        let p = Tensor(\(op("divide", 1)))       // (4), positive
        let ta = Tensor(\(op("maximum", 0))), tb = Tensor(\(op("maximum", 1)))
        let mask = Tensor(\(literal(["operators", "mask"])))
        print((a + b).scalars)
        print((a - c).scalars)
        print((a * c).scalars)
        print((a / p).scalars)
        print((2.5 * a - 1.5).scalars)
        print((-a).scalars)
        print((ta < tb).scalars)
        print((ta >= 0.5).scalars)
        print(maximum(ta, tb).scalars)
        print(Tensor.where(mask, a, b).scalars)
        print(a.std().item(), a.std(correction: 1).item())
        print(a.std(axis: 1, keepDims: true, correction: 1).scalars)
        print(a.clipped(min: -0.75, max: 1.25).scalars)
        print(a[1].scalars)
        print(a[1, 2].item())
        print(a[0..<2].scalars)
        print(a[1...2].scalars)
        print(a[0..<2, 1..<3].scalars)
        print(a[column: 1].scalars)
        print(a[columns: 1..<3].scalars)
        print(a[[2, 0, 2]].scalars)
        print(a.T.scalars)
        print(matmul(a, Tensor(\(op("matmul", 1)))).scalars)
        """)
        let output = { (name: String) in self.flattened(["operators", name, "output"]) }
        assertLines(text, [
            output("add"), output("subtract"), output("multiply"), output("divide"), output("scalarLeft"),
            output("negate"), output("less"), output("greaterEqualScalar"), output("maximum"), output("where"),
            output("std") + output("stdUnbiased"), output("stdAxis1Unbiased"), output("clipped"), output("index"),
            output("index2"), output("range"), output("rangeClosed"), output("block"), output("column"),
            output("columns"), output("indices"), output("transpose"), output("matmul"),
        ], tolerance: 1e-12)
    }

    func testGradientsThroughOperatorsMatchPyTorch() {
        // PyTorch differentiates sum(y * W) with W[i] = 0.4·((7i) mod 11) − 1.5; the cell builds the same W.
        let inputs = { (index: Int) in self.literal(["operators", "mlpExpression", "inputs", index]) }
        let text = CellRunner().output("""
        let x = Tensor(\(inputs(0)), requiresGrad: true)
        let w = Tensor(\(inputs(1)), requiresGrad: true)
        let c = Tensor(\(inputs(2)), requiresGrad: true)
        let y = (x.matmul(w) + c).tanh().sum(axis: 1).sigmoid()           // (3)
        let weights = Tensor((0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })
        (y * weights).sum().backward()
        print(x.grad!.scalars)
        print(w.grad!.scalars)
        print(c.grad!.scalars)
        let t = Tensor(\(literal(["operators", "maximum", "inputs", 0])), requiresGrad: true)
        let u = Tensor(\(literal(["operators", "maximum", "inputs", 1])), requiresGrad: true)
        let m = maximum(t, u)
        (m * Tensor(shape: m.shape, scalars: (0..<m.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })).sum().backward()
        print(t.grad!.scalars)
        print(u.grad!.scalars)
        """)
        assertLines(text, [
            flattened(["operators", "mlpExpression", "grads", 0]), flattened(["operators", "mlpExpression", "grads", 1]),
            flattened(["operators", "mlpExpression", "grads", 2]), flattened(["operators", "maximum", "grads", 0]),
            flattened(["operators", "maximum", "grads", 1]),
        ], tolerance: 1e-12)
    }

    /// The comparisons the first test leaves out and `+= -= *= /=` with a tensor (broadcast) and with a number,
    /// against PyTorch's in-place operators ("compound": `z += y; z *= column; z -= 0.5; …`).
    func testOtherComparisonsAndCompoundAssignmentsMatchPyTorch() {
        let op = { (name: String, index: Int) in self.literal(["operators", name, "inputs", index]) }
        let text = CellRunner().output("""
        let ta = Tensor(\(op("lessEqual", 0))), tb = Tensor(\(op("lessEqual", 1)))
        print((ta <= tb).scalars)
        print((ta > tb).scalars)
        print((ta != tb).scalars)
        print((0.5 < ta).scalars)
        let column = Tensor(\(op("compound", 2))), positive = Tensor(\(op("compound", 3)))
        let y = Tensor(\(op("compound", 1)))
        var z = Tensor(\(op("compound", 0)))
        z += y
        z *= column
        z -= 0.5
        z /= positive
        z *= 3.0
        z += column
        z /= 4.0
        z -= y
        print(z.scalars)
        """)
        let output = { (name: String) in self.flattened(["operators", name, "output"]) }
        assertLines(text, [output("lessEqual"), output("greater"), output("notEqual"), output("scalarLeftLess"),
                           output("compound")], tolerance: 1e-12)
    }

    func testInPlaceUpdatesInsideNoGradKeepTheSameTrainableTensor() {
        let runner = CellRunner()
        let text = runner.output("""
        let w = Tensor([1.0, 2.0, 3.0], requiresGrad: true)
        let alias = w
        let loss = (w * w).sum()
        loss.backward()
        noGrad { w -= 0.5 * w.grad! }
        print(alias.scalars, w.requiresGrad)
        var v = Tensor([[1, 2], [3, 4]])
        v += Tensor([10, 20])
        v *= 2
        v /= 4
        v -= 1
        print(v.scalars)
        let three = Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
        print(three.shape, three[1, 0, 1].item(), three[1].T.scalars)
        withoutGradients { print((w * w).requiresGrad) }
        print((w * w).requiresGrad)
        """)
        XCTAssertEqual(text, """
        [0.0, 0.0, 0.0] true
        [4.5, 10.0, 5.5, 11.0]
        [2, 2, 2] 6.0 [5.0, 7.0, 6.0, 8.0]
        false
        true

        """)
        let failure = runner.error("""
        let q = Tensor([1.0, 2.0], requiresGrad: true)
        (q * q).sum().backward()
        q -= 0.1 * q.grad!
        """)
        XCTAssertEqual(failure.line, 12)
        XCTAssertTrue(failure.message.contains("noGrad"), failure.message)
    }

    func testMistakesAreDiagnosticsAtTheirLines() {
        let runner = CellRunner()
        var failure = runner.error("""
        let a = Tensor([[1.0, 2.0], [3.0, 4.0]])
        let b = Tensor([1.0, 2.0, 3.0])
        print(a + b)
        """)
        XCTAssertEqual(failure.line, 12)
        XCTAssertTrue(failure.message.contains("(2, 2)") && failure.message.contains("(3,)"), failure.message)
        failure = runner.error("""
        let m = Tensor([[1.0, 2.0], [3.0, 4.0]])
        print(m[0])
        print(m[2])
        """)
        XCTAssertEqual(failure.line, 12)
        XCTAssertTrue(failure.message.contains("out of range"), failure.message)
        failure = runner.error("""
        let cube = Tensor([[[1.0]], [[2.0]]])
        print(cube.T)
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("transposed"), failure.message)
        failure = runner.error("""
        let t = Tensor([1.0, 2.0])
        print(t + "x")
        """)
        XCTAssertEqual(failure.line, 11)
        failure = runner.error("""
        let opt = Adam(learningRate: 0.01)
        opt.step()
        """)
        XCTAssertTrue(failure.message.contains("Adam(parameters:"), failure.message)
    }

    func testAdamAndSGDOverYourOwnTensorsMatchTorchOptim() {
        for (name, constructor) in [
            ("adam", "Adam(parameters: [w, b], learningRate: 0.1)"),
            ("adamBetas", "Adam(parameters: [w, b], learningRate: 0.05, beta1: 0.8, beta2: 0.95, epsilon: 1e-6)"),
            ("sgd", "SGD(parameters: [w, b], learningRate: 0.1)"),
            ("sgdMomentum", "SGD(parameters: [w, b], learningRate: 0.05, momentum: 0.9)"),
        ] {
            let run = ["optimizers", name]
            let text = CellRunner().output("""
            let x = Tensor(\(literal(run + ["x"])))
            let y = Tensor(\(literal(run + ["y"])))
            let w = Tensor(\(literal(run + ["w"])), requiresGrad: true)
            let b = Tensor(\(literal(run + ["b"])), requiresGrad: true)
            let opt = \(constructor)
            for _ in 0..<5 {
                opt.zeroGrad()
                let loss = ((x.matmul(w) + b - y) * (x.matmul(w) + b - y)).mean()
                loss.backward()
                opt.step()
                print(loss.item(), w.scalars, b.scalars)
            }
            """)
            let expected = (0..<5).map { step in
                flattened(run + ["steps", step, "loss"]) + flattened(run + ["steps", step, "w"])
                    + flattened(run + ["steps", step, "b"])
            }
            assertLines(text, expected, tolerance: 1e-12)
        }
    }

    func testLayerWeightsByNameGiveTorchOutputs() {
        let attention = ["layers", "attention"]
        let names = ["queryWeight", "keyWeight", "valueWeight", "queryBias", "keyBias", "valueBias", "outputWeight", "outputBias"]
        let sets = names.map { "attention.setParameter(\"\($0)\", to: Tensor(\(literal(attention + ["parameters", $0]))))" }
        let linear = ["layers", "linear"]
        let text = CellRunner().output("""
        let attention = MultiHeadAttention(dimension: 4, heads: 2, seed: 3)
        \(sets.joined(separator: "\n"))
        print(attention.forward(Tensor(\(literal(attention + ["input"])))).scalars)
        print(attention.queryWeight.scalars)
        let layer = Linear(inputSize: 3, outputSize: 4)
        layer.setParameter("weight", to: Tensor(\(literal(linear + ["parameters", "weight"]))))
        layer.setParameter("bias", to: Tensor(\(literal(linear + ["parameters", "bias"]))))
        print(layer.forward(Tensor(\(literal(linear + ["input"])))).scalars)
        print(attention.parameterNames)
        print(layer.parameters.count, layer.weight.shape, attention.parameters.count)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        assertLines(lines.prefix(3).joined(separator: "\n"), [
            flattened(attention + ["output"]), flattened(attention + ["parameters", "queryWeight"]),
            flattened(linear + ["output"]),
        ], tolerance: 1e-11)
        XCTAssertEqual(Array(lines.dropFirst(3)), [
            #"["inputProjection.weight", "inputProjection.bias", "outputProjection.weight", "outputProjection.bias"]"#,
            "2 [3, 4] 4",
        ])
    }

    func testUserWrittenMLPOnTwoMoonsConverges() {
        // bench/modules/user_mlp.md's cells in one: 500 full-batch Adam steps of a 2-16-16-1 MLP on 400 points;
        // PyTorch runs the same loop on the same points and initial weights (pytorch_reference.py, "userMLP").
        let text = CellRunner().output("""
        let data = twoMoons(count: 400, noise: 0.2, seed: 0)
        let x = data.features
        let y = Tensor(shape: [400, 1], scalars: data.labels.map { Double($0) })
        let rng = Random(seed: 1)
        var params: [Tensor] = []
        for (fanIn, fanOut) in [(2, 16), (16, 16), (16, 1)] {
            let bound = 1 / Double(fanIn).squareRoot()
            params.append(randomUniform([fanIn, fanOut], low: -bound, high: bound, using: rng, requiresGrad: true))
            params.append(randomUniform([fanOut], low: -bound, high: bound, using: rng, requiresGrad: true))
        }
        let w1 = params[0], b1 = params[1], w2 = params[2], b2 = params[3], w3 = params[4], b3 = params[5]
        let opt = Adam(parameters: params, learningRate: 0.01)
        var first = 0.0, loss = 0.0
        for step in 0..<500 {
            opt.zeroGrad()
            let h1 = (x.matmul(w1) + b1).tanh()
            let h2 = (h1.matmul(w2) + b2).tanh()
            let p = (h2.matmul(w3) + b3).sigmoid().clipped(min: 1e-7, max: 1 - 1e-7)
            let l = -(y * p.log() + (1 - y) * (1 - p).log()).mean()
            l.backward()
            opt.step()
            loss = l.item()
            if step == 0 { first = loss }
        }
        var accuracy = 0.0
        noGrad {
            let logits = ((x.matmul(w1) + b1).tanh().matmul(w2) + b2).tanh().matmul(w3) + b3
            accuracy = ((logits >= 0.0) == y).mean().item()
        }
        print(first, loss, accuracy)
        """)
        let values = numbers(in: text)
        XCTAssertEqual(values.count, 3, text)
        guard values.count == 3 else { return }
        XCTAssertLessThan(values[1], 0.06, "loss after 500 steps")
        XCTAssertGreaterThan(values[2], 0.95, "training accuracy")
        // Equal to PyTorch's run within 1e-9 relative (the data's sines and cosines come from different libraries).
        let expected = ["firstLoss", "lastLoss", "accuracy"].flatMap { flattened(["userMLP", $0]) }
        assertLines(text, [expected], tolerance: 1e-9)
    }
}

/// The examples of docs/cells-modules.md's sections "Tensors like PyTorch" and "Your own models and optimizers"
/// run as cells of one notebook, in order, and print the ```` ```text ```` block written after each; the
/// fitted numbers are also checked for what the comments claim.
final class TensorOperatorDocumentationTests: XCTestCase {
    /// The (code, printed text) pairs from the heading `### Tensors like PyTorch` to the next `## ` heading.
    private func examples() throws -> [(code: String, text: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/cells-modules.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let start = try XCTUnwrap(document.range(of: "\n### Tensors like PyTorch\n"))
        let rest = document[start.upperBound...]
        let region = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        return region.components(separatedBy: "```swift\n").dropFirst().map { part in
            let code = part.components(separatedBy: "\n```\n").first ?? ""
            let text = part.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first ?? ""
            return (code, text)
        }
    }

    func testExamplesPrintWhatTheDocumentSays() throws {
        let examples = try examples()
        XCTAssertEqual(examples.count, 5)
        let runner = CellRunner()
        var printed: [String] = []
        for (index, example) in examples.enumerated() {
            let text = runner.output(example.code)
            XCTAssertEqual(text, example.text, "example \(index + 1)")
            printed.append(text)
        }
        guard printed.count == 5 else { return }
        let fitted = numbers(in: printed[1])   // "close to 2 and 1"
        assertClose(fitted, [2, 1], tolerance: 0.01)
        assertClose(numbers(in: printed[4]), [1, 1, 0, 0], tolerance: 0.01)   // "close to [1, 1, 0, 0]"
    }
}
