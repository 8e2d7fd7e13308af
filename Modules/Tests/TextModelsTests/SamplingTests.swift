import SeededRandom
import XCTest

@testable import TextModels

final class SamplingTests: XCTestCase {
    /// Seed 001's worked example: temperature 0.8, top-k 5, '.' gets 50.58 % and 'of' 14.78 %.
    func testSeedExampleTemperatureAndTopK() throws {
        let reference = try ReferenceData.object("seedExample")
        let logits = try doubles(reference["logits"])
        let distribution = try TokenDistribution(logits: logits, temperature: 0.8, topK: 5)
        XCTAssertEqual(distribution.tokens, [0, 1, 2, 3, 4], "top-k keeps five, the last three are cut")
        assertClose(distribution.probabilities, try doubles(reference["probabilities"]), tolerance: 1e-12)
        let period = distribution.probability(of: 0)
        let of = distribution.probability(of: 2)
        XCTAssertEqual((period * 10_000).rounded() / 100, 50.58)
        XCTAssertEqual((of * 10_000).rounded() / 100, 14.78)
        XCTAssertEqual(distribution.probability(of: 7), 0)
        XCTAssertEqual(distribution.mostLikely, 0, "greedy picks '.'")
    }

    /// Seed 001's top-p example: 55 %, 25 %, 15 % with p = 0.9 keeps the first three.
    func testSeedExampleTopP() throws {
        let reference = try ReferenceData.object("topPExample")
        let distribution = try TokenDistribution(logits: try doubles(reference["logits"]), topP: 0.9)
        XCTAssertEqual(distribution.tokens, [0, 1, 2])
        assertClose(distribution.probabilities, try doubles(reference["probabilities"]), tolerance: 1e-12)
    }

    func testSoftmaxAndCombinedFiltersMatchNumPy() throws {
        let soft = try ReferenceData.object("softmax")
        let probabilities = try softmax(try doubles(soft["logits"]), temperature: 1.3)
        assertClose(probabilities, try doubles(soft["probabilities"]), tolerance: 1e-12)
        XCTAssertEqual(probabilities.reduce(0, +), 1, accuracy: 1e-12)

        let combined = try ReferenceData.object("combined")
        let distribution = try TokenDistribution(
            logits: try doubles(combined["logits"]), temperature: 0.7, topK: 12, topP: 0.8)
        XCTAssertEqual(distribution.tokens, try XCTUnwrap(combined["tokens"] as? [Int]))
        assertClose(distribution.probabilities, try doubles(combined["probabilities"]), tolerance: 1e-12)
    }

    func testLowTemperatureSharpensAndHighFlattens() throws {
        let logits = [2.0, 1.0, 0.0]
        let cold = try softmax(logits, temperature: 0.5)
        let warm = try softmax(logits, temperature: 2)
        XCTAssertGreaterThan(cold[0], try softmax(logits)[0])
        XCTAssertLessThan(warm[0], try softmax(logits)[0])
    }

    func testInvalidArgumentsThrow() {
        XCTAssertThrowsError(try softmax([]))
        XCTAssertThrowsError(try softmax([1, 2], temperature: 0))
        XCTAssertThrowsError(try softmax([1, .nan]))
        XCTAssertThrowsError(try TokenDistribution(logits: [1, 2], topK: 0))
        XCTAssertThrowsError(try TokenDistribution(logits: [1, 2], topP: 0))
        XCTAssertThrowsError(try TokenDistribution(logits: [1, 2], topP: 1.5))
    }

    func testSamplingFollowsTheProbabilitiesAndIsReproducible() throws {
        let distribution = try TokenDistribution(logits: [3, 2, 1, 0, -1, -2], temperature: 1, topK: 3)
        var random = Random(seed: 7)
        var counts = [Int: Int]()
        let draws = 20_000
        var firstDraws: [Int] = []
        for index in 0..<draws {
            let token = try distribution.sample(using: &random)
            counts[token, default: 0] += 1
            if index < 20 { firstDraws.append(token) }
        }
        XCTAssertEqual(Set(counts.keys), [0, 1, 2], "filtered tokens are never drawn")
        for (token, probability) in zip(distribution.tokens, distribution.probabilities) {
            // 4 standard deviations of a binomial proportion.
            let tolerance = 4 * (probability * (1 - probability) / Double(draws)).squareRoot()
            XCTAssertEqual(Double(counts[token] ?? 0) / Double(draws), probability, accuracy: tolerance)
        }
        var again = Random(seed: 7)
        XCTAssertEqual(try (0..<20).map { _ in try distribution.sample(using: &again) }, firstDraws)
    }
}
