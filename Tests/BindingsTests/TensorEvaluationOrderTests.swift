import XCTest

/// Stores through tensor subscripts that return copies (`x[f()][1][2] = v`, written back through the subscript
/// setter) evaluate each subscript argument exactly once, left to right, before the right side, as Swift does for
/// nested subscripts of values; the result equals the same change made with plain indices.
final class TensorEvaluationOrderTests: XCTestCase {
    func testCallingIndicesOfNestedTensorStoresRunOnce() {
        let text = CellRunner().output("""
        var calls: [String] = []
        func f(_ name: String, _ v: Int) -> Int {
            calls.append(name)
            return v
        }
        let cube = Tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]])
        let same = Tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]])
        cube[f("a", 1)][0][f("b", 1)] = -6
        same[1][0][1] = -6
        cube[f("c", 0)][f("d", 1)][0] += Double(f("e", 10))
        same[0][1][0] += 10
        cube[f("g", 1)][f("h", 1)].assign([Double(f("i", 0)), 0])
        same[1][1].assign([0, 0])
        var tensors = [Tensor([[1.0, 2.0], [3.0, 4.0]])]
        tensors[f("j", 0)][f("k", 1)][0] *= 2
        print(cube.scalars == same.scalars, tensors[0].scalars, calls)
        """)
        XCTAssertEqual(text, "true [1.0, 2.0, 6.0, 4.0] [\"a\", \"b\", \"c\", \"d\", \"e\", \"g\", \"h\", \"i\", \"j\", \"k\"]\n")
    }
}
