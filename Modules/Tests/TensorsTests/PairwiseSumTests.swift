import ModulesTestSupport
import SeededRandom
import XCTest

@testable import Tensors

/// `sum` and `mean` against `np.sum`/`np.mean` (Modules/Reference/numerics_reference.py): bit for bit, since the
/// summation repeats NumPy's pairwise algorithm; the inputs are NumPy's legacy normal draws, regenerated here.
final class PairwiseSumTests: XCTestCase {
    private var sums: ReferenceValue!

    override func setUpWithError() throws {
        sums = try XCTUnwrap(try ReferenceData("numerics")["sums"])
    }

    private func number(_ value: ReferenceValue?, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        try XCTUnwrap(value?.flattened.first, file: file, line: line)
    }

    private func normals(seed: Int, count: Int) -> [Double] {
        var random = Random(seed: UInt32(seed))
        return random.normal(count: count)
    }

    func testHundredThousandTenthsSumToTenThousandLikeNumPy() throws {
        let constant = try XCTUnwrap(sums["constant"])
        let x = Tensor(Array(repeating: 0.1, count: 100_000))
        XCTAssertEqual(x.sum().scalars[0], try number(constant["sum"]))
        XCTAssertEqual(x.sum().scalars[0], 10000.0)
        XCTAssertEqual(x.mean().scalars[0], try number(constant["mean"]))
        // The left-to-right loop this replaces drifts: the reference records its 10000.000000018848.
        XCTAssertEqual(Array(repeating: 0.1, count: 100_000).reduce(0, +), try number(constant["leftToRight"]))
    }

    func testVectorSumsAndMeansMatchNumPyBitForBit() throws {
        guard case let .array(cases) = try XCTUnwrap(sums["vectors"]) else { return XCTFail("no vectors") }
        XCTAssertEqual(cases.count, 12)
        for item in cases {
            let seed = Int(try number(item["seed"])), count = Int(try number(item["count"]))
            let x = Tensor(normals(seed: seed, count: count))
            XCTAssertEqual(x.sum().scalars[0], try number(item["sum"]), "sum of \(count)")
            XCTAssertEqual(x.mean().scalars[0], try number(item["mean"]), "mean of \(count)")
            XCTAssertEqual(try x.sum(axis: 0).scalars[0], try number(item["sum"]), "sum(axis: 0) of \(count)")
        }
    }

    func testAxisSumsMatchNumPyBitForBit() throws {
        let matrix = try XCTUnwrap(sums["matrix"])
        let x = try Tensor(shape: [37, 300], scalars: normals(seed: 5, count: 37 * 300))
        XCTAssertEqual(x.sum().scalars[0], try number(matrix["sum"]))
        XCTAssertEqual(x.mean().scalars[0], try number(matrix["mean"]))
        XCTAssertEqual(try x.sum(axis: 1).scalars, matrix["sumAxis1"]?.flattened)   // pairwise along rows
        XCTAssertEqual(try x.sum(axis: -2).scalars, matrix["sumAxis0"]?.flattened)  // row by row, as NumPy
        XCTAssertEqual(try x.mean(axis: 1).scalars, matrix["meanAxis1"]?.flattened)
        XCTAssertEqual(try x.mean(axis: 0).scalars, matrix["meanAxis0"]?.flattened)

        let cube = try XCTUnwrap(sums["cube"])
        let y = try Tensor(shape: [4, 130, 3], scalars: normals(seed: 6, count: 4 * 130 * 3))
        XCTAssertEqual(y.sum().scalars[0], try number(cube["sum"]))
        XCTAssertEqual(try y.sum(axis: 1).scalars, cube["sumAxis1"]?.flattened)
        XCTAssertEqual(try y.sum(axis: 2).scalars, cube["sumAxis2"]?.flattened)
    }

    func testGradientOfTheSumIsStillOne() throws {
        let x = Tensor(normals(seed: 1, count: 300), requiresGrad: true)
        let loss = x.sum()
        try loss.backward()
        XCTAssertEqual(x.grad?.scalars, Array(repeating: 1, count: 300))
        XCTAssertEqual(Tensor([Double]()).sum().scalars, [0])
    }
}
