import XCTest

/// Changes of a tensor that nothing else holds used to do nothing, silently: `x[0].zeroGrad()`,
/// `x[0].setRequiresGrad(false)`, `x[0].grad = nil` changed a copy (a subscript returns a copy, not PyTorch's view, and
/// only the copy's elements are written back), and `(x * 2).assign([…])` or `(x * 2)[0] = v` changed an operator's new
/// result. PyTorch refuses `requires_grad_` on such non-leaf tensors ("you can only change requires_grad flags of leaf
/// variables"); cells refuse every such change at the member's position, and the same changes of the tensor itself work.
final class TensorTemporaryChangeTests: XCTestCase {
    private let setup = "let x = Tensor([[1.0, 2.0], [3.0, 4.0]], requiresGrad: true)\n"

    /// State that a copy's write-back does not carry (the gradient, `requiresGrad`), changed on a copy.
    func testStateChangesOfACopyAreRefusedAtTheMember() {
        let subscriptCopy = "a subscript of 'Tensor' returns a copy, not a view, so the change would be lost"
        let cases: [(String, String, Int)] = [
            ("x[0].zeroGrad()", "cannot use 'zeroGrad' on a copy: " + subscriptCopy, 6),
            ("x[0].setRequiresGrad(false)", "cannot use 'setRequiresGrad' on a copy: " + subscriptCopy, 6),
            ("x[0, 1].zeroGrad()", "cannot use 'zeroGrad' on a copy: " + subscriptCopy, 9),
            ("x[0..<1].setRequiresGrad(true)", "cannot use 'setRequiresGrad' on a copy: " + subscriptCopy, 10),
            ("x[column: 0].zeroGrad()", "cannot use 'zeroGrad' on a copy: " + subscriptCopy, 14),
            ("x[0].grad = nil", "cannot assign to 'grad' of a copy: " + subscriptCopy, 6),
            ("noGrad { x[1].grad = zeros([2]) }", "cannot assign to 'grad' of a copy: " + subscriptCopy, 15),
            ("x.grad![0].zeroGrad()", "cannot use 'zeroGrad' on a copy: " + subscriptCopy, 12),
            ("x.T.zeroGrad()", "cannot use 'zeroGrad' on a copy: 'T' returns a copy, not a view, so the change would be lost", 5),
            ("MultiHeadAttention(dimension: 2, heads: 1, seed: 0).queryWeight.setRequiresGrad(false)",
             "cannot use 'setRequiresGrad' on a copy: 'queryWeight' returns a copy, not a view, so the change would be lost", 65),
        ]
        assertRefused(cases)
    }

    /// Changes of a method's, function's or operator's new result, refused with swiftc's messages for a value type.
    func testChangesOfANewTensorAreRefusedAtTheMember() {
        let mutating = "cannot use mutating member on immutable value: "
        let cases: [(String, String, Int)] = [
            ("(x * 2).zeroGrad()", mutating + "binary operator returns immutable value", 9),
            ("(x * 2).setRequiresGrad(false)", mutating + "binary operator returns immutable value", 9),
            ("(-x).zeroGrad()", mutating + "unary operator returns immutable value", 6),
            ("x.detached().setRequiresGrad(true)", mutating + "function call returns immutable value", 14),
            ("matmul(x, x).zeroGrad()", mutating + "'matmul' returns immutable value", 14),
            ("(x + x).assign([1, 2, 3, 4])", mutating + "binary operator returns immutable value", 9),
            ("zeros([2]).assign([1.0, 2.0])", mutating + "'zeros' returns immutable value", 12),
            ("(x * 2).grad = nil", "cannot assign to property: binary operator returns immutable value", 9),
            ("(x * 2)[0] = Tensor([0.0, 0.0])", "cannot assign through subscript: binary operator returns immutable value", 8),
        ]
        assertRefused(cases)
    }

    /// `layer.parameter(name)` is the layer's subscript `layer[name]`: a change through it is written back, also for a
    /// derived name (the attention's `queryWeight`, a copy of a third of the fused projection), which used to change
    /// the copy only; the gradient state is refused as through the subscript.
    func testChangesThroughParameterOfANameAreWrittenBack() {
        let text = CellRunner().output("""
        let a = MultiHeadAttention(dimension: 2, heads: 1, seed: 0), b = MultiHeadAttention(dimension: 2, heads: 1, seed: 0)
        noGrad { a.parameter("queryWeight")[0, 0] = 100 }
        noGrad { b["queryWeight"][0, 0] = 100 }
        a.parameter("keyWeight").assign([1, 2, 3, 4])
        b.keyWeight = Tensor([[1.0, 2.0], [3.0, 4.0]])
        print(a.parameters.map(\\.scalars) == b.parameters.map(\\.scalars), a.queryWeight[0, 0].item())
        """)
        XCTAssertEqual(text, "true 100.0\n")
        let execution = CellRunner().run("let a = MultiHeadAttention(dimension: 2, heads: 1, seed: 0)\na.parameter(\"queryWeight\").zeroGrad()",
                                         firstLine: 10)
        let diagnostic = execution.diagnostics.first { $0.severity == .error }
        XCTAssertEqual(diagnostic?.message,
                       "cannot use 'zeroGrad' on a copy: 'parameter(_:)' returns a copy, not a view, so the change would be lost")
        XCTAssertEqual(diagnostic?.location?.column, 28)
    }

    /// The same changes of tensors the cell holds still work, and `noGrad { w }` is `w` itself, not a new tensor.
    func testChangesOfTheTensorItselfStillWork() {
        let text = CellRunner().output(setup + """
        (x * 2).sum().backward()
        let row = x[0]
        row.setRequiresGrad(false)
        print(row.requiresGrad, x.requiresGrad)
        noGrad { x }.zeroGrad()
        print(x.grad == nil)
        (x * 3).sum().backward()
        x.grad!.zeroGrad()
        x.grad = nil
        x.setRequiresGrad(false)
        print(x.grad == nil, x.requiresGrad)
        """)
        XCTAssertEqual(text, "false true\ntrue\ntrue false\n")
    }

    private func assertRefused(_ cases: [(String, String, Int)], file: StaticString = #filePath, line: UInt = #line) {
        for (change, message, column) in cases {
            let execution = CellRunner().run(setup + change, firstLine: 10)
            let diagnostic = execution.diagnostics.first { $0.severity == .error }
            XCTAssertEqual(diagnostic?.message, message, change, file: file, line: line)
            XCTAssertEqual(diagnostic?.location?.line, 11, change, file: file, line: line)
            XCTAssertEqual(diagnostic?.location?.column, column, change, file: file, line: line)
            XCTAssertEqual(execution.text, "", change, file: file, line: line)
        }
    }
}
