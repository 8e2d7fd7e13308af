import XCTest
@testable import Plots

/// Nice ticks, compact labels and non-overlapping tick labels.
final class AxisTests: XCTestCase {
    func testNiceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(TickGenerator.niceStep(atLeast: 0.13), 0.2, accuracy: 1e-12)
        XCTAssertEqual(TickGenerator.niceStep(atLeast: 3), 5, accuracy: 1e-12)
        XCTAssertEqual(TickGenerator.niceStep(atLeast: 5), 5, accuracy: 1e-12)
        XCTAssertEqual(TickGenerator.niceStep(atLeast: 7), 10, accuracy: 1e-12)
        XCTAssertEqual(TickGenerator.niceStep(atLeast: 0.0011), 0.002, accuracy: 1e-15)
        XCTAssertEqual(TickGenerator.coarser(than: 2), 5, accuracy: 1e-12)
        XCTAssertEqual(TickGenerator.coarser(than: 5), 10, accuracy: 1e-12)
    }

    func testLinearTicksFallOnMultiplesOfTheStep() {
        let (ticks, step) = TickGenerator.linear(lo: -0.37, hi: 2.61, targetCount: 6)
        XCTAssertEqual(step, 0.5, accuracy: 1e-12)
        XCTAssertEqual(ticks, [0, 0.5, 1, 1.5, 2, 2.5])
        let (tiny, _) = TickGenerator.linear(lo: 0.1, hi: 0.3, targetCount: 2)
        XCTAssertEqual(tiny.count, 3)
        XCTAssertEqual(tiny[1], 0.2, accuracy: 1e-12)
    }

    func testLogTicksAreDecades() {
        XCTAssertEqual(TickGenerator.log(lo: 0.5, hi: 2e4, targetCount: 10), [1, 10, 100, 1000, 10000])
        XCTAssertEqual(TickGenerator.log(lo: 1, hi: 1e8, targetCount: 4, decadeStep: 2), [1, 100, 1e4, 1e6, 1e8])
        XCTAssertEqual(TickGenerator.log(lo: 1.5, hi: 60, targetCount: 6), [2, 5, 10, 20, 50])
    }

    func testLabelsAreCompact() {
        XCTAssertEqual(TickLabelFormatter.labels(for: [0, 500, 1000, 1500], step: 500), ["0", "500", "1k", "1.5k"])
        XCTAssertEqual(TickLabelFormatter.labels(for: [0, 0.5, 1], step: 0.5), ["0", "0.5", "1.0"])
        XCTAssertEqual(TickLabelFormatter.labels(for: [0, 0.0002, 0.0004], step: 0.0002), ["0", "2e-4", "4e-4"])
        XCTAssertEqual(TickLabelFormatter.labels(for: [2e6, 4e6], step: 2e6), ["2M", "4M"])
        XCTAssertEqual(TickLabelFormatter.labels(for: [-1, 0, 1], step: 1), ["-1", "0", "1"])
        XCTAssertEqual(TickLabelFormatter.compact(0.001), "0.001")
        XCTAssertEqual(TickLabelFormatter.compact(0.0001), "1e-4")
        XCTAssertEqual(TickLabelFormatter.compact(1500), "1.5k")
        XCTAssertEqual(TickLabelFormatter.compact(1e20), "1e20")
        XCTAssertEqual(TickLabelFormatter.compact(0.25), "0.25")
        XCTAssertEqual(TickLabelFormatter.compact(100), "100")
    }

    func testTickLabelsNeverOverlap() {
        // Wide labels on a narrow axis must be thinned until neighbours leave a gap.
        for (lo, hi) in [(0.0, 1.0), (123_456.0, 123_999.0), (-1e-4, 3e-4), (0, 1e7), (-5.5, 5.5)] {
            for length in [120.0, 200, 400, 800] {
                let axis = AxisModel(scale: .linear, categories: nil, inverted: false, lo: lo, hi: hi, pixelStart: 0,
                                     pixelEnd: length)
                let ticks = AxisTicks.make(for: axis, length: length, horizontal: true)
                XCTAssertGreaterThanOrEqual(ticks.positions.count, 1)
                for i in ticks.positions.indices.dropFirst() {
                    let gap = axis.pixel(working: ticks.positions[i]) - axis.pixel(working: ticks.positions[i - 1])
                    let half = (TextMetrics.width(ticks.labels[i], fontSize: 11) + TextMetrics.width(ticks.labels[i - 1], fontSize: 11)) / 2
                    XCTAssertGreaterThan(gap, half, "\(lo)...\(hi) on \(length)px: \(ticks.labels)")
                }
            }
        }
    }

    func testCategoricalLabelsRotateThenThin() {
        let names = (0..<40).map { "categoria \($0)" }
        let axis = AxisModel(scale: .linear, categories: names, inverted: false, lo: -0.5, hi: 39.5, pixelStart: 0,
                             pixelEnd: 400)
        let ticks = AxisTicks.make(for: axis, length: 400, horizontal: true)
        XCTAssertTrue(ticks.rotated)
        XCTAssertLessThan(ticks.labels.count, 40)
        XCTAssertEqual(ticks.labels.first, "categoria 0")
    }

    func testTextWidthEstimate() {
        XCTAssertEqual(TextMetrics.width("0", fontSize: 10), 5.56, accuracy: 1e-9)
        XCTAssertGreaterThan(TextMetrics.width("WWW", fontSize: 11), TextMetrics.width("iii", fontSize: 11))
    }
}
