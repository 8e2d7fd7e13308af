import Foundation

extension FigureRenderer {
    /// Marker series with more points than this are thinned on a grid finer than the marker.
    static let thinningThreshold = 4000

    /// The pixel positions of the drawable points of a series, dropping points far outside the plot.
    func pixelPoints(_ xs: [Double], _ ys: [Double], margin: Double) -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        points.reserveCapacity(min(xs.count, ys.count))
        for i in 0..<min(xs.count, ys.count) {
            guard let px = xAxis.pixel(xs[i]), let py = yAxis.pixel(ys[i]) else { continue }
            if px < plotLeft - margin || px > plotRight + margin || py < plotTop - margin || py > plotBottom + margin {
                continue
            }
            points.append((px, py))
        }
        return points
    }

    /// Markers at points: circles and squares as zero-length round/square-capped strokes in one path,
    /// other symbols as small shapes; dense series are thinned to one marker per sub-pixel cell.
    func writeMarkers(_ points: [(Double, Double)], marker: Marker, size: Double, color: Color, opacity: Double,
                      into out: inout String) {
        guard !points.isEmpty, marker != .none else { return }
        let size = size.isFinite && size > 0 ? min(size, 100) : 6
        var kept = points
        if points.count > FigureRenderer.thinningThreshold {
            // Snap to a grid of a third of the marker size (at least 1 px) and keep one marker per grid cell:
            // invisible at that density, and integer-like coordinates keep the path short.
            let cell = max(1, (size / 3).rounded())
            var seen = Set<Int>()
            seen.reserveCapacity(points.count)
            kept = []
            for p in points {
                let gx = (p.0 / cell).rounded(), gy = (p.1 / cell).rounded()
                if seen.insert(Int(gx) &* 1_000_003 &+ Int(gy)).inserted { kept.append((gx * cell, gy * cell)) }
            }
        }
        let r = size / 2
        var d = ""
        d.reserveCapacity(kept.count * 16)
        let opacityAttribute = opacity < 1 ? " opacity=\"\(SVGNumber.format(max(0, opacity)))\"" : ""
        switch marker {
        case .circle, .square, .none:
            for (x, y) in kept {
                d += "M"; SVGNumber.append(x, to: &d); d += " "; SVGNumber.append(y, to: &d); d += "h0"
            }
            let cap = marker == .square ? "square" : "round"
            let width = marker == .square ? size * 0.886 : size
            out += "<path d=\"\(d)\" stroke=\"\(color)\" stroke-width=\"\(SVGNumber.format(width))\" stroke-linecap=\"\(cap)\""
            out += " fill=\"none\"\(opacityAttribute)/>\n"
        case .triangle, .diamond:
            let rr = r * 1.15
            for (x, y) in kept {
                d += "M"; SVGNumber.append(x, to: &d); d += " "; SVGNumber.append(y - rr, to: &d)
                if marker == .triangle {
                    d += "l"; SVGNumber.append(rr * 0.866, to: &d); d += " "; SVGNumber.append(rr * 1.5, to: &d)
                    d += "h"; SVGNumber.append(-rr * 1.732, to: &d); d += "z"
                } else {
                    d += "l"; SVGNumber.append(rr, to: &d); d += " "; SVGNumber.append(rr, to: &d)
                    d += "l"; SVGNumber.append(-rr, to: &d); d += " "; SVGNumber.append(rr, to: &d)
                    d += "l"; SVGNumber.append(-rr, to: &d); d += " "; SVGNumber.append(-rr, to: &d); d += "z"
                }
            }
            out += "<path d=\"\(d)\" fill=\"\(color)\"\(opacityAttribute)/>\n"
        case .cross, .plus:
            for (x, y) in kept {
                if marker == .cross {
                    d += "M"; SVGNumber.append(x - r, to: &d); d += " "; SVGNumber.append(y - r, to: &d)
                    d += "l"; SVGNumber.append(2 * r, to: &d); d += " "; SVGNumber.append(2 * r, to: &d)
                    d += "m"; SVGNumber.append(-2 * r, to: &d); d += " 0l"; SVGNumber.append(2 * r, to: &d)
                    d += " "; SVGNumber.append(-2 * r, to: &d)
                } else {
                    d += "M"; SVGNumber.append(x - r, to: &d); d += " "; SVGNumber.append(y, to: &d)
                    d += "h"; SVGNumber.append(2 * r, to: &d); d += "m"; SVGNumber.append(-r, to: &d); d += " "
                    SVGNumber.append(-r, to: &d); d += "v"; SVGNumber.append(2 * r, to: &d)
                }
            }
            out += "<path d=\"\(d)\" stroke=\"\(color)\" stroke-width=\"\(SVGNumber.format(max(1, size / 5)))\""
            out += " fill=\"none\"\(opacityAttribute)/>\n"
        }
    }

    mutating func writeScatter(_ s: ScatterSeries, index: Int, into out: inout String) {
        if min(s.x.count, s.y.count) == 0 { warn("\(seriesName(index)): no points") }
        let points = pixelPoints(s.x, s.y, margin: s.size)
        writeMarkers(points, marker: s.marker, size: s.size, color: colors[index], opacity: s.opacity, into: &out)
    }

    mutating func writeLine(_ s: LineSeries, index: Int, into out: inout String) {
        let n = min(s.x.count, s.y.count)
        if n == 0 { warn("\(seriesName(index)): no points") }
        var d = ""
        d.reserveCapacity(n * 14)
        var penDown = false
        var last = (Double.nan, Double.nan)
        var segmentPoints = 0
        for i in 0..<n {
            guard let px = xAxis.pixel(s.x[i]), let py = yAxis.pixel(s.y[i]) else {
                penDown = false
                continue
            }
            if penDown {
                // Drop points that would add less than a quarter pixel, except the last one.
                if abs(px - last.0) < 0.25 && abs(py - last.1) < 0.25 && i != n - 1 { continue }
                d += segmentPoints == 1 ? "L" : " "
            } else {
                d += "M"
                segmentPoints = 0
            }
            SVGNumber.append(px, to: &d); d += " "; SVGNumber.append(py, to: &d)
            segmentPoints += 1
            penDown = true
            last = (px, py)
        }
        let width = s.width.isFinite && s.width > 0 ? min(s.width, 50) : 2
        if !d.isEmpty {
            out += "<path d=\"\(d)\" stroke=\"\(colors[index])\" stroke-width=\"\(SVGNumber.format(width))\" fill=\"none\""
            out += " stroke-linejoin=\"round\" stroke-linecap=\"round\""
            if let dash = s.dash.dashArray(width: width) { out += " stroke-dasharray=\"\(dash)\"" }
            out += "/>\n"
        }
        if s.marker != .none {
            writeMarkers(pixelPoints(s.x, s.y, margin: s.markerSize), marker: s.marker, size: s.markerSize,
                         color: colors[index], opacity: 1, into: &out)
        }
    }

    /// Appends a rectangle between two pixel corners as a closed subpath.
    func appendRect(x0: Double, y0: Double, x1: Double, y1: Double, to d: inout String) {
        d += "M"; SVGNumber.append(x0, to: &d); d += " "; SVGNumber.append(y0, to: &d)
        d += "H"; SVGNumber.append(x1, to: &d); d += "V"; SVGNumber.append(y1, to: &d)
        d += "H"; SVGNumber.append(x0, to: &d); d += "Z"
    }

    mutating func writeBars(_ b: BarSeries, index: Int, into out: inout String) {
        if b.categories.count != b.values.count {
            warn("\(seriesName(index)): \(b.categories.count) categories and \(b.values.count) values; extra ignored")
        }
        // Bar series of the same orientation share each category slot side by side; stacked ones share one place.
        let places = barPlaces(horizontal: b.horizontal)
        let groupCount = Double(Set(places.values).count)
        let position = Double(places[index] ?? 0)
        let slotWidth = 0.8
        let barWidth = slotWidth / groupCount
        let categoryAxis = b.horizontal ? yAxis : xAxis
        let valueAxis = b.horizontal ? xAxis : yAxis
        guard let categories = categoryAxis.categories else { return }
        let baseline: Double = valueAxis.scale == .log ? valueAxis.lo : min(max(0, valueAxis.lo), valueAxis.hi)
        var d = ""
        for (category, value) in zip(b.categories, b.values) {
            let start = b.stacked ? stackStart(of: index, category: category, value: value) : 0
            guard let slot = categories.firstIndex(of: category), let v = valueAxis.transform(start + value) else { continue }
            let c0 = Double(slot) - slotWidth / 2 + position * barWidth
            let a0 = categoryAxis.pixel(working: c0)
            let a1 = categoryAxis.pixel(working: c0 + barWidth)
            let v0 = valueAxis.pixel(working: start == 0 ? baseline : valueAxis.transform(start) ?? baseline)
            let v1 = valueAxis.pixel(working: v)
            if b.horizontal {
                appendRect(x0: v0, y0: a0, x1: v1, y1: a1, to: &d)
            } else {
                appendRect(x0: a0, y0: v0, x1: a1, y1: v1, to: &d)
            }
        }
        guard !d.isEmpty else { return }
        out += "<path d=\"\(d)\" fill=\"\(colors[index])\"/>\n"
    }

    /// The place of each bar series of one orientation within a category slot: one each, all stacked series sharing
    /// the place of the first of them.
    func barPlaces(horizontal: Bool) -> [Int: Int] {
        var places: [Int: Int] = [:]
        var next = 0
        var stackedPlace: Int?
        for (i, s) in figure.series.enumerated() {
            guard case .bar(let other) = s, other.horizontal == horizontal else { continue }
            if other.stacked {
                if stackedPlace == nil { stackedPlace = next; next += 1 }
                places[i] = stackedPlace
            } else {
                places[i] = next
                next += 1
            }
        }
        return places
    }

    /// Where a stacked bar of series `index` starts in `category`: the sum of the earlier stacked series' values of
    /// the same sign there (finite values only).
    func stackStart(of index: Int, category: String, value: Double) -> Double {
        guard case .bar(let b) = figure.series[index] else { return 0 }
        var start = 0.0
        for s in figure.series.prefix(index) {
            guard case .bar(let other) = s, other.stacked, other.horizontal == b.horizontal else { continue }
            for (c, v) in zip(other.categories, other.values) where c == category && v.isFinite && (v < 0) == (value < 0) {
                start += v
            }
        }
        return start
    }

    mutating func writeHistogram(index: Int, into out: inout String) {
        guard let h = histograms[index], !h.heights.isEmpty else { return }
        let baseline = yAxis.scale == .log ? yAxis.lo : min(max(0, yAxis.lo), yAxis.hi)
        var d = ""
        for (i, height) in h.heights.enumerated() where height > 0 {
            guard let x0 = xAxis.pixel(h.edges[i]), let x1 = xAxis.pixel(h.edges[i + 1]),
                  let t = yAxis.transform(height) else { continue }
            appendRect(x0: x0, y0: yAxis.pixel(working: baseline), x1: x1, y1: yAxis.pixel(working: t), to: &d)
        }
        guard !d.isEmpty else { return }
        let histogramCount = figure.series.filter { if case .histogram = $0 { return true }; return false }.count
        // Overlapping histograms are drawn translucent so the ones behind stay visible.
        let opacity = histogramCount > 1 ? " fill-opacity=\"0.7\"" : ""
        out += "<path d=\"\(d)\" fill=\"\(colors[index])\"\(opacity) stroke=\"\(theme.background)\" stroke-width=\"0.8\"/>\n"
    }
}
