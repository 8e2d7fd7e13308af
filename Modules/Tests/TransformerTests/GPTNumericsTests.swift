import Foundation
import ModulesTestSupport
import SeededRandom
import Tensors
import XCTest

@testable import Transformer

/// The GPT's loss at initialisation against ln V and against PyTorch with the same initialisation
/// (Modules/Reference/numerics_reference.py: held-out text of the reference corpus, seeds 0–7), `logits(for:)` and
/// `evaluate(tokens:)`.
final class GPTNumericsTests: XCTestCase {
    private func corpus() throws -> (vocabulary: CharacterVocabulary, tokens: [Int]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reference/corpus/italiano.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let vocabulary = CharacterVocabulary(text: text)
        return (vocabulary, try vocabulary.encode(text))
    }

    /// With GPT-2's head the loss over held-out text starts a few hundredths of a nat from ln V, as in PyTorch with
    /// the same initialisation (the mean over 8 seeds agrees within 0.015); nn.Linear's default starts far above.
    /// Single seeds can land up to 0.08 above in both (the reference's seeds 5 and 2).
    func testLossAtInitialisationIsNearLnVAsInPyTorch() throws {
        let reference = try XCTUnwrap(try ReferenceData("numerics")["gptInitialisation"])
        let (vocabulary, tokens) = try corpus()
        XCTAssertEqual(Double(vocabulary.size), try XCTUnwrap(reference["vocabularySize"]?.flattened.first))
        let lnV = log(Double(vocabulary.size))
        let heldOutCount = Int(try XCTUnwrap(reference["heldOutCharacters"]?.flattened.first))
        let heldOut = Array(tokens.suffix(heldOutCount + 1))
        let seeds = try XCTUnwrap(reference["seeds"]).flattened.map(Int.init)
        var excess: [Double] = []
        for seed in seeds {
            let model = try GPT(configuration: GPTConfiguration(vocabularySize: vocabulary.size), seed: UInt32(seed))
            excess.append(try model.evaluate(tokens: heldOut) - lnV)
        }
        func excesses(_ key: String) throws -> [Double] { try XCTUnwrap(reference[key]).flattened.map { $0 - lnV } }
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        let torch = try excesses("gpt2Head"), linear = try excesses("linearHead")
        print("loss at initialisation − ln V, seeds \(seeds): nbrun \(excess.map { ($0 * 1000).rounded() / 1000 }), "
              + "PyTorch \(torch.map { ($0 * 1000).rounded() / 1000 })")
        XCTAssertLessThan(abs(mean(excess)), 0.05)
        XCTAssertEqual(mean(excess), mean(torch), accuracy: 0.015, "PyTorch with the same initialisation")
        XCTAssertGreaterThanOrEqual(excess.filter { abs($0) < 0.05 }.count, 6)
        XCTAssertLessThan(excess.map(abs).max() ?? 1, 0.1)
        XCTAssertGreaterThan(mean(linear), 0.1, "nn.Linear's default head starts well above ln V")
    }

    func testHeadStartsAsGPT2sWithZeroBias() throws {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: 50, dimension: 64), seed: 1)
        XCTAssertEqual(model.head.bias.scalars, Array(repeating: 0, count: 50))
        let weights = model.head.weight.scalars
        let mean = weights.reduce(0, +) / Double(weights.count)
        let deviation = (weights.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(weights.count)).squareRoot()
        XCTAssertEqual(deviation, 0.02, accuracy: 0.001)
        XCTAssertTrue(model.head.weight.requiresGrad && model.head.bias.requiresGrad)
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
