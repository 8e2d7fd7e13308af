import XCTest

/// Attention, positional encodings, layers, GPT training and generation, bigrams and experts from cells.
final class TransformerBindingsTests: XCTestCase {
    func testAttentionAndPositionalEncodingMatchNumPy() {
        // Reference: Scripts/reference.py ("attention", "positional").
        let text = CellRunner().output("""
        let r = attention(query: [[1.0, 0.0], [0.0, 1.0]], key: [[1.0, 0.0], [0.0, 1.0]], value: [[1.0, 2.0], [3.0, 4.0]])
        print(r.weights.scalars)
        print(r.output.scalars)
        print(positionalEncoding(positions: 3, dimension: 4)[1])
        print(attention(query: Tensor([[1.0, 0.0], [0.0, 1.0]]), key: Tensor([[1.0, 0.0], [0.0, 1.0]]),
                        value: Tensor([[1.0], [2.0]]), causal: true).weights.rows)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        assertClose(numbers(in: lines[0]), [0.6697615493266569, 0.3302384506733431, 0.3302384506733431, 0.6697615493266569],
                    tolerance: 1e-12)
        assertClose(numbers(in: lines[1]), [1.6604769013466862, 2.6604769013466862, 2.3395230986533138, 3.3395230986533138],
                    tolerance: 1e-12)
        assertClose(numbers(in: lines[2]), [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653],
                    tolerance: 1e-12)
        assertClose(numbers(in: lines[3]), [1, 0, 0.3302384506733431, 0.6697615493266569], tolerance: 1e-12)
    }

    func testGPTTrainsWithProgressAndGenerates() {
        let text = CellRunner().output("""
        let corpus = "il gatto fa miao. il cane fa bau. "
        let gpt = GPT(text: corpus, layers: 1, heads: 2, dimension: 16, contextLength: 8, seed: 0)
        let losses = gpt.train(text: corpus, steps: 40, batchSize: 8, learningRate: 0.01, every: 20)
        print(losses.count, losses.last! < losses.first!, gpt.step)
        let sample = gpt.generate(prompt: "il ", count: 10)
        print(sample.count, sample.hasPrefix("il "), sample == gpt.generate(prompt: "il ", length: 10))
        print(gpt.beamSearch(prompt: "il", count: 3).text.count, gpt.nextTokenProbabilities(after: "il").count)
        """)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, text)
        XCTAssertTrue(lines[0].hasPrefix("step 20/40: loss "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("step 40/40: loss "), lines[1])
        XCTAssertEqual(Array(lines[2...]), ["40 true 40", "13 true true", "5 15"])
    }

    func testGPTTrainsInFloatPrecision() {
        // The same model trained in Float and in Double: both learn, and the losses agree closely at first.
        let text = CellRunner().output("""
        let corpus = "il gatto fa miao. il cane fa bau. "
        let a = GPT(text: corpus, layers: 1, heads: 2, dimension: 16, contextLength: 8, seed: 0)
        let b = GPT(text: corpus, layers: 1, heads: 2, dimension: 16, contextLength: 8, seed: 0)
        let single = a.train(text: corpus, steps: 30, batchSize: 8, learningRate: 0.01, precision: .float)
        let double = b.train(text: corpus, steps: 30, batchSize: 8, learningRate: 0.01, precision: .double)
        print(single.last! < single.first!, abs(single[0] - double[0]) < 1e-4, abs(single[29] - double[29]) < 0.05)
        print(a.train(text: corpus, steps: 5, precision: .float).count)
        """)
        XCTAssertEqual(text, "true true true\n5\n")
    }

    func testGPTPrecisionCannotChangeAfterTraining() {
        let (message, line) = CellRunner().error("""
        let corpus = "abcabcabc abcabc"
        let gpt = GPT(text: corpus, layers: 1, heads: 1, dimension: 8, contextLength: 4, seed: 0)
        _ = gpt.train(text: corpus, steps: 2, batchSize: 2)
        _ = gpt.train(text: corpus, steps: 2, batchSize: 2, precision: .float)
        """)
        XCTAssertTrue(message.contains("already training in double precision"), message)
        XCTAssertEqual(line, 13)
    }

    func testMixtureOfExpertsRoutingAndBigram() {
        let text = CellRunner().output("""
        let moe = MixtureOfExperts(dimension: 4, experts: 4, active: 2, seed: 1)
        let y = moe.forward([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.5, 0.5, 0.5, 0.5]])
        print(y.count, y[0].count, moe.lastExpertIndices.count, moe.lastExpertIndices[0].count)
        print(moe.lastExpertWeights.allSatisfy { abs($0[0] + $0[1] - 1) < 1e-12 })
        let b = BigramModel(text: "abababab")
        print(b.generate(prompt: "a", count: 3, seed: 0).count, b.probabilities(after: "a").count)
        let ln = layerNorm([1.0, 2.0, 3.0])
        print(abs(ln[0] + ln[1] + ln[2]) < 1e-9)
        """)
        XCTAssertEqual(text, "3 4 3 2\ntrue\n4 2\ntrue\n")
    }

    func testShapeErrorsAndAbsurdModelsAreDiagnostics() {
        let runner = CellRunner()
        let shapes = runner.error("""
        let q = Tensor([[1.0, 0.0]])
        let r = attention(query: q, key: Tensor([[1.0, 0.0, 0.0]]), value: q)
        """)
        XCTAssertEqual(shapes.line, 11)
        XCTAssertTrue(shapes.message.contains("attention"), shapes.message)
        let wide = runner.error("let f = FeedForward(dimension: 4, hiddenSize: 1000000000)")
        XCTAssertTrue(wide.message.contains("too large"), wide.message)
        let huge = runner.error("let g = GPT(vocabularySize: 10, dimension: 1000000)")
        XCTAssertTrue(huge.message.contains("too large"), huge.message)
        let unknown = runner.error("let g = GPT(text: \"abc\", layers: 1, heads: 1, dimension: 4, contextLength: 2)\nlet s = g.generate(prompt: \"z\", count: 2)")
        XCTAssertEqual(unknown.line, 11)
        XCTAssertTrue(unknown.message.contains("z"), unknown.message)
    }
}
