import Foundation
import XCTest
@testable import Plots

/// Histogram binning against numpy.histogram (reference values from Scripts/histogram_reference.py).
final class HistogramTests: XCTestCase {
    let values = (0..<200).map { sin(Double($0) * 0.7) * 3 + Double($0) * 0.01 }

    func testCountsAndEdgesMatchNumpy() {
        var renderer = FigureRenderer(figure: Figure(), idToken: "t")
        let (edges, counts) = renderer.binHistogram(HistogramSeries(values: values, bins: 12, color: nil, density: false,
                                                                    label: nil), index: 0)
        XCTAssertEqual(counts, [12, 17, 21, 22, 14, 9, 20, 15, 14, 27, 17, 12])
        let reference = [-2.87735783787, -2.23255457464, -1.58775131141, -0.942948048181, -0.298144784951, 0.34665847828,
                         0.991461741511, 1.63626500474, 2.28106826797, 2.9258715312, 3.57067479443, 4.21547805766,
                         4.86028132089]
        XCTAssertEqual(edges.count, reference.count)
        for (a, b) in zip(edges, reference) { XCTAssertEqual(a, b, accuracy: 1e-9) }
    }

    func testDensityMatchesNumpy() {
        var renderer = FigureRenderer(figure: Figure(), idToken: "t")
        let (_, density) = renderer.binHistogram(HistogramSeries(values: values, bins: 12, color: nil, density: true,
                                                                 label: nil), index: 0)
        let reference = [0.0930516382616, 0.131823154204, 0.162840366958, 0.170594670146, 0.108560244638,
                         0.0697887286962, 0.155086063769, 0.116314547827, 0.108560244638, 0.209366186088,
                         0.131823154204, 0.0930516382616]
        for (a, b) in zip(density, reference) { XCTAssertEqual(a, b, accuracy: 1e-9) }
    }
}
