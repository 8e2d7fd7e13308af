import ModulesTestSupport
import XCTest
import SeededRandom

final class RandomTests: XCTestCase {
    private var reference: ReferenceData!

    override func setUpWithError() throws {
        reference = try ReferenceData("random")
    }

    private func assertClose(
        _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(actual.count, expected.count, "count", file: file, line: line)
        XCTAssertFalse(expected.isEmpty, "reference missing", file: file, line: line)
        for (a, e) in zip(actual, expected) {
            XCTAssertEqual(a, e, accuracy: tolerance * max(1, abs(e)), file: file, line: line)
        }
    }

    func testReferenceSeed5489MatchesPublishedMT19937Output() {
        var random = Random(seed: 5489)
        XCTAssertEqual(random.nextUInt32(), 3_499_211_612)
    }

    func testRaw32BitStreamMatchesNumPy() {
        var random = Random(seed: 42)
        let raw = (0..<10).map { _ in Int(random.nextUInt32()) }
        XCTAssertEqual(raw, reference.ints("raw32_seed42"))
    }

    func testRandomSampleMatchesNumPyExactly() {
        var random = Random(seed: 42)
        let values = (0..<20).map { _ in random.nextDouble() }
        XCTAssertEqual(values, reference.doubles("random_sample_seed42"))
    }

    func testLessonDataSetMatchesNumPy() {
        var random = Random(seed: 42)
        let x = random.uniform(low: 0.2, high: 10, count: 40)
        let noise = random.normal(mean: 0, standardDeviation: 0.7, count: 40)
        let y = zip(x, noise).map { 1.0 * $0 + 0.5 + $1 }
        assertClose(x, reference.doubles("lesson_x"))
        assertClose(y, reference.doubles("lesson_y"))
    }

    func testNormalMatchesNumPy() {
        var random = Random(seed: 7)
        assertClose(
            random.normal(mean: 1.5, standardDeviation: 2.0, count: 25),
            reference.doubles("normal_seed7"))
    }

    func testInterleavedDrawsKeepTheCachedGaussian() {
        var random = Random(seed: 2024)
        let values = [random.normal(), random.uniform(), random.normal(), random.normal()]
        assertClose(values, reference.doubles("interleaved_seed2024"))
    }

    func testRandintMatchesNumPy() throws {
        var random = Random(seed: 123)
        XCTAssertEqual(try random.integers(in: 0..<10, count: 30), reference.ints("randint_seed123_0_10"))
        XCTAssertEqual(
            try random.integers(in: -5..<1000, count: 30), reference.ints("randint_seed123_m5_1000"))
        XCTAssertEqual(
            try random.integers(in: 0..<(1 << 40), count: 10), reference.ints("randint_seed123_big"))
    }

    func testPermutationAndShuffleMatchNumPy() {
        var random = Random(seed: 5)
        XCTAssertEqual(random.permutation(20), reference.ints("permutation_seed5_20"))
        var values = Array(0..<10)
        random.shuffle(&values)
        XCTAssertEqual(values, reference.ints("shuffle_seed5_after"))
    }

    func testChoiceMatchesNumPy() throws {
        var random = Random(seed: 11)
        XCTAssertEqual(
            try random.choice(weights: [0.1, 0.2, 0.3, 0.4], count: 30), reference.ints("choice_seed11_p"))
        XCTAssertEqual(
            try random.choice(populationSize: 6, count: 15), reference.ints("choice_seed11_uniform"))
        XCTAssertEqual(
            try random.choice(populationSize: 10, count: 5, replace: false),
            reference.ints("choice_seed11_noreplace"))
    }

    func testInvalidArgumentsThrowInsteadOfCrashing() {
        var random = Random(seed: 1)
        XCTAssertThrowsError(try random.integer(in: 3..<3)) { error in
            XCTAssertEqual(error as? RandomError, .emptyRange(low: 3, high: 3))
        }
        XCTAssertThrowsError(try random.choice(weights: []))
        XCTAssertThrowsError(try random.choice(weights: [0.5, -0.1]))
        XCTAssertThrowsError(try random.choice(weights: [0, 0]))
        XCTAssertThrowsError(try random.choice(populationSize: 3, count: 4, replace: false))
        XCTAssertThrowsError(try random.element(of: [Int]()))
    }

    func testUniformStaysInsideItsBounds() {
        var random = Random(seed: 99)
        let values = random.uniform(low: -2, high: 3, count: 10_000)
        XCTAssertTrue(values.allSatisfy { $0 >= -2 && $0 < 3 })
        let mean = values.reduce(0, +) / Double(values.count)
        XCTAssertEqual(mean, 0.5, accuracy: 0.05)
    }
}
