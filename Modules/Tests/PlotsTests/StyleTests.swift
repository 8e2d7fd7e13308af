import XCTest
@testable import Plots

/// Colours, palettes and colour maps.
final class StyleTests: XCTestCase {
    func testHexParsing() throws {
        XCTAssertEqual(Color(hex: "#FFD700")?.hex, "#ffd700")
        XCTAssertEqual(Color(hex: "90ee90")?.hex, "#90ee90")
        XCTAssertEqual(Color(hex: "#fff")?.hex, "#ffffff")
        XCTAssertEqual(try XCTUnwrap(Color(hex: "#00000080")).alpha, 128.0 / 255, accuracy: 1e-12)
        XCTAssertNil(Color(hex: "#12345"))
        XCTAssertNil(Color(hex: "#gg0000"))
        XCTAssertEqual(Color("gold")?.hex, "#ffd700")
        XCTAssertEqual(Color("Sky Blue")?.hex, "#56b4e9")
        XCTAssertNil(Color("no such colour"))
    }

    func testPalettesAreOkabeIto() {
        XCTAssertEqual(Palette.light.map(\.hex), ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7",
                                                  "#f0e442", "#000000"])
        XCTAssertFalse(Palette.dark.contains { $0.hex == "#000000" })
        XCTAssertEqual(Palette.color(9, theme: .light), Palette.light[1])
    }

    func testColorMapEndsAndMidpoint() {
        XCTAssertEqual(ColorMap.viridis.color(at: 0).hex, "#440154")
        XCTAssertEqual(ColorMap.viridis.color(at: 1).hex, "#fde725")
        XCTAssertEqual(ColorMap.viridis.color(at: 0.5).hex, "#21908d")
        XCTAssertEqual(ColorMap.coolwarm.anchors[2].hex, "#dddcdc")
        let mid = ColorMap.coolwarm.color(at: 0.5)
        XCTAssertEqual(mid.red, 0xdd / 255.0, accuracy: 2 / 255.0)
        XCTAssertEqual(mid.green, 0xdc / 255.0, accuracy: 2 / 255.0)
        XCTAssertEqual(ColorMap.viridis.color(at: -3).hex, "#440154")
        XCTAssertEqual(ColorMap.viridis.color(at: .nan).hex, "#440154")
    }

    func testLuminance() {
        XCTAssertEqual(Color(red: 1, green: 1, blue: 1).luminance, 1, accuracy: 1e-12)
        XCTAssertEqual(Color(red: 0, green: 0, blue: 0).luminance, 0, accuracy: 1e-12)
    }
}
