import Tensors
import XCTest

/// `grad` is the accumulated gradient tensor itself, as PyTorch's `.grad`: changing it in place changes what
/// `backward()` adds to; `setGrad` replaces it (same shape only) or clears it.
final class GradientTensorTests: XCTestCase {
    func testGradIsTheSameTensorAcrossReadsAndBackwardPasses() throws {
        let w = Tensor([1, -2, 3], requiresGrad: true)
        try (w * w).sum().backward()
        let first = try XCTUnwrap(w.grad)
        XCTAssertTrue(first === w.grad)
        try first -= Tensor([1, 1, 1])
        XCTAssertEqual(w.grad?.scalars, [1, -5, 5])
        try (w * w).sum().backward()
        XCTAssertTrue(first === w.grad, "backward adds in place")
        XCTAssertEqual(first.scalars, [3, -9, 11])
        w.zeroGrad()
        XCTAssertNil(w.grad)
    }

    func testSetGradReplacesOrClearsTheGradient() throws {
        let w = Tensor([1, 2], requiresGrad: true)
        let g = Tensor([0.5, -1])
        try w.setGrad(g)
        XCTAssertTrue(w.grad === g)
        try (w * w).sum().backward()
        XCTAssertEqual(g.scalars, [2.5, 3])
        try w.setGrad(nil)
        XCTAssertNil(w.grad)
        XCTAssertThrowsError(try w.setGrad(Tensor([1, 2, 3])))
    }
}
