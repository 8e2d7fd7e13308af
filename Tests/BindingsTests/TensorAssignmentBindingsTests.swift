import XCTest

/// Subscript assignment on tensors (`x[i] = v`, blocks, columns, index lists, strided slices, `+=` through a
/// subscript), strided reads, `noGrad` returning its block's value, and assignable layer parameters — checked
/// against PyTorch's `__setitem__` and autograd in `Modules/Reference/pytorch_reference.py` ("assignments", and
/// "operators" for the strided reads), tolerance 1e-12 relative.
final class TensorAssignmentBindingsTests: XCTestCase {
    private let reference = PyTorchReference.self

    private func input(_ group: String, _ name: String, _ index: Int) -> String {
        reference.literal([group, name, "inputs", index])
    }

    private func output(_ name: String) -> [Double] { reference.flattened(["assignments", name, "output"]) }

    func testSubscriptAssignmentMatchesPyTorchSetItem() {
        let a = input("assignments", "row", 0)
        let text = CellRunner().output("""
        func fresh() -> Tensor { Tensor(\(a)) }
        var x = fresh()
        x[1] = Tensor(\(input("assignments", "row", 1)))
        print(x.scalars)
        x = fresh(); x[0..<2, 1..<3] = 7
        print(x.scalars)
        x = fresh(); x[1, 2] = -1
        print(x.scalars)
        x = fresh(); x[column: 1] += 1
        print(x.scalars)
        x = fresh(); x[[2, 0]] = Tensor(\(input("assignments", "indices", 1)))
        print(x.scalars)
        x = fresh(); x[columns: stride(from: 0, to: 4, by: 2)] = Tensor(\(input("assignments", "stridedColumns", 1)))
        print(x.scalars)
        let strided = fresh()
        strided[stride(from: 0, to: 3, by: 2)] = 0
        print(strided.scalars)
        let cube = Tensor(\(input("assignments", "cube", 0)))
        cube[1, 0] = Tensor(\(input("assignments", "cube", 1)))
        print(cube.scalars)
        """)
        reference.assertLines(text, ["row", "block", "element", "columnAdd", "indices", "stridedColumns", "stridedRows", "cube"]
            .map(output), tolerance: 1e-12)
    }

    func testStridedReadsAndLeafChangedInsideNoGradDifferentiateLikePyTorch() {
        let text = CellRunner().output("""
        let a = Tensor(\(input("operators", "strided", 0)), requiresGrad: true)
        func weights(_ y: Tensor) -> Tensor {
            Tensor(shape: y.shape, scalars: (0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })
        }
        let rows = a[stride(from: 0, to: 3, by: 2)]
        (rows * weights(rows)).sum().backward()
        print(rows.scalars, a.grad!.scalars)
        a.zeroGrad()
        let columns = a[columns: stride(from: 0, to: 4, by: 2)]
        (columns * weights(columns)).sum().backward()
        print(columns.scalars, a.grad!.scalars)
        a.zeroGrad()
        let picked = a[columns: [3, 0, 3]]
        (picked * weights(picked)).sum().backward()
        print(picked.scalars, a.grad!.scalars)
        let w = Tensor(\(input("assignments", "leafAfterNoGrad", 0)), requiresGrad: true)
        noGrad {
            w[0..<2, 1..<3] = 0.5
            w[2] -= 0.25
        }
        let y = (w * w).tanh()
        (y * weights(y)).sum().backward()
        print(y.scalars, w.grad!.scalars, w.requiresGrad)
        let total = noGrad { (w * w).sum() }
        let count = noGrad { w.count }
        print(total.requiresGrad, count)
        """)
        let operators = { (name: String) in
            self.reference.flattened(["operators", name, "output"]) + self.reference.flattened(["operators", name, "grads", 0])
        }
        let lines = text.split(separator: "\n").map(String.init)
        reference.assertLines(lines.prefix(4).joined(separator: "\n"), [
            operators("strided"), operators("stridedColumns"), operators("columnIndices"),
            output("leafAfterNoGrad") + reference.flattened(["assignments", "leafAfterNoGrad", "grads", 0]),
        ], tolerance: 1e-12)
        XCTAssertEqual(lines.dropFirst(4).first, "false 12")
    }

    func testAssignmentMistakesAreErrorsAtTheAssignment() {
        let runner = CellRunner()
        var failure = runner.error("""
        let w = Tensor([[1.0, 2.0], [3.0, 4.0]], requiresGrad: true)
        w[0] = Tensor([5.0, 6.0])
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("noGrad"), failure.message)
        failure = runner.error("""
        let x = zeros([2, 3])
        x[0] = Tensor([1.0, 2.0])
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("(2,)") && failure.message.contains("(3,)"), failure.message)
        failure = runner.error("""
        let layer = Linear(inputSize: 3, outputSize: 2)
        layer.weight = zeros([2, 3])
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("(3, 2)") && failure.message.contains("(2, 3)"), failure.message)
        failure = runner.error("""
        let t = zeros([2])
        t.shape = [1, 2]
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertEqual(failure.message, "cannot assign to property: 'shape' is a get-only property")
        failure = runner.error("""
        let layer = Linear(inputSize: 2, outputSize: 2)
        layer.weight = "zeros"
        """)
        XCTAssertEqual(failure.line, 11)
        failure = runner.error("""
        let layer = Linear(inputSize: 2, outputSize: 2)
        let g = Tensor([[1.0, 1.0], [1.0, 1.0]], requiresGrad: true)
        layer.weight = layer.weight - g
        """)
        XCTAssertEqual(failure.line, 12)
        XCTAssertTrue(failure.message.contains("noGrad"), failure.message)
        // As PyTorch's version counter: a result whose inputs changed in place since can no longer be differentiated.
        failure = runner.error("""
        let w = Tensor([1.0, 2.0], requiresGrad: true)
        let x = Tensor([3.0, 4.0])
        let y = (w * x).sum()
        x[0] = 10
        y.backward()
        """)
        XCTAssertEqual(failure.line, 14)
        XCTAssertTrue(failure.message.contains("changed in place"), failure.message)
    }

    func testAssignedLayerWeightsGiveTorchOutputs() {
        let attention = ["layers", "attention"], linear = ["layers", "linear"], norm = ["layers", "layerNorm"]
        let names = ["queryWeight", "keyWeight", "valueWeight", "queryBias", "keyBias", "valueBias", "outputWeight", "outputBias"]
        let sets = names.map { "attention.\($0) = Tensor(\(reference.literal(attention + ["parameters", $0])))" }
        let text = CellRunner().output("""
        let attention = MultiHeadAttention(dimension: 4, heads: 2, seed: 3)
        \(sets.joined(separator: "\n"))
        print(attention.forward(Tensor(\(reference.literal(attention + ["input"])))).scalars)
        let layer = Linear(inputSize: 3, outputSize: 4)
        let weight = layer.weight
        layer.weight = Tensor(\(reference.literal(linear + ["parameters", "weight"])))
        layer.bias = Tensor(\(reference.literal(linear + ["parameters", "bias"])))
        print(layer.forward(Tensor(\(reference.literal(linear + ["input"])))).scalars)
        let norm = LayerNorm(dimension: 4)
        norm.gamma = Tensor(\(reference.literal(norm + ["parameters", "weight"])))
        norm.beta = Tensor(\(reference.literal(norm + ["parameters", "bias"])))
        print(norm.forward(Tensor(\(reference.literal(norm + ["input"])))).scalars)
        print(weight.scalars == layer.weight.scalars, weight.requiresGrad)
        noGrad { layer.bias -= 1 }
        print(layer.bias.scalars)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        reference.assertLines(lines.prefix(3).joined(separator: "\n"), [
            reference.flattened(attention + ["output"]), reference.flattened(linear + ["output"]),
            reference.flattened(norm + ["output"]),
        ], tolerance: 1e-11)
        XCTAssertEqual(lines.dropFirst(3).first, "true true")
        reference.assertLines(lines.dropFirst(4).joined(separator: "\n"),
                              [reference.flattened(linear + ["parameters", "bias"]).map { $0 - 1 }], tolerance: 1e-15)
    }

    /// A `MixtureOfExperts` loaded by dotted names (`experts.1.expand.weight`) computes what PyTorch computes, and
    /// the gradient of a parameter read by name is PyTorch's.
    func testMixtureOfExpertsLoadedByNameGivesTorchOutputsAndGradients() throws {
        let case_ = ["layers", "mixtureOfExperts"]
        let parameters = try XCTUnwrap(reference.value(case_ + ["parameters"]) as? [String: Any])
        let sets = parameters.keys.sorted().map { "moe[\"\($0)\"] = Tensor(\(reference.literal(case_ + ["parameters", $0])))" }
        let text = CellRunner().output("""
        let moe = MixtureOfExperts(dimension: 4, experts: 3, active: 2, hiddenSize: 5, seed: 2)
        \(sets.joined(separator: "\n"))
        let x = Tensor(\(reference.literal(case_ + ["input"])), requiresGrad: true)
        let y = moe(x)
        print(y.scalars)
        (y * Tensor(shape: y.shape, scalars: (0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })).sum().backward()
        print(x.grad!.scalars)
        print(moe["router.weight"].grad!.scalars)
        print(moe["experts.2.project.weight"].grad!.scalars)
        """)
        reference.assertLines(text, [
            reference.flattened(case_ + ["output"]), reference.flattened(case_ + ["inputGrad"]),
            reference.flattened(case_ + ["parameterGrads", "router.weight"]),
            reference.flattened(case_ + ["parameterGrads", "experts.2.project.weight"]),
        ], tolerance: 1e-11)
    }

    func testEveryDottedNameIsAssignableThroughASubscript() throws {
        let block = ["layers", "block"]
        let parameters = try XCTUnwrap(reference.value(block + ["parameters"]) as? [String: Any])
        let sets = parameters.keys.sorted().map { "block[\"\($0)\"] = Tensor(\(reference.literal(block + ["parameters", $0])))" }
        let runner = CellRunner()
        let text = runner.output("""
        let block = TransformerBlock(dimension: 4, heads: 2, seed: 5)
        \(sets.joined(separator: "\n"))
        print(block.forward(Tensor(\(reference.literal(block + ["input"])))).scalars)
        print(block["attention.queryWeight"].scalars == block.attention.queryWeight.scalars, block.parameterNames.count)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        reference.assertLines(lines.prefix(1).joined(separator: "\n"), [reference.flattened(block + ["output"])], tolerance: 1e-11)
        XCTAssertEqual(lines.dropFirst().first, "true 12")
        let failure = runner.error("""
        let gpt = GPT(vocabularySize: 5, layers: 1, heads: 2, dimension: 4, contextLength: 8)
        gpt["head.weight"] = zeros([5, 4])
        """)
        XCTAssertEqual(failure.line, 11)
        XCTAssertTrue(failure.message.contains("'head.weight' has shape (4, 5)"), failure.message)
    }
}
