import ModulesTestSupport
import XCTest
import Tensors

/// Every differentiable operation's gradient against central finite differences.
final class GradientTests: XCTestCase {
    func testBroadcastingArithmetic() throws {
        let a = Tensor.testValues([3, 4], seed: 1)
        let b = Tensor.testValues([4], seed: 2)
        let c = Tensor.testValues([3, 1], seed: 3, positive: true)
        try GradientCheck.check([a, b]) { try $0[0] + $0[1] }
        try GradientCheck.check([a, b]) { try $0[0] - $0[1] }
        try GradientCheck.check([a, b]) { try $0[0] * $0[1] }
        try GradientCheck.check([a, c]) { try $0[0] / $0[1] }
        try GradientCheck.check([c, a]) { try $0[0] * $0[1] }
        try GradientCheck.check([a]) { -$0[0] }
    }

    func testScalarArithmetic() throws {
        let a = Tensor.testValues([2, 3], seed: 4, positive: true)
        try GradientCheck.check([a]) { $0[0] + 2.5 }
        try GradientCheck.check([a]) { 2.5 - $0[0] }
        try GradientCheck.check([a]) { $0[0] * -1.5 }
        try GradientCheck.check([a]) { $0[0] / 3 }
        try GradientCheck.check([a]) { 3 / $0[0] }
    }

    func testUnaryFunctions() throws {
        let a = Tensor.testValues([2, 5], seed: 5)
        let positive = Tensor.testValues([2, 5], seed: 6, positive: true)
        try GradientCheck.check([a]) { $0[0].exp() }
        try GradientCheck.check([positive]) { $0[0].log() }
        try GradientCheck.check([positive]) { $0[0].sqrt() }
        try GradientCheck.check([positive]) { $0[0].pow(2.7) }
        try GradientCheck.check([a]) { $0[0].squared() }
        try GradientCheck.check([a]) { $0[0].pow(3) }
        try GradientCheck.check([a]) { $0[0].tanh() }
        try GradientCheck.check([a]) { $0[0].sigmoid() }
        try GradientCheck.check([a]) { $0[0].relu() }
        try GradientCheck.check([a]) { $0[0].gelu() }
        try GradientCheck.check([a]) { $0[0].abs() }
        try GradientCheck.check([a]) { $0[0].clamped(min: -1, max: 1) }
    }

    func testReductions() throws {
        let a = Tensor.testValues([2, 3, 4], seed: 7)
        try GradientCheck.check([a]) { $0[0].sum() }
        try GradientCheck.check([a]) { $0[0].mean() }
        for axis in [0, 1, 2, -1] {
            try GradientCheck.check([a]) { try $0[0].sum(axis: axis) }
            try GradientCheck.check([a]) { try $0[0].mean(axis: axis, keepDims: true) }
            try GradientCheck.check([a]) { try $0[0].max(axis: axis) }
            try GradientCheck.check([a]) { try $0[0].min(axis: axis, keepDims: true) }
            try GradientCheck.check([a]) { try $0[0].variance(axis: axis) }
        }
        try GradientCheck.check([a]) { try $0[0].max() }
    }

    func testShapeOperations() throws {
        let a = Tensor.testValues([2, 3, 4], seed: 8)
        try GradientCheck.check([a]) { try $0[0].reshaped([4, -1]) }
        try GradientCheck.check([a]) { try $0[0].permuted([2, 0, 1]) }
        try GradientCheck.check([a]) { $0[0].transposed() }
        try GradientCheck.check([a]) { try $0[0].transposed(0, 2) }
        try GradientCheck.check([a]) { try $0[0].slice(1..<3, axis: 1) }
        try GradientCheck.check([a]) { try $0[0][1] }
        try GradientCheck.check([a]) { try $0[0].rows(at: [1, 0, 1]) }
        let b = Tensor.testValues([2, 2, 4], seed: 9)
        try GradientCheck.check([a, b]) { try Tensor.concatenate([$0[0], $0[1]], axis: 1) }
        let c = Tensor.testValues([2, 3, 4], seed: 10)
        try GradientCheck.check([a, c]) { try Tensor.stack([$0[0], $0[1]], axis: 1) }
    }

    func testSoftmaxAndCrossEntropy() throws {
        let a = Tensor.testValues([3, 5], seed: 11)
        try GradientCheck.check([a]) { try $0[0].softmax() }
        try GradientCheck.check([a]) { try $0[0].softmax(axis: 0) }
        try GradientCheck.check([a]) { try $0[0].logSoftmax() }
        try GradientCheck.check([a]) { try $0[0].logSoftmax(axis: 0) }
        try GradientCheck.check([a]) { try Tensor.crossEntropy(logits: $0[0], targets: [4, 0, 2]) }
    }

    func testFusedLayerNorm() throws {
        let x = Tensor.testValues([2, 3, 5], seed: 20)
        let gamma = Tensor.testValues([5], seed: 21), beta = Tensor.testValues([5], seed: 22)
        try GradientCheck.check([x, gamma, beta]) { try $0[0].layerNorm(gamma: $0[1], beta: $0[2]) }
    }

    func testMatrixMultiply() throws {
        let a = Tensor.testValues([3, 4], seed: 12)
        let b = Tensor.testValues([4, 2], seed: 13)
        try GradientCheck.check([a, b]) { try $0[0].matmul($0[1]) }
        let batchA = Tensor.testValues([2, 3, 4], seed: 14)
        let batchB = Tensor.testValues([2, 4, 5], seed: 15)
        try GradientCheck.check([batchA, batchB]) { try $0[0].matmul($0[1]) }
        try GradientCheck.check([batchA, b]) { try $0[0].matmul($0[1]) }  // shared right operand
        try GradientCheck.check([a, batchB]) { try $0[0].matmul($0[1]) }  // shared left operand
        let vector = Tensor.testValues([4], seed: 16)
        try GradientCheck.check([a, vector]) { try $0[0].matmul($0[1]) }
        try GradientCheck.check([vector, b]) { try $0[0].matmul($0[1]) }
        try GradientCheck.check([vector, Tensor.testValues([4], seed: 17)]) { try $0[0].matmul($0[1]) }
    }

    func testComposedExpressionReusingATensor() throws {
        // x is used three times: gradients must accumulate over all paths.
        let x = Tensor.testValues([2, 3], seed: 18)
        let w = Tensor.testValues([3, 3], seed: 19)
        try GradientCheck.check([x, w]) { inputs in
            let h = try inputs[0].matmul(inputs[1]).tanh()
            return try (h * inputs[0] + inputs[0].sigmoid()).sum(axis: 1)
        }
    }
}
