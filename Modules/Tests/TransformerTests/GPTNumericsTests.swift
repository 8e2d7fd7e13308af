import Foundation
import ModulesTestSupport
import SeededRandom
import Tensors
import XCTest

@testable import Transformer

/// The GPT's loss at initialisation against ln V and against PyTorch with the same initialisation
/// (Modules/Reference/numerics_reference.py: held-out text of the reference corpus, seeds 0–15), `logits(for:)` and
/// `evaluate(tokens:)`.
final class GPTNumericsTests: XCTestCase {
    private func corpus() throws -> (vocabulary: CharacterVocabulary, tokens: [Int]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reference/corpus/italiano.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let vocabulary = CharacterVocabulary(text: text)
        return (vocabulary, try vocabulary.encode(text))
    }

    /// With the scaled head the loss over held-out text starts within 0.05 of ln V for every seed, at the reference
    /// width (16 seeds) and at the course's (8), as in PyTorch with the same initialisation (the mean over 16 seeds
    /// agrees within 0.015); GPT-2's fixed 0.02 misses for some seeds (0.08 above), nn.Linear's default starts far
    /// above.
    func testLossAtInitialisationIsNearLnVForEverySeedAsInPyTorch() throws {
        let reference = try XCTUnwrap(try ReferenceData("numerics")["gptInitialisation"])
        let (vocabulary, tokens) = try corpus()
        XCTAssertEqual(Double(vocabulary.size), try XCTUnwrap(reference["vocabularySize"]?.flattened.first))
        let lnV = log(Double(vocabulary.size))
        let heldOutCount = Int(try XCTUnwrap(reference["heldOutCharacters"]?.flattened.first))
        let heldOut = Array(tokens.suffix(heldOutCount + 1))
        let seeds = try XCTUnwrap(reference["seeds"]).flattened.map(Int.init)
        XCTAssertGreaterThanOrEqual(seeds.count, 16)
        let dimension = Int(try XCTUnwrap(reference["dimension"]?.flattened.first))
        func excesses(_ configuration: GPTConfiguration, seeds: [Int]) throws -> [Double] {
            try seeds.map { seed in
                try GPT(configuration: configuration, seed: UInt32(seed)).evaluate(tokens: heldOut) - lnV
            }
        }
        func rounded(_ values: [Double]) -> [Double] { values.map { ($0 * 1000).rounded() / 1000 } }
        let excess = try excesses(GPTConfiguration(vocabularySize: vocabulary.size, dimension: dimension), seeds: seeds)
        let course = try excesses(GPTConfiguration(vocabularySize: vocabulary.size, contextLength: 48, dimension: 48),
                                  seeds: Array(seeds.prefix(8)))
        func fromReference(_ key: String) throws -> [Double] { try XCTUnwrap(reference[key]).flattened.map { $0 - lnV } }
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        let torch = try fromReference("scaledHead"), gpt2 = try fromReference("gpt2Head"), linear = try fromReference("linearHead")
        print("loss at initialisation − ln V, seeds \(seeds): nbrun \(rounded(excess)), width 48 \(rounded(course)), "
              + "PyTorch \(rounded(torch))")
        for (seed, value) in zip(seeds, excess) { XCTAssertLessThan(abs(value), 0.05, "seed \(seed)") }
        for (seed, value) in zip(seeds, course) { XCTAssertLessThan(abs(value), 0.05, "seed \(seed), width 48") }
        XCTAssertEqual(mean(excess), mean(torch), accuracy: 0.015, "PyTorch with the same initialisation")
        XCTAssertLessThan(torch.map(abs).max() ?? 1, 0.05)
        XCTAssertGreaterThan(gpt2.map(abs).max() ?? 0, 0.05, "GPT-2's fixed 0.02 misses for some seeds")
        XCTAssertGreaterThan(mean(linear), 0.1, "nn.Linear's default head starts well above ln V")
    }

    func testHeadStartsWithLogitsOfStandardDeviation006AndZeroBias() throws {
        for dimension in [16, 64] {
            let model = try GPT(configuration: GPTConfiguration(vocabularySize: 50, dimension: dimension), seed: 1)
            XCTAssertEqual(model.head.bias.scalars, Array(repeating: 0, count: 50))
            let weights = model.head.weight.scalars
            let mean = weights.reduce(0, +) / Double(weights.count)
            let deviation = (weights.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(weights.count)).squareRoot()
            XCTAssertEqual(deviation * Double(dimension).squareRoot(), 0.06, accuracy: 0.004)
            XCTAssertTrue(model.head.weight.requiresGrad && model.head.bias.requiresGrad)
        }
    }

    func testLogitsForTokensAreTheForwardPassRows() throws {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: 9, contextLength: 6, dimension: 8, heads: 2, layers: 1), seed: 2)
        let tokens = [3, 1, 4, 1, 5]
        let logits = try model.logits(for: tokens)
        XCTAssertEqual(logits.shape, [5, 9])
        XCTAssertFalse(logits.requiresGrad)
        XCTAssertEqual(logits.scalars, try model.forward([tokens]).scalars)
        let last = Array(logits.scalars[(4 * 9)...])
        XCTAssertEqual(try Sampling.probabilities(logits: last), try model.nextTokenProbabilities(after: tokens))
        XCTAssertThrowsError(try model.logits(for: []))
        XCTAssertThrowsError(try model.logits(for: Array(repeating: 0, count: 7)))
        XCTAssertThrowsError(try model.logits(for: [9]))
        XCTAssertEqual(try Sampling.probabilities(logits: [0, -.infinity, 0]), [0.5, 0, 0.5], "a masked token")
        XCTAssertThrowsError(try Sampling.probabilities(logits: [-.infinity, -.infinity]))
        XCTAssertThrowsError(try Sampling.probabilities(logits: [.nan, 1]))
    }

    func testEvaluateOnHeldOutTokensIsTheMeanCrossEntropyOfTheLogits() throws {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: 9, contextLength: 4, dimension: 8, heads: 2, layers: 1), seed: 3)
        let heldOut = [2, 7, 1, 8, 2, 8, 1, 8, 2]  // 8 targets: windows of 4 and 4
        var total = 0.0
        for start in stride(from: 0, to: 8, by: 4) {
            let logits = try model.logits(for: Array(heldOut[start..<(start + 4)]))
            for t in 0..<4 {
                let row = Array(logits.scalars[(t * 9)..<((t + 1) * 9)])
                total -= log(try Sampling.probabilities(logits: row)[heldOut[start + t + 1]])
            }
        }
        XCTAssertEqual(try model.evaluate(tokens: heldOut), total / 8, accuracy: 1e-12)
        XCTAssertThrowsError(try model.evaluate(tokens: [1]))
    }
}
