import ModulesTestSupport
import XCTest
import SeededRandom
import Tensors

/// Forward values against NumPy references, errors, and autograd bookkeeping.
final class TensorOperationTests: XCTestCase {
    private var reference: ReferenceData!

    override func setUpWithError() throws {
        reference = try ReferenceData("tensors")
    }

    private func tensor(_ key: String) throws -> Tensor {
        let value = try XCTUnwrap(reference[key], "missing reference \(key)")
        return try Tensor(shape: value.shape, scalars: value.flattened)
    }

    private func assertClose(
        _ actual: Tensor, _ key: String, tolerance: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let expected = try tensor(key)
        XCTAssertEqual(actual.shape, expected.shape, "shape of \(key)", file: file, line: line)
        for (a, e) in zip(actual.scalars, expected.scalars) {
            XCTAssertEqual(a, e, accuracy: tolerance, key, file: file, line: line)
        }
    }

    func testSoftmaxAndLogSoftmaxMatchNumPy() throws {
        let x = try tensor("x")
        try assertClose(try x.softmax(), "softmax_last")
        try assertClose(try x.softmax(axis: 0), "softmax_axis0")
        try assertClose(try x.logSoftmax(), "log_softmax_last")
        try assertClose(try x.logSoftmax(axis: 0), "log_softmax_axis0")
    }

    func testCrossEntropyValueAndGradientMatchNumPy() throws {
        let x = try tensor("x")
        x.requiresGrad = true
        let loss = try Tensor.crossEntropy(logits: x, targets: reference.ints("ce_targets"))
        XCTAssertEqual(try loss.item(), reference.double("ce_loss"), accuracy: 1e-9)
        try loss.backward()
        try assertClose(try XCTUnwrap(x.grad), "ce_grad")
    }

    func testBatchedMatmulMatchesNumPy() throws {
        try assertClose(try tensor("bmm_a").matmul(tensor("bmm_b")), "bmm_c")
    }

    func testLayerNormComposedFromOperationsMatchesNumPy() throws {
        let x = try tensor("ln_x"), gamma = try tensor("ln_gamma"), beta = try tensor("ln_beta")
        for t in [x, gamma, beta] { t.requiresGrad = true }
        let mean = try x.mean(axis: -1, keepDims: true)
        let variance = try x.variance(axis: -1, keepDims: true)
        let output = try (x - mean) / (variance + 1e-5).sqrt() * gamma + beta
        try assertClose(output, "ln_out")
        try (output * tensor("ln_upstream")).sum().backward()
        try assertClose(try XCTUnwrap(x.grad), "ln_dx")
        try assertClose(try XCTUnwrap(gamma.grad), "ln_dgamma")
        try assertClose(try XCTUnwrap(beta.grad), "ln_dbeta")
    }

    func testFusedLayerNormMatchesNumPy() throws {
        let x = try tensor("ln_x"), gamma = try tensor("ln_gamma"), beta = try tensor("ln_beta")
        for t in [x, gamma, beta] { t.requiresGrad = true }
        let output = try x.layerNorm(gamma: gamma, beta: beta)
        try assertClose(output, "ln_out")
        try (output * tensor("ln_upstream")).sum().backward()
        try assertClose(try XCTUnwrap(x.grad), "ln_dx")
        try assertClose(try XCTUnwrap(gamma.grad), "ln_dgamma")
        try assertClose(try XCTUnwrap(beta.grad), "ln_dbeta")
        XCTAssertThrowsError(try x.layerNorm(gamma: beta.slice(0..<3), beta: beta))
    }

    func testAttentionComposedFromOperationsMatchesNumPy() throws {
        let q = try tensor("att_q"), k = try tensor("att_k"), v = try tensor("att_v")
        let scores = try q.matmul(k.transposed()) / 8.0.squareRoot()  // (B, T, T)
        try assertClose(try scores.softmax().matmul(v), "att_out_full")
        try assertClose(try scores.softmax(), "att_weights_full")
        var maskValues = [Double](repeating: 0, count: 16)
        for i in 0..<4 { for j in (i + 1)..<4 where j < 4 { maskValues[i * 4 + j] = -.infinity } }
        let mask = try Tensor(shape: [4, 4], scalars: maskValues)
        let weights = try (scores + mask).softmax()
        try assertClose(weights, "att_weights_causal")
        try assertClose(try weights.matmul(v), "att_out_causal")
    }

    func testBroadcastingShapesAndValues() throws {
        let a = try Tensor([[1, 2, 3], [4, 5, 6]])
        let b = Tensor([10, 20, 30])
        let column = try Tensor([[100], [200]])
        XCTAssertEqual(try (a + b).scalars, [11, 22, 33, 14, 25, 36])
        XCTAssertEqual(try (a * column).scalars, [100, 200, 300, 800, 1000, 1200])
        XCTAssertEqual(try (column + b).shape, [2, 3])
        XCTAssertEqual((a * 2).scalars, [2, 4, 6, 8, 10, 12])
        XCTAssertEqual((1 - a).scalars, [0, -1, -2, -3, -4, -5])
        XCTAssertEqual(try (a + Tensor(scalar: 1)).scalars, [2, 3, 4, 5, 6, 7])
    }

    func testReductionsAndIndexing() throws {
        let a = try Tensor([[1, 9, 3], [7, 5, 7]])
        XCTAssertEqual(try a.sum(axis: 0).scalars, [8, 14, 10])
        XCTAssertEqual(try a.sum(axis: 1, keepDims: true).shape, [2, 1])
        XCTAssertEqual(try a.mean().item(), 32.0 / 6.0, accuracy: 1e-15)
        XCTAssertEqual(try a.max(axis: 1).scalars, [9, 7])
        XCTAssertEqual(try a.argmax(axis: 1).scalars, [1, 0])
        XCTAssertEqual(try a.argmax(axis: 0).scalars, [1, 0, 1])
        XCTAssertEqual(a.argmax(), 1)
        XCTAssertEqual(try a[1].scalars, [7, 5, 7])
        XCTAssertEqual(try a[-1].shape, [3])
        XCTAssertEqual(a.transposed().scalars, [1, 7, 9, 5, 3, 7])
        XCTAssertEqual(try a.slice(1..<3, axis: 1).scalars, [9, 3, 5, 7])
        XCTAssertEqual(try a.rows(at: [1, 1, 0]).shape, [3, 3])
        XCTAssertEqual(try Tensor.concatenate([a, a], axis: 1).shape, [2, 6])
        XCTAssertEqual(try Tensor.oneHot([2, 0], classes: 3).scalars, [0, 0, 1, 1, 0, 0])
        XCTAssertEqual(try a.value(at: [1, 2]), 7)
        XCTAssertEqual(try a.array2D(), [[1, 9, 3], [7, 5, 7]])
    }

    func testMatmulAgainstNaiveProduct() throws {
        var random = Random(seed: 3)
        let a = try Tensor.randomNormal([37, 19], using: &random)
        let b = try Tensor.randomNormal([19, 23], using: &random)
        let c = try a.matmul(b)
        for i in 0..<37 {
            for j in 0..<23 {
                var expected = 0.0
                for k in 0..<19 { expected += a.scalars[i * 19 + k] * b.scalars[k * 23 + j] }
                XCTAssertEqual(c.scalars[i * 23 + j], expected, accuracy: 1e-12)
            }
        }
    }

    func testShapeErrorsAreThrownWithReadableMessages() {
        let a = Tensor.testValues([2, 3]), b = Tensor.testValues([4, 5])
        XCTAssertThrowsError(try a.matmul(b)) { error in
            XCTAssertEqual("\(error)", "matmul: shapes (2, 3) and (4, 5) are not aligned")
        }
        XCTAssertThrowsError(try a + b) { error in
            XCTAssertEqual("\(error)", "add: shapes (2, 3) and (4, 5) cannot be broadcast together")
        }
        XCTAssertThrowsError(try a.reshaped([4, 2]))
        XCTAssertThrowsError(try a.sum(axis: 2))
        XCTAssertThrowsError(try a.permuted([0, 0]))
        XCTAssertThrowsError(try a[2])
        XCTAssertThrowsError(try a.slice(0..<4, axis: 1))
        XCTAssertThrowsError(try a.rows(at: [5]))
        XCTAssertThrowsError(try Tensor.crossEntropy(logits: a, targets: [0, 3]))
        XCTAssertThrowsError(try Tensor([[1.0, 2.0], [3.0]]))
        XCTAssertThrowsError(try Tensor(shape: [2, 2], scalars: [1, 2, 3]))
        XCTAssertThrowsError(try Tensor.oneHot([3], classes: 3))
        XCTAssertThrowsError(try a.item())
    }

    func testAbsurdAllocationsThrowInsteadOfCrashing() {
        XCTAssertThrowsError(try Tensor.zeros([1 << 16, 1 << 16])) { error in
            guard case .tooLarge = error as? TensorError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try Tensor.zeros([Int.max, 2]))
        XCTAssertThrowsError(try Tensor.zeros([-1]))
        let column = Tensor.testValues([1 << 16, 1]), row = Tensor.testValues([1, 1 << 16])
        XCTAssertThrowsError(try column + row)
    }

    func testGradientsAccumulateUntilZeroGrad() throws {
        let x = Tensor([1, 2, 3], requiresGrad: true)
        try (x * x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [2, 4, 6])
        try (x * x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [4, 8, 12])
        x.zeroGrad()
        XCTAssertNil(x.grad)
    }

    func testNoGradModeRecordsNothing() throws {
        let x = Tensor([1, 2, 3], requiresGrad: true)
        let y = Tensor.withoutGradients { x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertThrowsError(try y.sum().backward())
        XCTAssertTrue((x * 2).requiresGrad)
        XCTAssertFalse(x.detached().requiresGrad)
    }

    func testBackwardNeedsScalarOrExplicitGradient() throws {
        let x = Tensor([1, 2], requiresGrad: true)
        let y = x * 3
        XCTAssertThrowsError(try y.backward())
        try y.backward(gradient: Tensor([1, 10]))
        XCTAssertEqual(x.grad?.scalars, [3, 30])
    }

    func testLongChainDoesNotOverflowTheStack() throws {
        let x = Tensor(scalar: 1, requiresGrad: true)
        var y = x
        for _ in 0..<50_000 { y = y * 1.0 }
        try y.backward()
        XCTAssertEqual(try x.grad?.item(), 1)
    }

    func testDescription() throws {
        XCTAssertEqual(try Tensor([[1, 2], [3, 4]]).description, "Tensor([[1.0, 2.0], [3.0, 4.0]])")
        XCTAssertEqual(Tensor(scalar: 2.5).description, "Tensor(2.5)")
        XCTAssertEqual(Tensor([1], requiresGrad: true).description, "Tensor([1.0], requiresGrad: true)")
        let big = try Tensor.arange(to: 2000)
        XCTAssertEqual(big.description, "Tensor([0.0, 1.0, 2.0, ..., 1997.0, 1998.0, 1999.0])")
    }

    func testCreationHelpers() throws {
        XCTAssertEqual(try Tensor.linspace(from: 0, to: 1, count: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(try Tensor.arange(from: 1, to: 2, step: 0.25).scalars, [1, 1.25, 1.5, 1.75])
        XCTAssertEqual(try Tensor.eye(2).scalars, [1, 0, 0, 1])
        var random = Random(seed: 42)
        let u = try Tensor.randomUniform([40], low: 0.2, high: 10, using: &random)
        XCTAssertEqual(u.scalars.first ?? 0, 3.8704931647041527, accuracy: 1e-14)
    }
}
