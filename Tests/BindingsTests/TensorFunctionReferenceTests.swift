import XCTest

/// The tensor methods and functions cells call besides the operators — element-wise functions, reductions, shape
/// changes, softmax, `logSoftmax`, `crossEntropy` (also with `-Double.infinity` logits: a masked token), `layerNorm` —
/// each computed in a cell on the inputs PyTorch used in `Modules/Reference/pytorch_reference.py` ("functions" in
/// json/pytorch.json), its value and the gradients of `sum(y * W)` (W[i] = 0.4·((7i) mod 11) − 1.5) compared with
/// PyTorch's, relative tolerance 1e-12.
final class TensorFunctionReferenceTests: XCTestCase {
    /// Case name → the cell expression computing it from the inputs `x0`, `x1`, ….
    private let cases: [(String, String)] = [
        ("exp", "x0.exp()"), ("log", "x0.log()"), ("sqrt", "x0.sqrt()"), ("tanh", "x0.tanh()"),
        ("sigmoid", "x0.sigmoid()"), ("relu", "x0.relu()"), ("gelu", "x0.gelu()"), ("abs", "x0.abs()"),
        ("squared", "x0.squared()"), ("pow", "x0.pow(2.7)"), ("sum", "x0.sum()"), ("mean", "x0.mean()"),
        ("maxAll", "x0.max()"), ("sumAxis0", "x0.sum(axis: 0)"), ("meanAxis1KeepDims", "x0.mean(axis: 1, keepDims: true)"),
        ("maxAxis2", "x0.max(axis: 2)"), ("minAxis0KeepDims", "x0.min(axis: 0, keepDims: true)"),
        ("varianceAxis1", "x0.variance(axis: 1)"), ("reshaped", "x0.reshaped([4, 3])"), ("permuted", "x0.permuted([2, 0, 1])"),
        ("transposedAxes", "x0.transposed(0, 2)"), ("softmaxAxis0", "x0.softmax(axis: 0)"), ("logSoftmax", "x0.logSoftmax()"),
        ("crossEntropy", "crossEntropy(logits: x0, targets: targets)"),
        ("layerNorm", "x0.layerNorm(gamma: x1, beta: x2)"),
        ("maskedSoftmax", "masked(x0).softmax()"),
        ("maskedCrossEntropy", "crossEntropy(logits: masked(x0), targets: targets)"),
    ]

    func testFunctionsAndTheirGradientsMatchPyTorch() {
        var code = """
        let mask = Tensor(\(PyTorchReference.literal(["functions", "mask"]))) > 0.5
        let targets = \(PyTorchReference.literal(["functions", "targets"])).map { Int($0) }
        func masked(_ x: Tensor) -> Tensor { Tensor.where(mask, full(x.shape, value: -Double.infinity), x) }
        func weights(_ y: Tensor) -> Tensor {
            Tensor(shape: y.shape, scalars: (0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 })
        }

        """
        var expected: [[Double]] = []
        for (name, expression) in cases {
            let inputs = (PyTorchReference.value(["functions", name, "inputs"]) as? [Any])?.count ?? 0
            XCTAssertGreaterThan(inputs, 0, name)
            let names = (0..<inputs).map { "x\($0)" }
            code += "do {\n"
            for (index, input) in names.enumerated() {
                code += "    let \(input) = Tensor(\(PyTorchReference.literal(["functions", name, "inputs", index])), requiresGrad: true)\n"
            }
            code += "    let y = \(expression)\n    print(y.scalars)\n    (y * weights(y)).sum().backward()\n"
            code += names.map { "    print(\($0).grad!.scalars)\n" }.joined() + "}\n"
            expected.append(PyTorchReference.flattened(["functions", name, "output"]))
            expected += (0..<inputs).map { PyTorchReference.flattened(["functions", name, "grads", $0]) }
        }
        PyTorchReference.assertLines(CellRunner().output(code), expected, tolerance: 1e-12)
    }

    /// `argmax(axis:)` has no gradient: its indices only.
    func testArgmaxMatchesPyTorch() {
        let text = CellRunner().output("""
        let a = Tensor(\(PyTorchReference.literal(["functions", "argmaxAxis1", "inputs", 0])))
        print(a.argmax(axis: 1).scalars)
        """)
        PyTorchReference.assertLines(text, [PyTorchReference.flattened(["functions", "argmaxAxis1", "output"])], tolerance: 0)
    }
}
