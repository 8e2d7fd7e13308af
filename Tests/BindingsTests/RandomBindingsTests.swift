import XCTest

/// `Random` from cells: NumPy-identical streams, shared-reference semantics, argument errors.
final class RandomBindingsTests: XCTestCase {
    func testUniformAndNormalMatchNumPy() {
        // Reference: Scripts/reference.py ("uniform", "normal").
        let text = CellRunner().output("""
        let rng = Random(seed: 42)
        print(rng.uniform(0.2, 10.0, count: 3))
        print(rng.normal(mean: 1, standardDeviation: 2, count: 2))
        """)
        assertClose(numbers(in: text), [3.8704931647041527, 9.517000202817178, 7.373540629751771,
                                         -1.2237602360938409, 1.6378043693787667], tolerance: 1e-12)
    }

    func testGeneratorIsASharedReference() {
        let text = CellRunner().output("""
        let a = Random(seed: 42)
        let first = a.uniform(low: 0.2, high: 10.0, count: 2)
        let b = a
        print(b.uniform(0.2, 10.0))
        """)
        assertClose(numbers(in: text), [7.373540629751771], tolerance: 1e-12)
    }

    func testIntegersShuffleAndChoice() {
        let text = CellRunner().output("""
        let rng = Random(seed: 7)
        let k = rng.integer(in: 0..<10)
        print(k >= 0 && k < 10)
        print(rng.integers(in: 1...6, count: 20).allSatisfy { $0 >= 1 && $0 <= 6 })
        print(rng.shuffled([3, 1, 2]).sorted())
        print(rng.choice(weights: [0, 0, 1]))
        print(rng.permutation(4).sorted())
        """)
        XCTAssertEqual(text, "true\ntrue\n[1, 2, 3]\n2\n[0, 1, 2, 3]\n")
    }

    func testBadArgumentsBecomeDiagnosticsAtTheCallLine() {
        let runner = CellRunner()
        let weights = runner.error("let rng = Random(seed: 1)\nlet i = rng.choice(weights: [])")
        XCTAssertEqual(weights.line, 11)
        XCTAssertFalse(weights.message.isEmpty)
        let seed = runner.error("let r = Random(seed: -1)")
        XCTAssertEqual(seed.message, "seed must be in 0...4294967295, not -1")
        XCTAssertEqual(seed.line, 10)
        let huge = runner.error("let r = Random(seed: 1)\nlet xs = r.uniform(count: 1000000000000)")
        XCTAssertTrue(huge.message.contains("too large"), huge.message)
        XCTAssertEqual(huge.line, 11)
    }
}
