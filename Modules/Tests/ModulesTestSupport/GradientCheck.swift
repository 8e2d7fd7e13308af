import XCTest
import Tensors

/// Compares autograd gradients with central finite differences.
public enum GradientCheck {
    /// Builds `function` of `inputs`, reduces it with fixed pseudo-random weights to a scalar, runs `backward()`,
    /// and compares every input's gradient with (f(x + h) - f(x - h)) / 2h within `tolerance` (absolute + relative).
    public static func check(
        _ inputs: [Tensor], tolerance: Double = 1e-6, step: Double = 1e-5,
        file: StaticString = #filePath, line: UInt = #line,
        _ function: ([Tensor]) throws -> Tensor
    ) throws {
        for input in inputs {
            input.requiresGrad = true
            input.zeroGrad()
        }
        let probe = try function(inputs)
        // Weights 0.3, -0.7, 1.1, ... make every output element matter differently.
        let weightValues: [Double] = (0..<probe.count).map { (index: Int) -> Double in
            let bucket = Double((index * 7) % 11)
            return 0.4 * bucket - 1.5
        }
        let weights = Tensor(shape: probe.shape, storage: weightValues)
        func objective() throws -> Double { try (function(inputs) * weights).sum().item() }

        let loss = try (probe * weights).sum()
        try loss.backward()
        for (inputIndex, input) in inputs.enumerated() {
            guard let analytic = input.grad?.scalars else {
                XCTFail("input \(inputIndex) has no gradient", file: file, line: line)
                continue
            }
            for index in 0..<input.count {
                let original = input.scalars[index]
                input.withMutableScalars { $0[index] = original + step }
                let plus = try objective()
                input.withMutableScalars { $0[index] = original - step }
                let minus = try objective()
                input.withMutableScalars { $0[index] = original }
                let numeric = (plus - minus) / (2 * step)
                XCTAssertEqual(
                    analytic[index], numeric, accuracy: tolerance * (1 + Swift.abs(numeric)),
                    "input \(inputIndex) element \(index)", file: file, line: line)
            }
        }
    }
}

extension Tensor {
    /// A tensor for tests, from values that do not need shape validation.
    public convenience init(shape: [Int], storage: [Double]) {
        try! self.init(shape: shape, scalars: storage)
    }

    /// Deterministic pseudo-random values in roughly [-2, 2] for gradient checks.
    public static func testValues(_ shape: [Int], seed: Int = 1, positive: Bool = false) -> Tensor {
        let count = shape.reduce(1, *)
        var state = UInt64(seed &* 2_654_435_761 &+ 12345)
        let values = (0..<count).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            return positive ? 0.2 + 2 * unit : 4 * unit - 2
        }
        return Tensor(shape: shape, storage: values)
    }
}
