import XCTest

/// The module numerics of issue 14 from cells: `choice(from:count:replace:weights:)`, `-Double.infinity` logits,
/// `GPT.evaluate(tokens:)` and `logits(for:)`, `PCA`. Reference values: Modules/Reference/numerics_reference.py
/// (NumPy's `RandomState(4).choice(...)`, `torch.softmax`) and NumPy's `eigh` of the covariance for the PCA.
final class NumericsBindingsTests: XCTestCase {
    func testChoiceFromElementsFollowsNumPysLegacyStream() {
        let text = CellRunner().output("""
        let animali = ["gatto", "cane", "mucca", "pecora", "cavallo", "gallina", "topo"]
        let pesi = [0.5, 0.2, 0.1, 0.08, 0.07, 0.03, 0.02]
        print(Random(seed: 4).choice(from: animali, count: 6, replace: false, weights: pesi))
        print(Random(seed: 3).choice(from: animali, count: 5, replace: false))
        print(Random(seed: 3).choice(from: [10, 20, 30], count: 4).count)
        """)
        XCTAssertEqual(text, """
        ["gallina", "cane", "mucca", "gatto", "topo", "pecora"]
        ["cavallo", "topo", "gallina", "pecora", "cane"]
        4

        """)
        let error = CellRunner().error("let r = Random(seed: 1)\nlet x = r.choice(from: [1, 2], count: 3, replace: false)")
        XCTAssertTrue(error.message.contains("without replacement"), error.message)
    }

    func testMaskedLogitsGetProbabilityZero() {
        let text = CellRunner().output("""
        let p = softmax([2.0, -Double.infinity, 0.5, -Double.infinity, -1.0, 3.0, 1.25, -Double.infinity])
        print(p)
        """)
        assertClose(numbers(in: text), [0.22403613779602247, 0.0, 0.049989219305462185, 0.0, 0.011154102509322757,
                                        0.6089933622890745, 0.10582717810011807, 0.0], tolerance: 1e-15)
    }

    func testGPTLogitsAndEvaluationOnTokenIds() {
        let text = CellRunner().output("""
        let gpt = GPT(text: "la rete neurale impara", layers: 1, heads: 2, dimension: 16, contextLength: 8, seed: 0)
        let ids = gpt.encode("la rete")
        let logits = gpt.logits(for: ids)
        print(logits.count, logits[0].count == gpt.vocabulary.count)
        let fromText = gpt.logits(for: "la rete")
        print(fromText == logits)
        let perdita = gpt.evaluate(tokens: gpt.encode("neurale impara"))
        print(abs(perdita - gpt.evaluate(text: "neurale impara")) < 1e-12, abs(perdita - log(Double(gpt.vocabulary.count))) < 0.05)
        """)
        XCTAssertEqual(text, "7 true\ntrue\ntrue true\n")
    }

    func testPCAExposesComponentsAndExplainedVariance() {
        let text = CellRunner().output("""
        let pca = PCA(fitting: [[1, 2], [3, 5], [4, 4], [0, 1]], components: 2)
        print(pca.explainedVarianceRatio)
        print(pca.components[0])
        print(pca.mean, pca.transform([[2, 3]]).count)
        """)
        assertClose(numbers(in: text), [0.95, 0.05, 0.7071067811865476, 0.7071067811865476, 2, 3, 1], tolerance: 1e-12)
    }
}
