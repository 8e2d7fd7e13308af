import XCTest

/// `Tensor` from cells: creation, arithmetic methods, printing, autograd and refused shapes and sizes.
final class TensorBindingsTests: XCTestCase {
    func testCreationPrintingAndMatmul() {
        // Reference: Scripts/reference.py ("matmul").
        let text = CellRunner().output("""
        let a = Tensor([[1, 2], [3, 4]])
        print(a)
        print(a.shape, a.count, Tensor([1, 2, 3]).shape)
        print(a.matmul(Tensor([[5.0], [6.0]])).scalars)
        print(zeros([2, 3]).shape, eye(2).rows, linspace(from: 0, to: 1, count: 3).toArray())
        print(a.adding(1).multiplied(by: 2).rows)
        print(a.sum().item(), a.mean(axis: 0).scalars, a.transposed().rows, a.reshaped([4]).shape)
        """)
        XCTAssertEqual(text, """
        Tensor([[1.0, 2.0], [3.0, 4.0]])
        [2, 2] 4 [3]
        [17.0, 39.0]
        [2, 3] [[1.0, 0.0], [0.0, 1.0]] [0.0, 0.5, 1.0]
        [[4.0, 6.0], [8.0, 10.0]]
        10.0 [2.0, 3.0] [[1.0, 3.0], [2.0, 4.0]] [4]

        """)
    }

    func testSoftmaxMatchesNumPy() {
        let text = CellRunner().output("print(Tensor([1.0, 2.0, 3.0]).softmax().scalars)")
        assertClose(numbers(in: text), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], tolerance: 1e-12)
    }

    func testGradientOfMeanSquaredError() {
        // Reference: Scripts/reference.py ("grad").
        let text = CellRunner().output("""
        let x = Tensor([[1.0, 2.0], [3.0, 4.0]])
        let w = Tensor([[0.5], [-0.25]], requiresGrad: true)
        let y = Tensor([[1.0], [2.0]])
        let loss = x.matmul(w).subtracting(y).squared().mean()
        loss.backward()
        print(w.grad!.scalars)
        w.zeroGrad()
        if let g = w.grad { print("still", g) } else { print("cleared") }
        """)
        assertClose(numbers(in: text), [-5.5, -8.0], tolerance: 1e-12)
        XCTAssertTrue(text.hasSuffix("cleared\n"), text)
    }

    func testShapeMismatchIsADiagnosticAtTheRightLine() {
        let failure = CellRunner().error("""
        let a = Tensor([[1.0, 2.0], [3.0, 4.0]])
        let b = Tensor([1.0, 2.0, 3.0])
        let c = a.adding(b)
        print(c)
        """)
        XCTAssertEqual(failure.line, 12)
        XCTAssertTrue(failure.message.contains("(2, 2)") && failure.message.contains("(3,)"), failure.message)
    }

    func testAbsurdSizesAreRefusedBeforeAllocating() {
        let runner = CellRunner()
        let zeros = runner.error("let t = zeros([1000000, 1000000])")
        XCTAssertTrue(zeros.message.contains("too large"), zeros.message)
        let outer = runner.error("let a = ones([100000, 1])\nlet b = a.matmul(ones([1, 100000]))")
        XCTAssertTrue(outer.message.contains("too large"), outer.message)
        XCTAssertEqual(outer.line, 11)
        let item = runner.error("let v = ones([2]).item()")
        XCTAssertTrue(item.message.contains("one-element"), item.message)
    }
}
