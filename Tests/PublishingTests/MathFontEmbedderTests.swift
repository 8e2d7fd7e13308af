import Foundation
import XCTest
@testable import Publishing
import Runner

/// Pages with formulas carry the part of a math font they need (scripts/setup.sh installs hb-subset and the font).
final class MathFontEmbedderTests: XCTestCase {
    private let page = """
    <!DOCTYPE html>
    <html lang="it">
    <head>
    <style>
    body{}
    </style>
    </head>
    <body><p><math xmlns="http://www.w3.org/1998/Math/MathML"><mover accent="true"><mi>x</mi><mo>¯</mo></mover>\
    <mo>&lt;</mo><msqrt><mi>Q</mi></msqrt><mo>&#x2061;</mo></math></p></body>
    </html>

    """

    /// The tables of an OpenType font, from its table directory.
    private func tables(_ font: Data) -> [String] {
        let bytes = [UInt8](font)
        let count = Int(bytes[4]) << 8 | Int(bytes[5])
        return (0..<count).map { String(decoding: bytes[(12 + 16 * $0)..<(16 + 16 * $0)], as: UTF8.self) }
    }

    func testFormulaCharactersIncludeTheItalicFormsOfLetters() {
        let characters = MathFontEmbedder.mathCharacters(in: page)
        XCTAssertEqual(characters, [0x3C, 0x51, 0x78, 0xAF, 0x2061, 0x221A, 0x1D444, 0x1D465].sorted())
    }

    func testPageWithFormulasEmbedsASubsetWithTheMathTableDeterministically() throws {
        XCTAssertNotNil(MathFontEmbedder.fontPath(), "scripts/setup.sh installs fonts-dejavu-core")
        let embedded = MathFontEmbedder.embed(in: page)
        let start = try XCTUnwrap(embedded.range(of: "base64,")).upperBound
        let end = try XCTUnwrap(embedded[start...].firstIndex(of: ")"))
        let font = try XCTUnwrap(Data(base64Encoded: String(embedded[start..<end])))
        XCTAssertTrue(tables(font).contains("MATH"), "\(tables(font))")
        XCTAssertLessThan(font.count, 40_000)
        XCTAssertTrue(embedded.contains("math{font-family:\"nbrun math\",math}\n</style>\n</head>"))
        XCTAssertEqual(MathFontEmbedder.embed(in: page), embedded)
    }

    /// A re-render reads the subset from the cache instead of running hb-subset again, and the page is the same bytes.
    func testSubsetComesFromTheCacheOnTheNextRender() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-mathfont-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = CellCache(directory: directory.path)
        let fresh = MathFontEmbedder.embed(in: page)
        XCTAssertEqual(MathFontEmbedder.embed(in: page, cache: cache), fresh)
        let blobs = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("mathfont-") }
        XCTAssertEqual(blobs.count, 1)
        // Without hb-subset on the PATH the subset can only come from the cache.
        let path = ProcessInfo.processInfo.environment["PATH"]
        setenv("PATH", "/nonexistent", 1)
        defer { if let path { setenv("PATH", path, 1) } }
        XCTAssertEqual(MathFontEmbedder.embed(in: page), page, "no hb-subset: the page is left as it is")
        XCTAssertEqual(MathFontEmbedder.embed(in: page, cache: cache), fresh)
    }

    func testPageWithoutFormulasIsUnchanged() {
        let plain = "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>"
        XCTAssertEqual(MathFontEmbedder.embed(in: plain), plain)
    }
}
