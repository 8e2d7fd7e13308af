import XCTest
@testable import Plots

/// Stacked bars: each group starts where the previous one ended, and the stack is as tall as a plain bar of the sum.
final class StackedBarTests: XCTestCase {
    /// The rectangles (`M x0 y0 H x1 V y1 H x0 Z`) of every bar path of an SVG, path by path, as (x0, y0, x1, y1).
    private func barRects(_ svg: String) -> [[(Double, Double, Double, Double)]] {
        let paths = svg.matches(of: /<path d="([^"]+)" fill="#[0-9a-f]{6}"\/>/).map { String($0.1) }
        return paths.compactMap { d -> [(Double, Double, Double, Double)]? in
            let rects = d.matches(of: /M([-\d.]+) ([-\d.]+)H([-\d.]+)V([-\d.]+)H[-\d.]+Z/).map {
                (Double($0.1)!, Double($0.2)!, Double($0.3)!, Double($0.4)!)
            }
            return rects.isEmpty ? nil : rects
        }
    }

    func testStackedGroupsStartWhereThePreviousEnded() throws {
        var stacked = Figure()
        stacked.bar(categories: ["A", "B"], groups: [(label: "low", values: [1, 2]), (label: "high", values: [3, 4])],
                    stacked: true)
        var plain = Figure()
        plain.bar(categories: ["A", "B"], values: [4, 6], label: "sum")
        let stackedRects = barRects(stacked.render().svg)
        let plainRects = barRects(plain.render().svg)
        XCTAssertEqual(stackedRects.count, 2)
        XCTAssertEqual(plainRects.count, 1)
        for category in 0..<2 {
            let low = stackedRects[0][category], high = stackedRects[1][category], sum = plainRects[0][category]
            XCTAssertEqual(low.0, high.0, "one place per category: the groups are on top of each other")
            XCTAssertEqual(low.0, sum.0, "as wide as a plain bar")
            XCTAssertEqual(low.1, sum.1, accuracy: 1e-9, "the first group starts on the baseline")
            XCTAssertEqual(high.1, low.3, accuracy: 1e-9, "the second group starts where the first ended")
            XCTAssertEqual(high.3, sum.3, accuracy: 1e-9, "the stack is as tall as the sum")
        }
    }

    func testGroupedBarsStandSideBySide() throws {
        var grouped = Figure()
        grouped.bar(categories: ["A"], groups: [(label: "a", values: [1]), (label: "b", values: [2])])
        let rects = barRects(grouped.render().svg)
        XCTAssertEqual(rects.count, 2)
        XCTAssertEqual(rects[0][0].2, rects[1][0].0, accuracy: 1e-9, "the second bar starts where the first ends, sideways")
    }
}
