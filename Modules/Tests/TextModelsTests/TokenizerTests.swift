import SeededRandom
import XCTest

@testable import TextModels

final class TokenizerTests: XCTestCase {
    /// Scalars lessons meet: ASCII, Italian accents (precomposed and combining), typographic
    /// punctuation, whitespace of several kinds, CJK, and emoji with skin tones, ZWJ and flags.
    private static let alphabet: [String] = [
        "a", "b", "c", "e", "i", "o", "u", "l", "g", "t", "s", "n", "A", "Z", "0", "7", " ", " ", " ",
        "\n", "\t", "\r\n", ".", ",", "'", "’", "!", "?", "«", "»", "à", "è", "é", "ì", "ò", "ù", "È",
        "e\u{0301}", "\u{0300}", "ß", "€", "日本", "語", "😀", "🐱", "🐶", "👍🏽", "👨‍👩‍👧", "🇮🇹", "\u{00A0}",
        "\u{200B}", "—", "…",
    ]

    /// A deterministic random string of `length` pieces drawn from `alphabet`.
    private static func randomText(length: Int, random: inout Random) -> String {
        var text = ""
        for _ in 0..<length {
            text += alphabet[Int(random.nextUInt32() % UInt32(alphabet.count))]
        }
        return text
    }

    private static func assertRoundTrip(
        _ text: String, _ decoded: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        // Compare scalar by scalar: String == would accept canonically equivalent texts.
        XCTAssertEqual(Array(decoded.unicodeScalars), Array(text.unicodeScalars), "\(text)", file: file, line: line)
    }

    // MARK: Character tokenizer

    func testCharacterTokenizerRoundTripsAndKeepsEmojiWhole() throws {
        let tokenizer = try CharacterTokenizer(corpus: "ciao gatto 🐱!", specialTokens: ["<unk>"], unknownToken: "<unk>")
        XCTAssertEqual(tokenizer.vocabulary.tokens, ["<unk>", " ", "!", "a", "c", "g", "i", "o", "t", "🐱"])
        let encoding = try tokenizer.encode("gatto 🐱")
        XCTAssertEqual(encoding.pieces, ["g", "a", "t", "t", "o", " ", "🐱"])
        XCTAssertEqual(encoding.ids, [5, 3, 8, 8, 7, 1, 9])
        XCTAssertEqual(try tokenizer.decode(encoding.ids), "gatto 🐱")
        XCTAssertEqual(try tokenizer.encode("cane").ids, [4, 3, 0, 0], "unseen characters map to <unk>")
        XCTAssertThrowsError(try tokenizer.decode([42]))
        let strict = try CharacterTokenizer(corpus: "abc")
        XCTAssertThrowsError(try strict.encode("abd")) { error in
            XCTAssertEqual(error as? TextModelsError, .unknownToken("d"))
        }
    }

    // MARK: Word tokenizer

    func testWordTokenizerSplitsItalianElisionAndPunctuation() throws {
        XCTAssertEqual(
            WordTokenizer.words(in: "L'anatra beve dell'acqua, il gatto no! «Perché?»"),
            ["l'", "anatra", "beve", "dell'", "acqua", ",", "il", "gatto", "no", "!", "«", "perché", "?", "»"])
        XCTAssertEqual(WordTokenizer.words(in: "Il Gatto", lowercased: false), ["Il", "Gatto"])
        let tokenizer = try WordTokenizer(corpus: "il gatto fa miao. il cane fa bau. l'anatra fa qua.")
        XCTAssertEqual(tokenizer.vocabulary.tokens.prefix(4), ["<unk>", ".", "fa", "il"], "by count, ties in code-point order")
        let encoding = try tokenizer.encode("Il gatto fa bau, l'anatra fa muu.")
        XCTAssertEqual(encoding.pieces, ["il", "gatto", "fa", "bau", "<unk>", "l'", "anatra", "fa", "<unk>", "."])
        XCTAssertEqual(try tokenizer.decode(try tokenizer.encode("il gatto fa miao . l'anatra fa qua.").ids),
                       "il gatto fa miao. l'anatra fa qua.")
    }

    // MARK: Byte-pair encoding

    private static let corpusTokenizer: BytePairTokenizer = {
        // Training cannot fail on a non-empty corpus with room for merges.
        try! BytePairTokenizer.train(corpus: ItalianAnimalCorpus.text, vocabularySize: 600)
    }()

    func testBytePairLearnsTheMostFrequentPairFirst() throws {
        // "ab" occurs 5 times, "bc" 4 times, "ca" 3 times.
        let tokenizer = try BytePairTokenizer.train(corpus: "abc abc abc abc ab ca", vocabularySize: 1000)
        let a = try XCTUnwrap(tokenizer.id(of: "a"))
        let b = try XCTUnwrap(tokenizer.id(of: "b"))
        XCTAssertEqual(tokenizer.merges.first.map { [$0.left, $0.right] }, [a, b])
        XCTAssertEqual(try tokenizer.piece(for: tokenizer.merges[0].result), "ab")
        // " abc" is frequent enough to become one token; "ab" + "c" at the start occurs once only.
        XCTAssertEqual(tokenizer.encode("abc abc").pieces, ["ab", "c", " abc"])
        XCTAssertEqual(tokenizer.vocabularySize, 256 + 4 + tokenizer.merges.count)
        // Pairs seen once are not merged by default.
        XCTAssertNil(tokenizer.id(of: " ca"))
    }

    func testBytePairShowsPiecesAndIdsOfAnItalianSentence() throws {
        let tokenizer = Self.corpusTokenizer
        let sentence = "Il gatto nero dorme sul divano: è felice!"
        let encoding = tokenizer.encode(sentence)
        XCTAssertEqual(encoding.pieces.joined(), sentence)
        XCTAssertEqual(encoding.ids.count, encoding.pieces.count)
        XCTAssertLessThan(encoding.count, sentence.count / 2, "frequent words become few tokens")
        XCTAssertTrue(encoding.pieces.contains(" gatto"), "\(encoding)")
        for (id, piece) in zip(encoding.ids, encoding.pieces) { XCTAssertEqual(try tokenizer.piece(for: id), piece) }
        XCTAssertEqual(try tokenizer.decode(encoding.ids), sentence)
    }

    func testBytePairFallsBackToBytesForUnseenCharacters() throws {
        let tokenizer = Self.corpusTokenizer
        let encoding = tokenizer.encode("🐙")  // U+1F419, F0 9F 90 99 in UTF-8
        XCTAssertEqual(encoding.pieces, ["<0xF0>", "<0x9F>", "<0x90>", "<0x99>"])
        XCTAssertEqual(encoding.ids, [0xF0, 0x9F, 0x90, 0x99].map { tokenizer.firstByteID + $0 })
        XCTAssertEqual(try tokenizer.decode(encoding.ids), "🐙")
        XCTAssertThrowsError(try tokenizer.decode([tokenizer.vocabularySize]))
        // "é" is not in the corpus (only "è" is): its two UTF-8 bytes show as byte pieces.
        XCTAssertEqual(tokenizer.encode("perché").pieces.suffix(2), ["<0xC3>", "<0xA9>"])
    }

    func testBytePairRoundTripsManyStringsExactly() throws {
        let tokenizers = [
            Self.corpusTokenizer,
            try BytePairTokenizer.train(corpus: "già più perché 👍🏽 👍🏽 日本語 日本語", vocabularySize: 300),
            try BytePairTokenizer.train(
                corpus: ItalianAnimalCorpus.text, vocabularySize: 500, specialTokens: ["<bos>", "<eos>"]),
        ]
        var random = Random(seed: 2024)
        for index in 0..<600 {
            let text = Self.randomText(length: Int(random.nextUInt32() % 40), random: &random)
            let tokenizer = tokenizers[index % tokenizers.count]
            Self.assertRoundTrip(text, try tokenizer.decode(tokenizer.encode(text).ids))
        }
        for line in ItalianAnimalCorpus.text.split(separator: "\n").prefix(200) {
            Self.assertRoundTrip(String(line), try Self.corpusTokenizer.decode(Self.corpusTokenizer.encode(String(line)).ids))
        }
    }

    func testSpecialTokensAreMatchedLiterally() throws {
        let tokenizer = try BytePairTokenizer.train(
            corpus: "il gatto fa miao", vocabularySize: 300, specialTokens: ["<bos>", "<eos>"])
        let encoding = tokenizer.encode("<bos>il gatto<eos>")
        XCTAssertEqual(encoding.ids.first, 0)
        XCTAssertEqual(encoding.ids.last, 1)
        XCTAssertEqual(try tokenizer.decode(encoding.ids), "<bos>il gatto<eos>")
    }

    func testBytePairTrainingIsDeterministicAndValidatesArguments() throws {
        let first = try BytePairTokenizer.train(corpus: ItalianAnimalCorpus.text, vocabularySize: 450)
        let second = try BytePairTokenizer.train(corpus: ItalianAnimalCorpus.text, vocabularySize: 450)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.vocabularySize, 450)
        let rebuilt = try BytePairTokenizer(specialTokens: [], baseScalars: first.baseScalars, merges: first.merges)
        XCTAssertEqual(rebuilt, first)
        XCTAssertThrowsError(try BytePairTokenizer(
            specialTokens: [], baseScalars: [97], merges: [.init(left: 256, right: 999, result: 257)]))
        XCTAssertThrowsError(try BytePairTokenizer(specialTokens: [], baseScalars: [0xD800], merges: []))
        XCTAssertThrowsError(try BytePairTokenizer.train(corpus: "", vocabularySize: 300))
        XCTAssertThrowsError(try BytePairTokenizer.train(corpus: "abc", vocabularySize: 100))
        XCTAssertThrowsError(try BytePairTokenizer.train(corpus: "abc", vocabularySize: 300, specialTokens: ["<a>", "<a>"]))
    }

    func testBytePairHandlesLongRunsAndLargeTextsQuickly() throws {
        let tokenizer = Self.corpusTokenizer
        let run = String(repeating: "a", count: 50_000) + String(repeating: " ", count: 50_000)
        var start = Date()
        Self.assertRoundTrip(run, try tokenizer.decode(tokenizer.encode(run).ids))
        let text = ItalianAnimalCorpus.text
        let encoding = tokenizer.encode(text)
        let encodeTime = Date().timeIntervalSince(start)
        XCTAssertEqual(try tokenizer.decode(encoding.ids), text)
        start = Date()
        _ = try BytePairTokenizer.train(corpus: text, vocabularySize: 1_000)
        let trainTime = Date().timeIntervalSince(start)
        // Generous bounds for an unoptimised debug build on a shared machine.
        XCTAssertLessThan(encodeTime, 10)
        XCTAssertLessThan(trainTime, 10)
        print("BPE on \(text.utf8.count) bytes: train \(trainTime) s, encode+run \(encodeTime) s")
    }
}
