import XCTest

@testable import TextModels

final class VocabularyTests: XCTestCase {
    func testSpecialTokensComeFirstAndDuplicatesKeepTheirFirstID() throws {
        let vocabulary = try Vocabulary(
            tokens: ["gatto", "cane", "gatto"], specialTokens: ["<pad>", "<unk>"], unknownToken: "<unk>")
        XCTAssertEqual(vocabulary.tokens, ["<pad>", "<unk>", "gatto", "cane"])
        XCTAssertEqual(vocabulary.count, 4)
        XCTAssertEqual(vocabulary.id(of: "cane"), 3)
        XCTAssertNil(vocabulary.id(of: "topo"))
        XCTAssertEqual(try vocabulary.encode("topo"), 1, "missing tokens map to <unk>")
        XCTAssertEqual(try vocabulary.token(for: 2), "gatto")
        XCTAssertThrowsError(try vocabulary.token(for: 4)) { error in
            XCTAssertEqual(error as? TextModelsError, .unknownID(4))
        }
    }

    func testCountingOrdersByFrequencyThenCodePoint() throws {
        let vocabulary = try Vocabulary(counting: ["b", "a", "c", "b", "à", "a", "b", "z"], minCount: 1)
        XCTAssertEqual(vocabulary.tokens, ["b", "a", "c", "z", "à"])
        let frequent = try Vocabulary(counting: ["b", "a", "c", "b", "a", "b"], minCount: 2)
        XCTAssertEqual(frequent.tokens, ["b", "a"])
        XCTAssertThrowsError(try frequent.encode("c")) { error in
            XCTAssertEqual(error as? TextModelsError, .unknownToken("c"))
        }
    }

    func testInvalidDefinitionsThrow() {
        XCTAssertThrowsError(try Vocabulary(tokens: ["a"], unknownToken: "<unk>"))
        XCTAssertThrowsError(try Vocabulary(counting: ["a"], minCount: 0))
    }
}
