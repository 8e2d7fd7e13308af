import Foundation
import XCTest
@testable import Plots

/// Compares each fixture with its golden SVG; `PLOTS_UPDATE_GOLDEN=1 swift test` rewrites the goldens.
final class GoldenTests: XCTestCase {
    static let sourceGoldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    func testGoldenFiles() throws {
        let update = ProcessInfo.processInfo.environment["PLOTS_UPDATE_GOLDEN"] == "1"
        for (name, document) in ChartFixtures.all {
            let file = name + ".svg"
            if update {
                try document.svg.write(to: Self.sourceGoldenDirectory.appendingPathComponent(file), atomically: true,
                                       encoding: .utf8)
                continue
            }
            guard let url = Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Golden") else {
                XCTFail("missing golden \(file); run PLOTS_UPDATE_GOLDEN=1 swift test --filter PlotsTests")
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            if golden != document.svg {
                let a = Array(golden.utf8), b = Array(document.svg.utf8)
                let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                XCTFail("\(file) differs from its golden at byte \(first)")
            }
        }
    }

    func testRenderingTwiceGivesTheSameBytes() {
        let first = ChartFixtures.all.map(\.document.svg)
        let second = ChartFixtures.all.map(\.document.svg)
        XCTAssertEqual(first, second)
    }
}
