import ModulesTestSupport
import SeededRandom
import XCTest

/// `choice(from:count:replace:weights:)` against NumPy's legacy `RandomState(seed).choice(elements, count,
/// replace=…, p=…)` (Modules/Reference/numerics_reference.py), element for element.
final class ChoiceTests: XCTestCase {
    func testElementChoicesMatchNumPyLegacyStream() throws {
        let choice = try XCTUnwrap(try ReferenceData("numerics")["choice"])
        let elements = try XCTUnwrap(choice["elements"]).strings
        let cases = try XCTUnwrap(choice["cases"]).items
        XCTAssertEqual(cases.count, 8)
        for item in cases {
            let seed = try XCTUnwrap(item["seed"]?.flattened.first)
            let count = try XCTUnwrap(item["count"]?.flattened.first)
            guard case let .bool(replace) = try XCTUnwrap(item["replace"]) else { return XCTFail("replace") }
            let weights = item["weights"]?.flattened ?? []
            var random = Random(seed: UInt32(seed))
            let chosen = try random.choice(
                from: elements, count: Int(count), replace: replace, weights: weights.isEmpty ? nil : weights)
            let label = "seed \(Int(seed)), \(Int(count)), replace \(replace), weights \(!weights.isEmpty)"
            XCTAssertEqual(chosen, try XCTUnwrap(item["chosen"]).strings, label)
            if let next = item["next"]?.flattened.first {
                XCTAssertEqual(random.nextDouble(), next, "the stream continues in step after \(label)")
            }
        }
    }

    func testWithoutReplacementEveryElementAppearsOnce() throws {
        var random = Random(seed: 1)
        let weights = [0.9, 0.05, 0.03, 0.01, 0.01]
        let all = try random.choice(from: Array("abcde"), count: 5, replace: false, weights: weights)
        XCTAssertEqual(Set(all), Set("abcde"))
        XCTAssertEqual(try random.choice(from: [7], count: 1, replace: false), [7])
    }

    func testInvalidRequestsAreReported() {
        var random = Random(seed: 0)
        XCTAssertThrowsError(try random.choice(from: [1, 2, 3], count: 4, replace: false)) {
            XCTAssertEqual($0 as? RandomError, .sampleLargerThanPopulation(count: 4, population: 3))
        }
        XCTAssertThrowsError(try random.choice(from: [1, 2, 3], count: 2, replace: false, weights: [1, 0, 0])) {
            XCTAssertEqual($0 as? RandomError, .tooFewNonZeroWeights(count: 2, nonZero: 1))
        }
        XCTAssertThrowsError(try random.choice(from: [1, 2, 3], count: 2, weights: [0.5, 0.5])) {
            XCTAssertEqual($0 as? RandomError, .weightCountMismatch(weights: 2, population: 3))
        }
        XCTAssertThrowsError(try random.choice(from: [1, 2], count: 1, weights: [-1, 2]))
        XCTAssertThrowsError(try random.choice(from: [Int](), count: 1))
        XCTAssertThrowsError(try random.choice(from: [1, 2], count: -1)) {
            XCTAssertEqual($0 as? RandomError, .negativeCount(-1))
        }
    }
}
