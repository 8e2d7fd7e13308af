import XCTest

/// Built-in layers inside a class the cell declares, as in a PyTorch `nn.Module`: weights loaded by assigning
/// the layers' properties, a flat `parameters` list, Adam over it — step for step equal to PyTorch's run of the
/// same module (`Modules/Reference/pytorch_reference.py`, "userModel"), tolerance 1e-12 relative.
final class UserModelBindingsTests: XCTestCase {
    private let reference = PyTorchReference.self

    func testUserClassOfLayersTrainsLikeATorchModule() {
        let start = { (name: String) in self.reference.literal(["userModel", "start", name]) }
        let text = CellRunner().output("""
        final class Model {
            let l1 = Linear(inputSize: 3, outputSize: 4)
            let l2 = Linear(inputSize: 4, outputSize: 1)
            var parameters: [Tensor] { l1.parameters + l2.parameters }
            func forward(_ x: Tensor) -> Tensor { l2.forward(l1.forward(x).tanh()) }
        }
        let model = Model()
        model.l1.weight = Tensor(\(start("l1.weight")))
        model.l1.bias = Tensor(\(start("l1.bias")))
        model.l2.weight = Tensor(\(start("l2.weight")))
        model.l2.bias = Tensor(\(start("l2.bias")))
        let x = Tensor(\(reference.literal(["userModel", "x"])))
        let y = Tensor(\(reference.literal(["userModel", "y"])))
        let opt = Adam(parameters: model.parameters, learningRate: 0.05)
        var losses: [Double] = []
        for _ in 0..<5 {
            opt.zeroGrad()
            let error = model.forward(x) - y
            let loss = (error * error).mean()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        }
        print(losses)
        print(model.l1.weight.scalars, model.l1.bias.scalars)
        print(model.l2.weight.scalars, model.l2.bias.scalars)
        print(model.parameters.count, opt.parameters.count)
        """)
        let final = { (name: String) in self.reference.flattened(["userModel", "final", name]) }
        let lines = text.split(separator: "\n").map(String.init)
        reference.assertLines(lines.prefix(3).joined(separator: "\n"), [
            reference.flattened(["userModel", "losses"]), final("l1.weight") + final("l1.bias"),
            final("l2.weight") + final("l2.bias"),
        ], tolerance: 1e-12)
        XCTAssertEqual(lines.dropFirst(3).first, "4 4")
    }
}
