import XCTest

/// Mutations that used to change a copy and be lost: `w.grad! -= g` (the gradient is the tensor itself, settable as
/// PyTorch's `.grad`), stores through subscripts and properties that return copies (`x[0][1] = v`,
/// `attention.queryWeight[0, 0] = v`, written back as for a Swift value), and `x.T[0, 1] = v` (refused: `T` is
/// get-only), and methods that change their receiver called on a copy (`x[1].assign([…])`, written back). Each result is checked against the same change made directly in the same cell.
final class TensorWriteBackBindingsTests: XCTestCase {
    func testGradIsTheGradientItselfAndSettable() {
        let text = CellRunner().output("""
        let w = Tensor([1.0, -2.0, 3.0], requiresGrad: true)
        (w * w).sum().backward()
        w.grad! -= Tensor([1.0, 1.0, 1.0])
        let expected = noGrad { 2 * w - 1 }
        print(w.grad!.scalars == expected.scalars)
        w.grad![0] = 0
        expected[0] = 0
        print(w.grad!.scalars == expected.scalars)
        (w * w).sum().backward()
        print(w.grad!.scalars == noGrad { expected + 2 * w }.scalars)
        w.grad = nil
        print(w.grad == nil)
        let g = Tensor([0.5, 0.25, -1.0])
        w.grad = g
        g *= 2
        print(w.grad!.scalars == [1.0, 0.5, -2.0])
        let opt = SGD(parameters: [w], learningRate: 0.1)
        opt.step()
        print(w.scalars == noGrad { Tensor([1.0, -2.0, 3.0]) - 0.1 * g }.scalars)
        """)
        XCTAssertEqual(text, Array(repeating: "true", count: 6).joined(separator: "\n") + "\n")
        let error = CellRunner().error("""
        let w = Tensor([1.0, 2.0], requiresGrad: true)
        w.grad = Tensor([1.0, 2.0, 3.0])
        """)
        XCTAssertEqual(error.message, "grad: a gradient of shape (3,) cannot be assigned to a tensor of shape (2,)")
        XCTAssertEqual(error.line, 11)
    }

    func testStoresThroughCopiesAreWrittenBack() {
        let text = CellRunner().output("""
        let x = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), y = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        x[0][1] = 50
        y[0, 1] = 50
        x[0..<2][1, 0] += 3
        y[1, 0] += 3
        x[0..<2][column: 0] -= 1
        y[column: 0] -= 1
        let cube = Tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]])
        cube[1][0][1] = -6
        print(x.scalars == y.scalars, cube.scalars)
        let a = MultiHeadAttention(dimension: 4, heads: 2, seed: 1), b = MultiHeadAttention(dimension: 4, heads: 2, seed: 1)
        a.queryWeight[0, 0] = 9
        a["valueBias"][1] += 2
        noGrad {
            let q = b.queryWeight
            q[0, 0] = 9
            b.queryWeight = q
            let v = b.valueBias
            v[1] += 2
            b.valueBias = v
        }
        print(a.parameters.map(\\.scalars) == b.parameters.map(\\.scalars), a.queryWeight[0, 0].item())
        let linear = Linear(inputSize: 2, outputSize: 2, seed: 0)
        noGrad { linear["bias"][1] = 5 }
        print(linear.bias.scalars[1], linear.bias.requiresGrad)
        """)
        XCTAssertEqual(text, "true [1.0, 2.0, 3.0, 4.0, 5.0, -6.0, 7.0, 8.0]\ntrue 9.0\n5.0 true\n")
        let error = CellRunner().error("""
        let x = Tensor([[1.0, 2.0], [3.0, 4.0]])
        x.T[0, 1] = 100
        """)
        XCTAssertEqual(error.message, "cannot assign through subscript: 'T' is a get-only property")
        XCTAssertEqual(error.line, 11)
        for store in ["x.T.grad = nil", "x.scalars[0] = 5"] {
            let refused = CellRunner().error("var x = Tensor([[1.0, 2.0], [3.0, 4.0]])\n" + store)
            let property = store.hasPrefix("x.T") ? "T" : "scalars"
            XCTAssertEqual(refused.message, store.hasPrefix("x.T") ? "cannot assign to property: 'T' is a get-only property"
                           : "cannot assign through subscript: '\(property)' is a get-only property")
            XCTAssertEqual(refused.line, 11)
        }
    }

    /// swiftc's messages for changing a struct method's result; PyTorch's views would share the elements instead.
    func testChangesOfATensorMethodsNewResultAreRefused() {
        let cases = [("x.reshaped([4])[0] = 8", "cannot assign through subscript: function call returns immutable value", 16),
                     ("x.detached().grad = nil", "cannot assign to property: function call returns immutable value", 14),
                     ("x.reshaped([4]).assign([1, 2, 3, 4])", "cannot use mutating member on immutable value: function call returns immutable value", 17)]
        for (store, message, column) in cases {
            let execution = CellRunner().run("let x = Tensor([[1.0, 2.0], [3.0, 4.0]])\n" + store, firstLine: 10)
            let diagnostic = execution.diagnostics.first { $0.severity == .error }
            XCTAssertEqual(diagnostic?.message, message, store)
            XCTAssertEqual(diagnostic?.location?.line, 11, store)
            XCTAssertEqual(diagnostic?.location?.column, column, store)
        }
        let linear = CellRunner().output("""
        let linear = Linear(inputSize: 2, outputSize: 2, seed: 0)
        noGrad { linear.parameter("bias")[0] = 3 }
        print(linear.bias.scalars[0])
        """)
        XCTAssertEqual(linear, "3.0\n", "a layer's parameter(_:) is the tensor itself")
    }

    func testMethodsThatChangeTheirReceiverWriteACopyBack() {
        let text = CellRunner().output("""
        let x = Tensor([[1.0, 2.0], [3.0, 4.0]]), y = Tensor([[1.0, 2.0], [3.0, 4.0]])
        x[1].assign([7.0, 8.0])
        y[1] = Tensor([7.0, 8.0])
        let a = MultiHeadAttention(dimension: 2, heads: 1, seed: 0), b = MultiHeadAttention(dimension: 2, heads: 1, seed: 0)
        a.keyWeight.assign([1.0, 2.0, 3.0, 4.0])
        b.keyWeight = Tensor([[1.0, 2.0], [3.0, 4.0]])
        print(x.scalars == y.scalars, a.parameters.map(\\.scalars) == b.parameters.map(\\.scalars))
        """)
        XCTAssertEqual(text, "true true\n")
        let error = CellRunner().error("""
        let x = Tensor([[1.0, 2.0], [3.0, 4.0]])
        x.T.assign([0.0, 0.0, 0.0, 0.0])
        """)
        XCTAssertEqual(error.message, "cannot use mutating member on immutable value: 'T' is a get-only property")
        XCTAssertEqual(error.line, 11)
    }

    /// Changes through a get-only property that returns a copy, at swiftc's positions for a struct standing in for
    /// `Tensor` (`var T: Tensor { self }`, `var scalars: [Double] { … }`, `mutating func assign`): swiftc 6 reports
    /// `x.T[0] = x` at the `[` (12:4), `x.T.grad = nil` at `grad` (13:5), `x.scalars[0] = 5` at the `[` (14:10) and
    /// `x.T.assign([0.0])` at `assign` (15:5), and a compound assignment through them at its operator. The checker reports them (`TypeChecker+NativeTemporaries`), not the
    /// generator.
    func testChangesThroughAGetOnlyCopyingPropertyAreReportedWhereSwiftcReportsThem() {
        let cases = [("x.T[0, 1] = 100", "cannot assign through subscript: 'T' is a get-only property", 4),
                     ("x.T.grad = nil", "cannot assign to property: 'T' is a get-only property", 5),
                     ("x.scalars[0] = 5", "cannot assign through subscript: 'scalars' is a get-only property", 10),
                     ("x.T.assign([0.0, 0.0, 0.0, 0.0])", "cannot use mutating member on immutable value: 'T' is a get-only property", 5),
                     // swiftc 6: `x.T[0] += 1` 10:8, `x.scalars[0] += 5` 11:14, `x.reshaped([4])[0] += 1` 12:20, at the operator.
                     ("x.T[0] += 1", "left side of mutating operator isn't mutable: 'T' is a get-only property", 8),
                     ("x.scalars[0] += 5", "left side of mutating operator isn't mutable: 'scalars' is a get-only property", 14),
                     ("x.reshaped([4])[0] += 1", "left side of mutating operator isn't mutable: function call returns immutable value", 20)]
        for (store, message, column) in cases {
            let execution = CellRunner().run("var x = Tensor([[1.0, 2.0], [3.0, 4.0]])\n" + store, firstLine: 10)
            let errors = execution.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.message), [message], store)
            XCTAssertEqual(errors.first?.location?.line, 11, store)
            XCTAssertEqual(errors.first?.location?.column, column, store)
        }
    }
}
