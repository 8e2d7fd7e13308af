import Foundation
import XCTest
import Tensors
import Transformer

/// The course's acceptance check for the character GPT: on the Italian corpus, within 60 s of a release build,
/// the validation loss falls from about ln(vocabulary) to below 2.0 nats/char and below a bigram model.
/// Slow, so it runs only with `MODULES_SLOW_TESTS=1 swift test -c release --filter CharacterGPTTests`.
final class CharacterGPTTests: XCTestCase {
    func testCharacterGPTLearnsItalianWithinAMinute() throws {
        #if DEBUG
        throw XCTSkip("needs a release build: MODULES_SLOW_TESTS=1 swift test -c release --filter CharacterGPTTests")
        #else
        guard ProcessInfo.processInfo.environment["MODULES_SLOW_TESTS"] == "1" else {
            throw XCTSkip("set MODULES_SLOW_TESTS=1 to run the 60-second GPT training check")
        }
        TensorRuntime.keepLargeAllocationsInHeap()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reference/corpus/italiano.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let vocabulary = CharacterVocabulary(text: text)
        let tokens = try vocabulary.encode(text)
        let split = tokens.count * 9 / 10
        let train = Array(tokens[..<split]), validation = Array(tokens[split...])
        let bigram = try BigramModel(tokens: train, vocabularySize: vocabulary.size, smoothing: 0.1)
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: vocabulary.size), seed: 0)
        let initial = try model.evaluate(tokens: validation)
        XCTAssertEqual(initial, log(Double(vocabulary.size)), accuracy: 0.5)

        let trainer = GPTTrainer(model: model, learningRate: 3e-3, seed: 0)
        let start = Date()
        try trainer.train(tokens: train, steps: 500, batchSize: 16)
        trainer.optimizer.learningRate = 1e-3
        try trainer.train(tokens: train, steps: 500, batchSize: 16)
        let seconds = Date().timeIntervalSince(start)
        let loss = try model.evaluate(tokens: validation)
        let baseline = try bigram.crossEntropy(validation)
        print(String(format: "character GPT: 1000 steps in %.1f s, validation %.3f nats/char, bigram %.3f", seconds, loss, baseline))
        XCTAssertLessThan(seconds, 60)
        XCTAssertLessThan(loss, 2.0)
        XCTAssertLessThan(loss, baseline)
        #endif
    }
}
