import Foundation

extension FigureRenderer {
    /// The first heat map's cells, grouped by colour level into one path each.
    mutating func writeHeatmap(_ h: HeatmapSeries, index: Int, into out: inout String) {
        guard let bar = colorBar, isFirstImage(index) else {
            warn("\(seriesName(index)): only the first heat map of a figure is drawn")
            return
        }
        var paths: [Int: String] = [:]
        for (r, row) in h.matrix.enumerated() {
            let y0 = yAxis.pixel(working: Double(r) - 0.5)
            let y1 = yAxis.pixel(working: Double(r) + 0.5)
            for (c, v) in row.enumerated() where v.isFinite {
                let level = bar.colorMap.level(at: bar.fraction(v))
                appendRect(x0: xAxis.pixel(working: Double(c) - 0.5), y0: y0, x1: xAxis.pixel(working: Double(c) + 0.5),
                           y1: y1, to: &paths[level, default: ""])
            }
        }
        if h.matrix.isEmpty || h.matrix.allSatisfy(\.isEmpty) { warn("\(seriesName(index)): empty matrix") }
        out += "<g shape-rendering=\"crispEdges\">\n"
        for level in paths.keys.sorted() {
            out += "<path d=\"\(paths[level]!)\" fill=\"\(bar.colorMap.color(at: Double(level) / 255))\"/>\n"
        }
        out += "</g>\n"
    }

    /// Whether series `index` is the figure's first heat map or contour (the one the colour bar describes).
    func isFirstImage(_ index: Int) -> Bool {
        let first = figure.series.firstIndex { s in
            switch s {
            case .heatmap, .contour: return true
            default: return false
            }
        }
        return first == index
    }

    /// Values printed in the heat map's cells, in black or white for contrast.
    mutating func writeHeatmapValues(into out: inout String) {
        guard let index = figure.series.firstIndex(where: { if case .heatmap = $0 { return true }; return false }),
              case .heatmap(let h) = figure.series[index], h.showValues, let bar = colorBar else { return }
        let values = h.matrix.flatMap { $0 }.filter(\.isFinite)
        let integers = values.allSatisfy { $0 == $0.rounded() && abs($0) < 1e6 }
        let maxAbs = values.map(abs).max() ?? 0
        func format(_ v: Double) -> String {
            if integers { return String(Int(v)) }
            if maxAbs < 100 { return TickLabelFormatter.fixed(v, decimals: 2) }
            return TickLabelFormatter.compact(v)
        }
        let cellWidth = abs(xAxis.pixel(working: 1) - xAxis.pixel(working: 0))
        let cellHeight = abs(yAxis.pixel(working: 1) - yAxis.pixel(working: 0))
        let widest = values.map { TextMetrics.width(format($0), fontSize: 1) }.max() ?? 1
        let fs = min(11, cellHeight * 0.5, (cellWidth - 3) / max(widest, 0.1))
        guard fs >= 6 else {
            warn("\(seriesName(index)): cells too small to show values; values omitted")
            return
        }
        out += "<g font-size=\"\(SVGNumber.format(fs))\" text-anchor=\"middle\">\n"
        for (r, row) in h.matrix.enumerated() {
            let y = yAxis.pixel(working: Double(r)) + fs * 0.35
            for (c, v) in row.enumerated() where v.isFinite {
                let fill = bar.color(v).luminance > 0.36 ? "#111111" : "#FFFFFF"
                out += "<text x=\"\(SVGNumber.format(xAxis.pixel(working: Double(c))))\" y=\"\(SVGNumber.format(y))\""
                out += " fill=\"\(fill)\">\(XMLEscaping.escape(format(v)))</text>\n"
            }
        }
        out += "</g>\n"
    }

    /// Filled contour bands: cells wholly inside one band merge into row runs; the others are clipped to each
    /// band they cross, interpolating linearly along the cell edges (as marching squares does).
    mutating func writeContour(_ c: ContourSeries, index: Int, into out: inout String) {
        guard validGrid(x: c.x, y: c.y, rows: c.z.map(\.count), index: index, minimum: 2) else { return }
        guard let bar = colorBar, let edges = bar.bandEdges, isFirstImage(index) else {
            warn("\(seriesName(index)): only the first contour or heat map of a figure is drawn")
            return
        }
        if c.z.contains(where: { $0.contains { !$0.isFinite } }) {
            warn("\(seriesName(index)): cells with NaN or infinite values left blank")
        }
        let bands = edges.count - 1
        var paths = [String](repeating: "", count: bands)
        let px = c.x.map { xAxis.pixel($0) ?? .nan }
        let py = c.y.map { yAxis.pixel($0) ?? .nan }
        for r in 0..<(c.y.count - 1) {
            var runBand = -1
            var runStart = 0.0
            var runEnd = 0.0
            func flush() {
                if runBand >= 0 { appendRect(x0: runStart, y0: py[r], x1: runEnd, y1: py[r + 1], to: &paths[runBand]) }
                runBand = -1
            }
            for col in 0..<(c.x.count - 1) {
                let z = [c.z[r][col], c.z[r][col + 1], c.z[r + 1][col + 1], c.z[r + 1][col]]
                let corners = [(px[col], py[r]), (px[col + 1], py[r]), (px[col + 1], py[r + 1]), (px[col], py[r + 1])]
                guard z.allSatisfy(\.isFinite), corners.allSatisfy({ $0.0.isFinite && $0.1.isFinite }) else {
                    flush()
                    continue
                }
                let lowBand = bar.band(of: z.min()!)
                let highBand = bar.band(of: z.max()!)
                if lowBand == highBand {
                    if runBand == lowBand {
                        runEnd = px[col + 1]
                    } else {
                        flush()
                        runBand = lowBand
                        runStart = px[col]
                        runEnd = px[col + 1]
                    }
                    continue
                }
                flush()
                let vertices = (0..<4).map { (corners[$0].0, corners[$0].1, z[$0]) }
                for band in lowBand...highBand {
                    let polygon = FigureRenderer.clip(vertices, lo: edges[band], hi: edges[band + 1],
                                                      openTop: band == bands - 1)
                    guard polygon.count >= 3 else { continue }
                    // First vertex absolute, the others relative: short numbers keep the path compact.
                    var previous = (polygon[0].0, polygon[0].1)
                    paths[band] += "M"
                    SVGNumber.append(previous.0, to: &paths[band]); paths[band] += " "
                    SVGNumber.append(previous.1, to: &paths[band])
                    for (k, p) in polygon.enumerated().dropFirst() {
                        paths[band] += k == 1 ? "l" : " "
                        // Relative steps are taken between rounded positions so rounding errors never accumulate.
                        let x = (p.0 * 100).rounded() / 100, y = (p.1 * 100).rounded() / 100
                        let px = (previous.0 * 100).rounded() / 100, py = (previous.1 * 100).rounded() / 100
                        SVGNumber.append(x - px, to: &paths[band]); paths[band] += " "
                        SVGNumber.append(y - py, to: &paths[band])
                        previous = (p.0, p.1)
                    }
                    paths[band] += "Z"
                }
            }
            flush()
        }
        for (band, d) in paths.enumerated() where !d.isEmpty {
            let color = bar.bandColor(band)
            // A hairline stroke in the fill colour hides anti-aliasing seams between adjacent pieces.
            out += "<path d=\"\(d)\" fill=\"\(color)\" stroke=\"\(color)\" stroke-width=\"0.5\" stroke-linejoin=\"round\"/>\n"
        }
    }

    /// The part of a convex cell polygon (pixel x, pixel y, value) where lo ≤ value ≤ hi (no upper bound when
    /// `openTop`), by Sutherland–Hodgman clipping with values interpolated along the edges.
    static func clip(_ polygon: [(Double, Double, Double)], lo: Double, hi: Double,
                     openTop: Bool) -> [(Double, Double, Double)] {
        func cut(_ input: [(Double, Double, Double)], keep: (Double) -> Bool, level: Double) -> [(Double, Double, Double)] {
            var result: [(Double, Double, Double)] = []
            for i in input.indices {
                let p = input[i]
                let q = input[(i + 1) % input.count]
                let pIn = keep(p.2)
                let qIn = keep(q.2)
                if pIn { result.append(p) }
                if pIn != qIn {
                    let t = (level - p.2) / (q.2 - p.2)
                    result.append((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t, level))
                }
            }
            return result
        }
        var result = cut(polygon, keep: { $0 >= lo }, level: lo)
        if !openTop && result.count >= 3 { result = cut(result, keep: { $0 <= hi }, level: hi) }
        return result
    }

    /// Decision regions: each class a pale tint of its palette colour, cells merged into row runs.
    mutating func writeRegions(_ s: DecisionRegionSeries, index: Int, into out: inout String) {
        guard validGrid(x: s.x, y: s.y, rows: s.classes.map(\.count), index: index, minimum: 1) else { return }
        let ex = FigureRenderer.cellEdges(s.x).map { xAxis.pixel($0) ?? .nan }
        let ey = FigureRenderer.cellEdges(s.y).map { yAxis.pixel($0) ?? .nan }
        guard ex.allSatisfy(\.isFinite), ey.allSatisfy(\.isFinite) else {
            warn("\(seriesName(index)): the grid cannot be shown on a log axis; series skipped")
            return
        }
        var paths: [Int: String] = [:]
        for (r, row) in s.classes.enumerated() {
            var start = 0
            while start < row.count {
                var end = start
                while end + 1 < row.count && row[end + 1] == row[start] { end += 1 }
                appendRect(x0: ex[start], y0: ey[r], x1: ex[end + 1], y1: ey[r + 1], to: &paths[row[start], default: ""])
                start = end + 1
            }
        }
        out += "<g shape-rendering=\"crispEdges\">\n"
        for c in paths.keys.sorted() {
            out += "<path d=\"\(paths[c]!)\" fill=\"\(regionColor(c))\"/>\n"
        }
        out += "</g>\n"
    }

    /// The pale tint used for class `c`'s region.
    func regionColor(_ c: Int) -> Color {
        Color.mix(Palette.color(c, theme: theme), theme.background, theme == .dark ? 0.55 : 0.7)
    }

    /// The colour bar: a gradient for heat maps, stacked bands for contours, with ticks and label.
    func writeColorBar(into out: inout String) {
        guard let bar = colorBar else { return }
        let x = plotRight + ColorBarModel.gap
        let w = ColorBarModel.barWidth
        let axis = bar.axis(top: plotTop, bottom: plotBottom)
        if let edges = bar.bandEdges {
            var d = ""
            out += "<g shape-rendering=\"crispEdges\">\n"
            for band in 0..<(edges.count - 1) {
                d = ""
                appendRect(x0: x, y0: axis.pixel(working: edges[band]), x1: x + w, y1: axis.pixel(working: edges[band + 1]), to: &d)
                out += "<path d=\"\(d)\" fill=\"\(bar.bandColor(band))\"/>\n"
            }
            out += "</g>\n"
        } else {
            let gradientId = idToken + "-colorbar"
            out += "<linearGradient id=\"\(gradientId)\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">"
            let anchors = bar.colorMap.anchors
            for (i, color) in anchors.enumerated() {
                out += "<stop offset=\"\(SVGNumber.format(Double(i) / Double(anchors.count - 1)))\" stop-color=\"\(color)\"/>"
            }
            out += "</linearGradient>\n"
            out += "<rect x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(plotTop))\" width=\"\(SVGNumber.format(w))\""
            out += " height=\"\(SVGNumber.format(plotBottom - plotTop))\" fill=\"url(#\(gradientId))\"/>\n"
        }
        let ticks = AxisTicks.make(for: axis, length: plotBottom - plotTop, horizontal: false)
        var d = ""
        for p in ticks.positions {
            d += "M"; SVGNumber.append(x + w, to: &d); d += " "; SVGNumber.append(axis.pixel(working: p), to: &d); d += "h4"
        }
        out += "<path d=\"\(d)\" stroke=\"\(theme.foreground)\" stroke-width=\"1\" fill=\"none\" shape-rendering=\"crispEdges\"/>\n"
        out += "<g fill=\"\(theme.mutedForeground)\" font-size=\"\(SVGNumber.format(AxisTicks.fontSize))\">\n"
        for (p, label) in zip(ticks.positions, ticks.labels) {
            out += "<text x=\"\(SVGNumber.format(x + w + 7))\" y=\"\(SVGNumber.format(axis.pixel(working: p) + AxisTicks.fontSize * 0.35))\">"
            out += "\(XMLEscaping.escape(label))</text>\n"
        }
        out += "</g>\n"
        if let label = bar.label {
            let lx = x + w + 10 + ticks.maxLabelWidth + 8
            out += "<text transform=\"translate(\(SVGNumber.format(lx)) \(SVGNumber.format((plotTop + plotBottom) / 2))) rotate(90)\""
            out += " text-anchor=\"middle\" font-size=\"\(SVGNumber.format(FigureRenderer.labelFontSize))\" fill=\"\(theme.foreground)\">"
            out += "\(XMLEscaping.escape(label))</text>\n"
        }
    }
}
