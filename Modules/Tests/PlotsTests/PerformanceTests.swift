import Foundation
import XCTest
@testable import Plots

/// Timings for the bench harness (reported, not asserted): a 100 000-point scatter and a 64×64 heat map.
final class PerformanceTests: XCTestCase {
    private func measureOnce(_ body: () -> SVGDocument) -> (seconds: Double, bytes: Int) {
        let clock = ContinuousClock()
        var doc: SVGDocument?
        let elapsed = clock.measure { doc = body() }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, doc?.svg.utf8.count ?? 0)
    }

    func testPerformance100kScatter() {
        var rng = TestData(seed: 5)
        let x = (0..<100_000).map { _ in rng.normal() }
        let y = x.map { 0.6 * $0 + rng.normal(sd: 0.8) }
        let result = measureOnce {
            var fig = Figure(title: "100 000 punti")
            fig.scatter(x: x, y: y, size: 3, opacity: 0.5)
            return fig.render()
        }
        print("bench plots.scatter100k seconds=\(String(format: "%.3f", result.seconds)) bytes=\(result.bytes)")
        XCTAssertLessThan(result.bytes, 1_500_000, "thinned to a reasonable size")
    }

    func testPerformanceHeatmap64x64() {
        let matrix = (0..<64).map { r in (0..<64).map { c in sin(Double(r) / 5) * cos(Double(c) / 7) } }
        let result = measureOnce {
            var fig = Figure(title: "64×64", width: 640, height: 600)
            fig.heatmap(matrix, colorMap: .magma)
            return fig.render()
        }
        print("bench plots.heatmap64 seconds=\(String(format: "%.3f", result.seconds)) bytes=\(result.bytes)")
        XCTAssertGreaterThan(result.bytes, 0)
    }
}
