import Tensors
import XCTest

extension ReferenceValue {
    /// The value as a tensor: a nested array becomes its shape, a number a 0-D tensor.
    public func tensor(requiresGrad: Bool = false) throws -> Tensor {
        try Tensor(shape: shape, scalars: flattened, requiresGrad: requiresGrad)
    }
}

/// Comparisons of tensors with reference values written by the NumPy/PyTorch scripts.
public enum ReferenceCheck {
    /// The scalar `sum(y * W)` the reference scripts differentiate, with W[i] = 0.4·((7i) mod 11) − 1.5.
    public static func weightedSum(_ y: Tensor) throws -> Tensor {
        let weights = (0..<y.count).map { 0.4 * Double(($0 * 7) % 11) - 1.5 }
        return try (y * Tensor(shape: y.shape, scalars: weights)).sum()
    }

    /// Asserts that `actual` has the shape of `expected` and every element within `tolerance`·(1 + |expected|).
    public static func assertClose(
        _ actual: Tensor?, _ expected: ReferenceValue?, tolerance: Double, _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let actual, let expected else {
            XCTFail("\(message): missing value", file: file, line: line)
            return
        }
        XCTAssertEqual(actual.shape, expected.shape, "\(message): shape", file: file, line: line)
        let values = expected.flattened
        XCTAssertEqual(actual.count, values.count, "\(message): count", file: file, line: line)
        for (index, (a, e)) in zip(actual.scalars, values).enumerated() where Swift.abs(a - e) > tolerance * (1 + Swift.abs(e)) {
            XCTFail("\(message): element \(index) is \(a), PyTorch gives \(e)", file: file, line: line)
            return
        }
    }
}
