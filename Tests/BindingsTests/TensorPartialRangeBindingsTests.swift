import XCTest

/// One-sided ranges as tensor subscripts (`x[..<2]`, `x[1...]`, `x[...1]`, `x[rows: 2...]`, `x[columns: 1...]`:
/// NumPy's `x[:2]`, `x[1:]`, `x[:2]`, `x[2:]`, `x[:, 1:]`), read with gradients and assigned, and `maximum`/`minimum`
/// with the number first — checked against PyTorch in `Modules/Reference/pytorch_reference.py` ("operators" and
/// "assignments"), tolerance 1e-12 relative.
final class TensorPartialRangeBindingsTests: XCTestCase {
    private let reference = PyTorchReference.self

    private func input(_ group: String, _ name: String, _ index: Int) -> String {
        reference.literal([group, name, "inputs", index])
    }

    /// The forward values, then the gradient of `sum(y * W)` with respect to the input, on one line.
    private func forwardAndGradient(_ name: String) -> [Double] {
        reference.flattened(["operators", name, "output"]) + reference.flattened(["operators", name, "grads", 0])
    }

    func testOneSidedRangeReadsDifferentiateLikePyTorch() {
        let reads = [("upTo", "x[..<2]"), ("from", "x[1...]"), ("through", "x[...1]"), ("rowsFrom", "x[rows: 2...]"),
                     ("columnsFrom", "x[columns: 1...]"), ("columnsUpTo", "x[columns: ..<2]"),
                     ("columnsThrough", "x[columns: ...2]"), ("numberMaximum", "maximum(0.5, x)"),
                     ("numberMinimum", "minimum(0.5, x)")]
        let cases = reads.map { name, expression in
            """
            do {
                let x = Tensor(\(input("operators", name, 0)), requiresGrad: true)
                let y = \(expression)
                (y * weights(y)).sum().backward()
                print(y.scalars, x.grad!.scalars)
            }
            """
        }
        let text = CellRunner().output("""
        func weights(_ y: Tensor) -> Tensor {
            Tensor(shape: y.shape, scalars: (0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })
        }
        \(cases.joined(separator: "\n"))
        """)
        reference.assertLines(text, reads.map { forwardAndGradient($0.0) }, tolerance: 1e-12)
    }

    func testOneSidedRangeAssignmentsMatchPyTorchSetItem() {
        let text = CellRunner().output("""
        func fresh() -> Tensor { Tensor(\(input("assignments", "upTo", 0))) }
        var x = fresh()
        x[..<2] = 7
        print(x.scalars)
        x = fresh(); x[1...] = Tensor(\(input("assignments", "from", 1)))
        print(x.scalars)
        x = fresh(); x[columns: 2...] += 1
        print(x.scalars)
        x = fresh(); x[columns: ...1] = Tensor(\(input("assignments", "columnsThrough", 1)))
        print(x.scalars)
        """)
        reference.assertLines(text, ["upTo", "from", "columnsFromAdd", "columnsThrough"].map {
            reference.flattened(["assignments", $0, "output"])
        }, tolerance: 1e-12)
    }

    func testOneSidedRangesOutsideTheAxisAreErrorsAtTheSubscript() {
        let runner = CellRunner()
        let cases = [("print(x[4...])", "4... is out of bounds for an axis of size 3"),
                     ("print(x[..<(-1)])", "..<-1 is out of bounds for an axis of size 3"),
                     ("print(x[..<5])", "0..<5 is out of bounds for axis 0 of size 3"),
                     ("print(x[columns: 1...][columns: 4...])", "4... is out of bounds for an axis of size 3"),
                     ("print(Tensor([1.0, 2.0])[columns: 1...])", "columns: needs a tensor of rank 2 or more")]
        for (code, message) in cases {
            let failure = runner.error("""
            let x = zeros([3, 4])
            \(code)
            """)
            XCTAssertEqual(failure.line, 11, code)
            XCTAssertTrue(failure.message.contains(message), "\(code): \(failure.message)")
        }
        // A tensor's own extent: `x[3...]` of 3 rows is empty, as NumPy's `x[3:]`.
        XCTAssertEqual(runner.output("print(zeros([3, 4])[3...].shape, zeros([3, 4])[columns: ...(-1)].shape)"), "[0, 4] [3, 0]\n")
    }

    /// `x[...]` (Swift's `UnboundedRange`, NumPy's `x[:]`): every entry of the axis, read with gradients and assigned;
    /// the same values as `x[0...]` (NumPy's `x[0:]`), whose forms the PyTorch reference checks above.
    func testUnboundedRangeSelectsTheWholeAxis() {
        let text = CellRunner().output("""
        let x = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requiresGrad: true)
        let y = x[...] * Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        y.sum().backward()
        print(x[...].scalars == x[0...].scalars, x[columns: ...].scalars == x[columns: 0...].scalars, x[rows: ...].shape)
        print(x.grad!.scalars)
        var z = zeros([2, 2])
        z[...] = 7
        print(z.scalars)
        z[columns: ...] += Tensor([[1.0, 2.0], [3.0, 4.0]])
        print(z.scalars)
        """)
        XCTAssertEqual(text, """
        true true [2, 3]
        [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
        [7.0, 7.0, 7.0, 7.0]
        [8.0, 9.0, 10.0, 11.0]

        """)
    }

    func testUnboundedRangeWhereAnIntIsTakenIsSwiftcsConversionMistake() {
        // swiftc's line for `subscript(_: Int, _: Int)` written in Swift, at the `...`.
        let execution = CellRunner().run("let x = zeros([2, 2])\nprint(x[..., 0])")
        XCTAssertEqual(execution.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" },
                       ["2:9: cannot convert value of type '(UnboundedRange_) -> ()' to expected argument type 'Int'"])
    }
}
