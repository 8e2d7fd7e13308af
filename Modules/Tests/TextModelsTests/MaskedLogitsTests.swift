import Foundation
import SeededRandom
import XCTest

@testable import TextModels

/// `-inf` logits (masked tokens) in `softmax` and `TokenDistribution`, against `torch.softmax` and the same
/// filters on torch (`masking` in Modules/Reference/numerics_reference.py).
final class MaskedLogitsTests: XCTestCase {
    private func masking() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/json/numerics.json")
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try XCTUnwrap(all["masking"] as? [String: Any])
    }

    /// The logits, "-inf" read back as -infinity (JSON has no infinities).
    private func logits(_ reference: [String: Any]) throws -> [Double] {
        try XCTUnwrap(reference["logits"] as? [Any]).map {
            $0 as? String == "-inf" ? -.infinity : try XCTUnwrap(($0 as? NSNumber)?.doubleValue)
        }
    }

    func testSoftmaxGivesMaskedTokensZeroLikeTorch() throws {
        let reference = try masking(), logits = try logits(reference)
        let expected = try XCTUnwrap(reference["softmax"] as? [String: Any])
        XCTAssertEqual(expected.count, 3)
        for (key, values) in expected {
            let probabilities = try softmax(logits, temperature: try XCTUnwrap(Double(key)))
            assertClose(probabilities, try doubles(values), tolerance: 1e-15, "T = \(key)")
            for (index, logit) in logits.enumerated() where logit == -.infinity { XCTAssertEqual(probabilities[index], 0) }
        }
    }

    func testDistributionsNeverKeepMaskedTokensAndMatchTorch() throws {
        let reference = try masking(), logits = try logits(reference)
        let cases = try XCTUnwrap(reference["distributions"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 5)
        for item in cases {
            let temperature = try XCTUnwrap((item["temperature"] as? NSNumber)?.doubleValue)
            let topK = (item["topK"] as? NSNumber)?.intValue, topP = (item["topP"] as? NSNumber)?.doubleValue
            let distribution = try TokenDistribution(logits: logits, temperature: temperature, topK: topK, topP: topP)
            let label = "T \(temperature), top-k \(topK.map(String.init) ?? "-"), top-p \(topP.map { "\($0)" } ?? "-")"
            XCTAssertEqual(distribution.tokens, try XCTUnwrap(item["tokens"] as? [Int]), label)
            assertClose(distribution.probabilities, try doubles(item["probabilities"]), tolerance: 1e-15, label)
            XCTAssertEqual(distribution.vocabularySize, logits.count)
            XCTAssertEqual(distribution.probability(of: 1), 0)
        }
        var random = Random(seed: 4)
        let distribution = try TokenDistribution(logits: logits)
        for _ in 0..<200 { XCTAssertNotEqual(logits[try distribution.sample(using: &random)], -.infinity) }
    }

    func testInvalidLogitsAreStillRefused() {
        XCTAssertThrowsError(try softmax([-.infinity, -.infinity]))
        XCTAssertThrowsError(try softmax([1, .nan]))
        XCTAssertThrowsError(try softmax([1, .infinity]))
        XCTAssertThrowsError(try softmax([1e308, 0], temperature: 0.1))
        XCTAssertThrowsError(try TokenDistribution(logits: [-.infinity]))
        XCTAssertEqual(try softmax([-.infinity, 0]), [0, 1])
    }
}
