import SeededRandom
import XCTest

@testable import TextModels

final class CharacterNGramModelTests: XCTestCase {
    func testAverageNegativeLogLikelihoodMatchesReference() throws {
        let reference = try ReferenceData.object("bigram")
        let training = try XCTUnwrap(reference["training"] as? String)
        let text = try XCTUnwrap(reference["text"] as? String)
        let model = try CharacterNGramModel(training: training, order: 2, smoothing: 0.5)
        let expected = try XCTUnwrap(reference["averageNegativeLogLikelihood"] as? Double)
        XCTAssertEqual(try model.averageNegativeLogLikelihood(of: text), expected, accuracy: 1e-12)
    }

    func testCountsAndProbabilities() throws {
        let model = try CharacterNGramModel(training: "abab", order: 2, smoothing: 0)
        XCTAssertEqual(model.alphabet, ["a", "b"])
        XCTAssertEqual(model.count(of: "b", after: "a"), 2)
        XCTAssertEqual(model.count(of: "a", after: "b"), 1)
        XCTAssertEqual(try model.probabilities(after: "xa"), [0, 1], "only the last character counts")
        XCTAssertEqual(try model.probability(of: "a", after: ""), 1, "the text starts with 'a'")
        let smoothed = try CharacterNGramModel(training: "abab", order: 2, smoothing: 1)
        XCTAssertEqual(try smoothed.probabilities(after: "a"), [0.25, 0.75])
        XCTAssertEqual(try smoothed.probabilities(after: "b").reduce(0, +), 1, accuracy: 1e-12)
    }

    func testUnsmoothedModelGivesInfiniteLossOnUnseenPairs() throws {
        let model = try CharacterNGramModel(training: "abac", order: 2, smoothing: 0)
        // P(a | start) = 1, P(c | a) = 1/2.
        XCTAssertEqual(try model.averageNegativeLogLikelihood(of: "ac"), log(2.0) / 2, accuracy: 1e-12)
        XCTAssertEqual(try model.averageNegativeLogLikelihood(of: "aa"), .infinity)
        XCTAssertThrowsError(try model.averageNegativeLogLikelihood(of: "abd"), "d is not in the alphabet")
    }

    func testHigherOrderFitsTrainingTextBetter() throws {
        let text = ItalianAnimalCorpus.text
        let unigram = try CharacterNGramModel(training: text, order: 1, smoothing: 0.1)
        let bigram = try CharacterNGramModel(training: text, order: 2, smoothing: 0.1)
        let trigram = try CharacterNGramModel(training: text, order: 3, smoothing: 0.1)
        let sample = "Il cane dorme nella cuccia."
        let losses = try [unigram, bigram, trigram].map { try $0.averageNegativeLogLikelihood(of: sample) }
        XCTAssertGreaterThan(losses[0], losses[1])
        XCTAssertGreaterThan(losses[1], losses[2])
        // A uniform guess over the alphabet costs log(|alphabet|) nats per character.
        XCTAssertLessThan(losses[0], log(Double(unigram.alphabet.count)))
    }

    func testSamplingIsReproducibleAndUsesTheAlphabet() throws {
        let model = try CharacterNGramModel(training: ItalianAnimalCorpus.text, order: 3)
        var random = Random(seed: 1)
        let first = try model.sample(length: 200, prompt: "Il ", using: &random)
        var again = Random(seed: 1)
        XCTAssertEqual(try model.sample(length: 200, prompt: "Il ", using: &again), first)
        XCTAssertEqual(first.count, 200)
        XCTAssertTrue(first.allSatisfy { model.alphabet.contains(String($0)) })
    }

    func testInvalidArgumentsThrow() {
        XCTAssertThrowsError(try CharacterNGramModel(training: "", order: 2))
        XCTAssertThrowsError(try CharacterNGramModel(training: "ab", order: 0))
        XCTAssertThrowsError(try CharacterNGramModel(training: "ab", smoothing: -1))
        let model = try? CharacterNGramModel(training: "ab", order: 2, smoothing: 0)
        XCTAssertThrowsError(try model?.probabilities(after: "z"))
    }
}
