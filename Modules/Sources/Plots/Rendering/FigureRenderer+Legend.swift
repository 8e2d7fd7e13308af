extension FigureRenderer {
    /// One legend row: its text and how its swatch is drawn.
    struct LegendEntry {
        enum Swatch {
            case marker(Marker, Double)
            case line(Double, Dash, Marker)
            case patch
        }
        var label: String
        var color: Color
        var swatch: Swatch
        var opacity: Double = 1
    }

    /// The legend rows, in series order.
    func legendEntries() -> [LegendEntry] {
        var entries: [LegendEntry] = []
        for (i, s) in figure.series.enumerated() {
            switch s {
            case .scatter(let v):
                if let label = v.label { entries.append(LegendEntry(label: label, color: colors[i], swatch: .marker(v.marker, max(5, min(v.size, 12))), opacity: v.opacity)) }
            case .line(let v):
                if let label = v.label { entries.append(LegendEntry(label: label, color: colors[i], swatch: .line(min(v.width, 6), v.dash, v.marker))) }
            case .bar(let v):
                if let label = v.label { entries.append(LegendEntry(label: label, color: colors[i], swatch: .patch)) }
            case .histogram(let v):
                if let label = v.label { entries.append(LegendEntry(label: label, color: colors[i], swatch: .patch)) }
            case .decisionRegions(let v):
                guard let names = v.classNames else { continue }
                let present = Set(v.classes.flatMap { $0 }).sorted()
                for c in present where c >= 0 && c < names.count {
                    entries.append(LegendEntry(label: names[c], color: regionColor(c), swatch: .patch))
                }
            case .heatmap, .contour:
                continue
            }
        }
        return entries
    }

    /// Where the legend box goes (top-left corner, size) and how many data points it hides.
    func legendPlacement(_ entries: [LegendEntry]) -> (x: Double, y: Double, w: Double, h: Double, covered: Int) {
        // TextMetrics has Helvetica's widths; DejaVu Sans, which most Linux browsers pick for the figures' font list,
        // is up to 15 % wider, and a label must not run past the box's border there either.
        let textWidth = (entries.map { TextMetrics.width($0.label, fontSize: FigureRenderer.legendFontSize) }.max() ?? 0) * 1.15
        let w = 10 + 26 + 6 + textWidth + 10
        let h = 8 + Double(entries.count) * FigureRenderer.legendRowHeight + 4
        let inset = 8.0
        func origin(_ p: LegendPosition) -> (Double, Double) {
            switch p {
            case .topLeft: return (plotLeft + inset, plotTop + inset)
            case .bottomLeft: return (plotLeft + inset, plotBottom - inset - h)
            case .bottomRight: return (plotRight - inset - w, plotBottom - inset - h)
            default: return (plotRight - inset - w, plotTop + inset)
            }
        }
        let samples = legendObstacles()
        func covered(_ p: LegendPosition) -> Int {
            let (x, y) = origin(p)
            return samples.reduce(0) { $0 + ($1.0 >= x - 3 && $1.0 <= x + w + 3 && $1.1 >= y - 3 && $1.1 <= y + h + 3 ? 1 : 0) }
        }
        var position = figure.legend
        if position == .best {
            var best = (LegendPosition.topRight, Int.max)
            for c in [LegendPosition.topRight, .topLeft, .bottomLeft, .bottomRight] {
                let n = covered(c)
                if n < best.1 { best = (c, n) }
            }
            position = best.0
        }
        let (x, y) = origin(position)
        return (x, y, w, h, covered(position))
    }

    /// With `.best` placement and automatic y limits, raises the top of the y range when every corner would
    /// hide data, so the legend gets a free band above the data (as bar charts often need).
    mutating func makeRoomForLegend() -> Bool {
        guard figure.legend == .best, figure.yLimits == nil, yAxis.categories == nil, !yAxis.inverted else { return false }
        let entries = legendEntries()
        guard !entries.isEmpty else { return false }
        let placement = legendPlacement(entries)
        guard placement.covered > 0 else { return false }
        let plotHeight = plotBottom - plotTop
        let needed = placement.h + 14
        guard needed < plotHeight * 0.5 else { return false }
        yAxis.hi = yAxis.lo + (yAxis.hi - yAxis.lo) * plotHeight / (plotHeight - needed)
        return true
    }

    /// The legend box in the requested corner, or the corner hiding the fewest points for `.best`.
    mutating func writeLegend(into out: inout String) {
        guard figure.legend != .hidden else { return }
        let entries = legendEntries()
        guard !entries.isEmpty else { return }
        let fs = FigureRenderer.legendFontSize
        let rowHeight = FigureRenderer.legendRowHeight
        let (x, y, w, h, _) = legendPlacement(entries)
        if w > plotRight - plotLeft || h > plotBottom - plotTop { warn("the legend is larger than the plot area") }
        out += "<g font-size=\"\(SVGNumber.format(fs))\">\n"
        out += "<rect x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" width=\"\(SVGNumber.format(w))\""
        out += " height=\"\(SVGNumber.format(h))\" rx=\"3\" fill=\"\(theme.legendBackground)\" fill-opacity=\"0.85\""
        out += " stroke=\"\(theme.gridColor)\"/>\n"
        for (i, e) in entries.enumerated() {
            let cy = y + 8 + rowHeight * (Double(i) + 0.5)
            let sx = x + 10
            switch e.swatch {
            case .marker(let m, let size):
                writeMarkers([(sx + 13, cy)], marker: m, size: size, color: e.color, opacity: e.opacity, into: &out)
            case .line(let width, let dash, let m):
                out += "<path d=\"M\(SVGNumber.format(sx)) \(SVGNumber.format(cy))h26\" stroke=\"\(e.color)\""
                out += " stroke-width=\"\(SVGNumber.format(width))\""
                if let pattern = dash.dashArray(width: width) { out += " stroke-dasharray=\"\(pattern)\"" }
                out += "/>\n"
                if m != .none { writeMarkers([(sx + 13, cy)], marker: m, size: 6, color: e.color, opacity: 1, into: &out) }
            case .patch:
                out += "<rect x=\"\(SVGNumber.format(sx + 5))\" y=\"\(SVGNumber.format(cy - 6))\" width=\"16\" height=\"12\""
                out += " fill=\"\(e.color)\"/>\n"
            }
            out += "<text x=\"\(SVGNumber.format(sx + 32))\" y=\"\(SVGNumber.format(cy + fs * 0.35))\" fill=\"\(theme.foreground)\">"
            out += "\(XMLEscaping.escape(e.label))</text>\n"
        }
        out += "</g>\n"
    }

    /// Pixel positions the legend should avoid: a sample of at most about 4000 data points and bar tops.
    func legendObstacles() -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        for s in figure.series {
            switch s {
            case .scatter(let v):
                points += pixelPoints(v.x, v.y, margin: 0)
            case .line(let v):
                points += pixelPoints(v.x, v.y, margin: 0)
            case .bar(let v):
                for (category, value) in zip(v.categories, v.values) {
                    let axisCategories = (v.horizontal ? yAxis : xAxis).categories ?? []
                    guard let slot = axisCategories.firstIndex(of: category) else { continue }
                    let c = Double(slot)
                    if v.horizontal, let px = xAxis.pixel(value) {
                        points.append((px, yAxis.pixel(working: c)))
                        points.append(((px + plotLeft) / 2, yAxis.pixel(working: c)))
                    } else if let py = yAxis.pixel(value) {
                        points.append((xAxis.pixel(working: c), py))
                        points.append((xAxis.pixel(working: c), (py + plotBottom) / 2))
                    }
                }
            default:
                continue
            }
        }
        for (i, h) in histograms.sorted(by: { $0.key < $1.key }) where i >= 0 {
            for (k, height) in h.heights.enumerated() {
                guard let x = xAxis.pixel((h.edges[k] + h.edges[k + 1]) / 2), let y = yAxis.pixel(height) else { continue }
                points.append((x, y))
                points.append((x, (y + plotBottom) / 2))
            }
        }
        if points.count <= 4000 { return points }
        let stride = points.count / 4000 + 1
        return Swift.stride(from: 0, to: points.count, by: stride).map { points[$0] }
    }
}
