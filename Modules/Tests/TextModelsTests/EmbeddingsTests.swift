import XCTest

@testable import TextModels

final class EmbeddingsTests: XCTestCase {
    private static let animals: Embeddings = {
        // Training on the shipped corpus cannot fail: it is non-empty and has far more than 48 words.
        try! Embeddings.italianAnimals()
    }()

    /// The lesson's question, "E(gatto) − E(miao) + E(bau) = ?", answered by learned vectors.
    /// The query words are left out of the answers, as is customary for analogies.
    func testGattoMinusMiaoPlusBauIsCane() throws {
        let answers = try Self.animals.analogy("gatto", minus: "miao", plus: "bau", count: 5)
        XCTAssertEqual(answers.first?.word, "cane", "\(answers)")
        XCTAssertFalse(answers.contains { ["gatto", "miao", "bau"].contains($0.word) })
        XCTAssertEqual(try Self.animals.analogy("mucca", minus: "muu", plus: "bee", count: 1).first?.word, "pecora")
        XCTAssertEqual(try Self.animals.analogy("cane", minus: "bau", plus: "cip", count: 1).first?.word, "passero")
    }

    func testLearnedNeighboursAreMeaningful() throws {
        let embeddings = Self.animals
        XCTAssertEqual(embeddings.dimension, 48)
        let sounds = Set(["bau", "muu", "bee", "coccodè", "chicchirichì", "qua", "cra", "oink", "squit", "auuu", "cip"])
        let nearMiao = try embeddings.nearest(to: "miao", count: 5)
        XCTAssertTrue(sounds.contains(nearMiao[0].word), "\(nearMiao)")
        XCTAssertGreaterThanOrEqual(nearMiao.filter { sounds.contains($0.word) }.count, 2, "\(nearMiao)")
        // Animals are closer to animals than to sounds.
        XCTAssertGreaterThan(try embeddings.similarity("gatto", "cane"), try embeddings.similarity("gatto", "bau"))
        XCTAssertEqual(try embeddings.similarity("gatto", "gatto"), 1, accuracy: 1e-12)
        XCTAssertEqual(try Embeddings.italianAnimals(), embeddings, "training is deterministic")
    }

    func testCosineSimilarityMatchesNumPy() throws {
        let cases = try XCTUnwrap(ReferenceData.load()["cosine"] as? [[String: Any]])
        XCTAssertFalse(cases.isEmpty)
        for item in cases {
            let expected = try XCTUnwrap(item["similarity"] as? Double)
            XCTAssertEqual(try cosineSimilarity(try doubles(item["a"]), try doubles(item["b"])), expected, accuracy: 1e-12)
        }
        XCTAssertEqual(try cosineSimilarity([1, 0], [0, 2]), 0, accuracy: 1e-15)
        XCTAssertEqual(try cosineSimilarity([1, 1], [-3, -3]), -1, accuracy: 1e-15)
        XCTAssertThrowsError(try cosineSimilarity([0, 0], [1, 0]))
        XCTAssertThrowsError(try cosineSimilarity([1, 0], [1, 0, 0]))
    }

    func testVectorArithmeticAndNearestOnHandMadeVectors() throws {
        let embeddings = try Embeddings(
            words: ["re", "regina", "uomo", "donna", "mela"],
            vectors: [[1, 1, 0], [1, 0, 1], [0, 1, 0], [0, 0, 1], [-1, 0, 0]])
        XCTAssertEqual(try add([1, 2], [3, 4]), [4, 6])
        XCTAssertEqual(try subtract([1, 2], [3, 4]), [-2, -2])
        XCTAssertEqual(scale([1, 2], by: 3), [3, 6])
        let query = try add(try subtract(embeddings.vector(for: "re"), embeddings.vector(for: "uomo")),
                            embeddings.vector(for: "donna"))
        XCTAssertEqual(query, [1, 0, 1])
        XCTAssertEqual(try embeddings.nearest(to: query, count: 1).first?.word, "regina")
        XCTAssertEqual(try embeddings.analogy("re", minus: "uomo", plus: "donna", count: 1).first?.word, "regina")
        let neighbours = try embeddings.nearest(to: "re", count: 10)
        XCTAssertEqual(neighbours.count, 4, "the query word is left out")
        XCTAssertEqual(neighbours.map(\.word), ["uomo", "regina", "donna", "mela"])
        XCTAssertThrowsError(try embeddings.vector(for: "pera"))
        XCTAssertThrowsError(try embeddings.nearest(to: [1, 0], count: 1))
        XCTAssertThrowsError(try Embeddings(words: ["a", "b"], vectors: [[1, 2], [3]]))
    }

    func testPrincipalComponentsMatchNumPy() throws {
        for key in ["pcaTall", "pcaWide"] {
            let reference = try ReferenceData.object(key)
            let rows = try matrix(reference["rows"])
            let count = try XCTUnwrap(reference["components"] as? Int)
            let pca = try PrincipalComponentAnalysis(fitting: rows, components: count)
            assertClose(pca.mean, try doubles(reference["mean"]), tolerance: 1e-12, key)
            for (actual, expected) in zip(pca.components, try matrix(reference["directions"])) {
                assertClose(actual, expected, tolerance: 1e-9, "\(key) direction")
            }
            assertClose(pca.explainedVariance, try doubles(reference["explainedVariance"]), tolerance: 1e-9, key)
            assertClose(pca.explainedVarianceRatio, try doubles(reference["explainedVarianceRatio"]), tolerance: 1e-9, key)
            for (actual, expected) in zip(try pca.transform(rows), try matrix(reference["projection"])) {
                assertClose(actual, expected, tolerance: 1e-9, "\(key) projection")
            }
        }
        XCTAssertThrowsError(try PrincipalComponentAnalysis(fitting: [[1, 2]]))
        XCTAssertThrowsError(try PrincipalComponentAnalysis(fitting: [[1, 2], [3, 4]], components: 3))
        XCTAssertThrowsError(try PrincipalComponentAnalysis(fitting: [[1, 2], [3]]))
    }

    func testProjectionOfWordsIsDeterministicAndSeparatesGroups() throws {
        let words = ["gatto", "cane", "mucca", "pecora", "miao", "bau", "muu", "bee"]
        let points = try Self.animals.projection(of: words)
        XCTAssertEqual(points.map(\.word), words)
        XCTAssertEqual(try Self.animals.projection(of: words), points)
        // The projection is centred.
        XCTAssertEqual(points.map(\.x).reduce(0, +), 0, accuracy: 1e-9)
        XCTAssertEqual(points.map(\.y).reduce(0, +), 0, accuracy: 1e-9)
        let spread = points.map { $0.x * $0.x + $0.y * $0.y }.reduce(0, +)
        XCTAssertGreaterThan(spread, 0)
    }
}
