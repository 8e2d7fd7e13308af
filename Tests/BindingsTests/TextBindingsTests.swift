import XCTest

/// Tokenizers, embeddings, the n-gram model and sampling distributions from cells.
final class TextBindingsTests: XCTestCase {
    func testTokenizersRoundTrip() {
        let text = CellRunner().output("""
        let chars = CharacterTokenizer(corpus: "ciao")
        print(chars.encode("ciao").ids, chars.decode([3, 0]), chars.vocabularySize)
        let words = WordTokenizer(corpus: "il gatto e il cane")
        print(words.encode("il cane").pieces)
        let sentence = "Il gatto nero dorme sul divano: è felice! 🐈"
        let bpe = BytePairTokenizer(corpus: italianAnimalCorpus(), vocabularySize: 420)
        let encoding = bpe.encode(sentence)
        print(bpe.decode(encoding.ids) == sentence, encoding.count < sentence.count, bpe.vocabularySize <= 420)
        """)
        XCTAssertEqual(text, "[1, 2, 0, 3] oa 4\n[\"il\", \"cane\"]\ntrue true true\n")
    }

    func testEmbeddingsAnalogyAndProjection() {
        let text = CellRunner().output("""
        let E = italianAnimalEmbeddings()
        let answer = E.analogy("gatto", minus: "miao", plus: "bau")
        print(answer[0].word, answer.count)
        let p = E.projection(of: ["gatto", "cane", "mucca"])
        print(p.words, p.x.count, p.y.count)
        print(cosineSimilarity(E.vector(for: "gatto"), E.vector(for: "gatto")))
        """)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "cane 5")
        XCTAssertEqual(lines.dropFirst().first, "[\"gatto\", \"cane\", \"mucca\"] 3 3")
        assertClose(numbers(in: lines.last ?? ""), [1], tolerance: 1e-12)
    }

    func testSoftmaxDistributionAndNGram() {
        // Reference: Scripts/reference.py ("softmax").
        let text = CellRunner().output("""
        print(softmax([1.0, 2.0, 3.0]))
        let d = TokenDistribution(logits: [1.0, 2.0, 3.0], topK: 2)
        print(d.tokens, d.mostLikely)
        let m = CharacterNGramModel(training: "abababab", order: 2, smoothing: 0)
        print(m.probability(of: "b", after: "a"), m.sample(length: 4, prompt: "a", seed: 1))
        """)
        let lines = text.split(separator: "\n").map(String.init)
        assertClose(numbers(in: lines[0]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], tolerance: 1e-12)
        XCTAssertEqual(Array(lines[1...]), ["[2, 1] 2", "1.0 baba"])
    }

    func testUnknownWordAndBadIdAreDiagnostics() {
        let runner = CellRunner()
        let word = runner.error("let E = italianAnimalEmbeddings()\nlet v = E.vector(for: \"drago\")")
        XCTAssertEqual(word.line, 11)
        XCTAssertTrue(word.message.contains("drago"), word.message)
        let id = runner.error("let t = CharacterTokenizer(corpus: \"ab\")\nlet s = t.decode([99])")
        XCTAssertEqual(id.line, 11)
    }
}
