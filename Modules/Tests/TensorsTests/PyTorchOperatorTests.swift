import ModulesTestSupport
import XCTest
import Tensors

/// The operators cells use (arithmetic with broadcasting and numbers, comparisons, std, clipped, maximum and
/// minimum, where, indexing, `.T`), forward and backward, against `Modules/Reference/pytorch_reference.py`.
/// Tolerance: 1e-12 relative (plus 1e-12 absolute) — the same float64 arithmetic in a different order.
final class PyTorchOperatorTests: XCTestCase {
    private let tolerance = 1e-12
    private var operators: ReferenceValue!

    override func setUpWithError() throws {
        operators = try XCTUnwrap(try ReferenceData("pytorch")["operators"])
    }

    /// Runs `function` on the case's inputs and compares its output and every input gradient with PyTorch's.
    private func check(
        _ name: String, differentiable: Bool = true, file: StaticString = #filePath, line: UInt = #line,
        _ function: ([Tensor]) throws -> Tensor
    ) throws {
        let reference = try XCTUnwrap(operators[name], "missing case \(name)", file: file, line: line)
        let inputs = try reference["inputs"]!.items.map { try $0.tensor(requiresGrad: differentiable) }
        let output = try function(inputs)
        ReferenceCheck.assertClose(output, reference["output"], tolerance: tolerance, "\(name) forward", file: file, line: line)
        guard differentiable else {
            XCTAssertFalse(output.requiresGrad, "\(name): a mask records no gradient", file: file, line: line)
            return
        }
        try ReferenceCheck.weightedSum(output).backward()
        for (index, (input, expected)) in zip(inputs, reference["grads"]!.items).enumerated() {
            let gradient = try input.grad ?? Tensor.zeros(input.shape)
            ReferenceCheck.assertClose(gradient, expected, tolerance: tolerance, "\(name) gradient \(index)", file: file, line: line)
        }
    }

    func testArithmeticWithBroadcastingAndNumbers() throws {
        try check("add") { try $0[0] + $0[1] }
        try check("subtract") { try $0[0] - $0[1] }
        try check("multiply") { try $0[0] * $0[1] }
        try check("divide") { try $0[0] / $0[1] }
        try check("scalarLeft") { 2.5 * $0[0] - 1.5 }
        try check("scalarDivide") { try 3.0 / $0[0] + $0[0] / 4.0 }
        try check("negate") { -$0[0] }
        try check("matmul") { try $0[0].matmul($0[1]) }
        try check("mlpExpression") { try ($0[0].matmul($0[1]) + $0[2]).tanh().sum(axis: 1).sigmoid() }
    }

    func testComparisonsGiveMasksWithoutGradients() throws {
        try check("less", differentiable: false) { try $0[0] < $0[1] }
        try check("greaterEqualScalar", differentiable: false) { $0[0] >= 0.5 }
        try check("equal", differentiable: false) { try $0[0] == $0[1] }
    }

    func testStatisticsAndLimits() throws {
        try check("std") { try $0[0].std() }
        try check("stdUnbiased") { try $0[0].std(correction: 1) }
        try check("stdAxis0") { try $0[0].std(axis: 0) }
        try check("stdAxis1Unbiased") { try $0[0].std(axis: 1, keepDims: true, correction: 1) }
        try check("clipped") { $0[0].clipped(min: -0.75, max: 1.25) }
        try check("min") { try $0[0].min() }
    }

    func testMaximumMinimumAndWhereSplitGradientsLikePyTorch() throws {
        try check("maximum") { try Tensor.maximum($0[0], $0[1]) }
        try check("minimumBroadcast") { try Tensor.minimum($0[0], $0[1]) }
        let mask = try XCTUnwrap(operators["mask"]).tensor()
        try check("where") { try Tensor.where(mask, $0[0], $0[1]) }
    }

    func testIndexingAndTranspose() throws {
        try check("index") { try $0[0][1] }
        try check("index2") { try $0[0][1, 2] }
        try check("index3") { try $0[0][1, 2, 3] }
        try check("range") { try $0[0][0..<2] }
        try check("rangeClosed") { try $0[0][1...2] }
        try check("block") { try $0[0][0..<2, 1..<3] }
        try check("column") { try $0[0][column: 1] }
        try check("columns") { try $0[0][columns: 1..<3] }
        try check("indices") { try $0[0][[2, 0, 2]] }
        try check("transpose") { try $0[0].T }
        try check("cubeIndex") { try $0[0][1, 0] }
    }

    func testThreeDimensionalLiteralAndErrors() throws {
        let cube = try Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
        XCTAssertEqual(cube.shape, [2, 2, 2])
        XCTAssertEqual(try cube[1, 0, 1].item(), 6)
        XCTAssertThrowsError(try Tensor([[[1, 2]], [[3]]]))
        XCTAssertThrowsError(try Tensor([[[1.0]], [[2.0], [3.0]]]))
        XCTAssertThrowsError(try cube.T)
        XCTAssertThrowsError(try cube[2])
        XCTAssertThrowsError(try Tensor([1, 2, 3])[column: 0])
        XCTAssertThrowsError(try Tensor([1, 2, 3]).std(correction: 3))
    }

    func testInPlaceUpdatesNeedNoGradientRecording() throws {
        let w = Tensor([1, 2, 3], requiresGrad: true)
        let loss = try (w * w).sum()
        try loss.backward()
        XCTAssertThrowsError(try w -= 0.1 * w.grad!) { error in
            XCTAssertTrue("\(error)".contains("noGrad"), "\(error)")
        }
        try Tensor.withoutGradients { () throws(TensorError) -> Void in try w -= 0.1 * w.grad! }
        XCTAssertEqual(w.scalars, [0.8, 1.6, 2.4], accuracy: 1e-15)
        XCTAssertTrue(w.requiresGrad, "an in-place update keeps the leaf trainable")
        let v = try Tensor([[1, 2], [3, 4]])
        try v += Tensor([10, 20])
        try v *= 2
        XCTAssertEqual(v.scalars, [22, 44, 26, 48])
        XCTAssertThrowsError(try Tensor([1, 2]) += try Tensor([[1, 2], [3, 4]]))
    }
}

private func XCTAssertEqual(
    _ actual: [Double], _ expected: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, file: file, line: line)
    for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: accuracy, file: file, line: line) }
}
