import Foundation

extension FigureRenderer {
    /// Places the plot area so that tick labels, axis labels, title and colour bar fit, and chooses the ticks.
    mutating func layout(width: Double, height: Double) {
        colorBar = makeColorBar()
        let top = figure.title != nil ? 42.0 : 14
        let leftBase = 10 + (figure.yLabel != nil ? 22.0 : 0)
        let bottomBase = 10 + (figure.xLabel != nil ? 22.0 : 0)
        var right = 18.0
        if let bar = colorBar {
            let ticks = AxisTicks.make(for: bar.axis(top: 0, bottom: height - top - 50), length: height - top - 50,
                                       horizontal: false)
            right += ColorBarModel.gap + ColorBarModel.barWidth + 8 + ticks.maxLabelWidth + (bar.label != nil ? 22 : 0)
        }
        var plotHeight = max(40, height - top - bottomBase - 24)
        var left = leftBase + 40
        var bottom = bottomBase + 20
        for _ in 0..<3 {
            yAxis.pixelStart = top + plotHeight
            yAxis.pixelEnd = top
            yTicks = AxisTicks.make(for: yAxis, length: plotHeight, horizontal: false)
            left = leftBase + yTicks.extent(horizontal: false) + 10
            // The last x label is centred on its tick: keep its right half inside the figure.
            let overhang = xTicks.rotated ? 0 : xTicks.labels.last.map { TextMetrics.width($0, fontSize: AxisTicks.fontSize) / 2 + 4 } ?? 0
            let lastAtEnd = xTicks.positions.last.map { abs($0 - xAxis.hi) < (xAxis.hi - xAxis.lo) * 0.02 } ?? false
            // Rotated labels hang down to the left of their tick: the first one must stay inside the figure.
            if xTicks.rotated, let first = xTicks.labels.first, let position = xTicks.positions.first {
                let offset = (xAxis.pixel(working: position) - xAxis.pixelStart)
                left = max(left, TextMetrics.width(first, fontSize: AxisTicks.fontSize) * AxisTicks.fontSafety * 0.7071 + 8 - offset)
            }
            let plotWidth = max(40, width - left - max(right, colorBar == nil && lastAtEnd ? overhang : 0))
            xAxis.pixelStart = left
            xAxis.pixelEnd = left + plotWidth
            xTicks = AxisTicks.make(for: xAxis, length: plotWidth, horizontal: true)
            bottom = bottomBase + xTicks.extent(horizontal: true) + 10
            plotHeight = max(40, height - top - bottom)
        }
        plotLeft = left
        plotRight = xAxis.pixelEnd
        plotTop = top
        plotBottom = top + plotHeight
        xAxis.pixelStart = plotLeft
        xAxis.pixelEnd = plotRight
        yAxis.pixelStart = plotBottom
        yAxis.pixelEnd = plotTop
        yTicks = AxisTicks.make(for: yAxis, length: plotHeight, horizontal: false)
    }

    /// The colour bar of the first heat map or contour series, if any.
    mutating func makeColorBar() -> ColorBarModel? {
        for (i, s) in figure.series.enumerated() {
            switch s {
            case .heatmap(let h):
                let values = h.matrix.flatMap { $0 }
                let finite = values.filter(\.isFinite)
                if finite.count < values.count {
                    warn("\(seriesName(i)): \(values.count - finite.count) NaN or infinite cells left blank")
                }
                if Set(h.matrix.map(\.count)).count > 1 {
                    warn("\(seriesName(i)): rows have different lengths; missing cells left blank")
                }
                var lo = finite.min() ?? 0
                var hi = finite.max() ?? 1
                if let range = h.range, range.lowerBound.isFinite, range.upperBound.isFinite {
                    lo = range.lowerBound
                    hi = range.upperBound
                } else if h.colorMap.isDiverging && lo < 0 && hi > 0 {
                    let m = max(-lo, hi)
                    lo = -m
                    hi = m
                }
                if lo == hi {
                    lo -= 0.5
                    hi += 0.5
                }
                return ColorBarModel(colorMap: h.colorMap, lo: lo, hi: hi, bandEdges: nil, label: h.colorBarLabel)
            case .contour(let c):
                let finite = c.z.flatMap { $0 }.filter(\.isFinite)
                guard var lo = finite.min(), var hi = finite.max() else { continue }
                if lo == hi {
                    lo -= 0.5
                    hi += 0.5
                }
                var (edges, step) = TickGenerator.linear(lo: lo, hi: hi, targetCount: max(1, min(c.levels, 100)))
                if edges.isEmpty { edges = [lo] }
                if edges[0] > lo { edges.insert(edges[0] - step, at: 0) }
                if edges[edges.count - 1] < hi || edges.count == 1 { edges.append(edges[edges.count - 1] + step) }
                return ColorBarModel(colorMap: c.colorMap, lo: edges[0], hi: edges[edges.count - 1], bandEdges: edges,
                                     label: c.colorBarLabel)
            default:
                continue
            }
        }
        return nil
    }

    // MARK: - Frame

    /// Grid lines at the numeric ticks.
    func writeGrid(into out: inout String) {
        var d = ""
        if xAxis.categories == nil {
            for p in xTicks.positions {
                let x = xAxis.pixel(working: p)
                d += "M"; SVGNumber.append(x, to: &d); d += " "; SVGNumber.append(plotTop, to: &d)
                d += "V"; SVGNumber.append(plotBottom, to: &d)
            }
        }
        if yAxis.categories == nil {
            for p in yTicks.positions {
                let y = yAxis.pixel(working: p)
                d += "M"; SVGNumber.append(plotLeft, to: &d); d += " "; SVGNumber.append(y, to: &d)
                d += "H"; SVGNumber.append(plotRight, to: &d)
            }
        }
        guard !d.isEmpty else { return }
        out += "<path d=\"\(d)\" stroke=\"\(theme.gridColor)\" stroke-width=\"1\" fill=\"none\" shape-rendering=\"crispEdges\"/>\n"
    }

    /// Spines, ticks, tick labels, axis labels and title.
    func writeAxes(into out: inout String) {
        let fg = theme.foreground
        var d = "M" + SVGNumber.format(plotLeft) + " " + SVGNumber.format(plotTop) + "V" + SVGNumber.format(plotBottom)
        d += "H" + SVGNumber.format(plotRight)
        for p in xTicks.positions {
            d += "M"; SVGNumber.append(xAxis.pixel(working: p), to: &d); d += " "; SVGNumber.append(plotBottom, to: &d); d += "v5"
        }
        for p in yTicks.positions {
            d += "M"; SVGNumber.append(plotLeft, to: &d); d += " "; SVGNumber.append(yAxis.pixel(working: p), to: &d); d += "h-5"
        }
        out += "<path d=\"\(d)\" stroke=\"\(fg)\" stroke-width=\"1\" fill=\"none\" shape-rendering=\"crispEdges\"/>\n"

        let fs = AxisTicks.fontSize
        out += "<g fill=\"\(theme.mutedForeground)\" font-size=\"\(SVGNumber.format(fs))\">\n"
        for (p, label) in zip(xTicks.positions, xTicks.labels) {
            let x = SVGNumber.format(xAxis.pixel(working: p))
            if xTicks.rotated {
                out += "<text text-anchor=\"end\" transform=\"translate(\(x) \(SVGNumber.format(plotBottom + 10))) rotate(-45)\""
                out += " dy=\"0.35em\">\(XMLEscaping.escape(label))</text>\n"
            } else {
                out += "<text x=\"\(x)\" y=\"\(SVGNumber.format(plotBottom + 8 + fs * 0.8))\" text-anchor=\"middle\">"
                out += "\(XMLEscaping.escape(label))</text>\n"
            }
        }
        for (p, label) in zip(yTicks.positions, yTicks.labels) {
            out += "<text x=\"\(SVGNumber.format(plotLeft - 8))\" y=\"\(SVGNumber.format(yAxis.pixel(working: p) + fs * 0.35))\""
            out += " text-anchor=\"end\">\(XMLEscaping.escape(label))</text>\n"
        }
        out += "</g>\n"

        let lfs = FigureRenderer.labelFontSize
        if let xLabel = figure.xLabel {
            let y = plotBottom + 10 + xTicks.extent(horizontal: true) + lfs + 4
            out += "<text x=\"\(SVGNumber.format((plotLeft + plotRight) / 2))\" y=\"\(SVGNumber.format(y))\" text-anchor=\"middle\""
            out += " font-size=\"\(SVGNumber.format(lfs))\" fill=\"\(fg)\">\(XMLEscaping.escape(xLabel))</text>\n"
        }
        if let yLabel = figure.yLabel {
            let x = plotLeft - 10 - yTicks.extent(horizontal: false) - 8
            out += "<text transform=\"translate(\(SVGNumber.format(x)) \(SVGNumber.format((plotTop + plotBottom) / 2))) rotate(-90)\""
            out += " text-anchor=\"middle\" font-size=\"\(SVGNumber.format(lfs))\" fill=\"\(fg)\">\(XMLEscaping.escape(yLabel))</text>\n"
        }
        if let title = figure.title {
            let available = FigureRenderer.clampedSize(width: figure.width, height: figure.height).width - 20
            let natural = TextMetrics.width(title, fontSize: FigureRenderer.titleFontSize, bold: true)
            let fs = natural > available ? max(9, FigureRenderer.titleFontSize * available / natural) : FigureRenderer.titleFontSize
            let centre = natural > plotRight - plotLeft ? FigureRenderer.clampedSize(width: figure.width, height: figure.height).width / 2
                                                        : (plotLeft + plotRight) / 2
            out += "<text x=\"\(SVGNumber.format(centre))\" y=\"27\" text-anchor=\"middle\" font-size=\"\(SVGNumber.format(fs))\""
            out += " font-weight=\"600\" fill=\"\(fg)\">\(XMLEscaping.escape(title))</text>\n"
        }
    }

    /// Text notes, with arrows where requested.
    mutating func writeAnnotations(into out: inout String) {
        for a in figure.annotations {
            guard let x = xAxis.pixel(a.x), let y = yAxis.pixel(a.y) else {
                warn("annotation '\(a.text)' has a position that cannot be shown; skipped")
                continue
            }
            let color = a.color ?? theme.foreground
            if let target = a.arrowTo, let tx = xAxis.pixel(target.x), let ty = yAxis.pixel(target.y) {
                let dx = tx - x, dy = ty - y
                let length = (dx * dx + dy * dy).squareRoot()
                if length > 14 {
                    let ux = dx / length, uy = dy / length
                    let sx = x + ux * 8, sy = y + uy * 8
                    let ex = tx - ux * 2, ey = ty - uy * 2
                    let bx = ex - ux * 8, by = ey - uy * 8
                    var d = "M"; SVGNumber.append(sx, to: &d); d += " "; SVGNumber.append(sy, to: &d)
                    d += "L"; SVGNumber.append(bx, to: &d); d += " "; SVGNumber.append(by, to: &d)
                    out += "<path d=\"\(d)\" stroke=\"\(color)\" stroke-width=\"1.2\" fill=\"none\"/>\n"
                    var h = "M"; SVGNumber.append(ex, to: &h); h += " "; SVGNumber.append(ey, to: &h)
                    h += "L"; SVGNumber.append(bx - uy * 4, to: &h); h += " "; SVGNumber.append(by + ux * 4, to: &h)
                    h += "L"; SVGNumber.append(bx + uy * 4, to: &h); h += " "; SVGNumber.append(by - ux * 4, to: &h); h += "Z"
                    out += "<path d=\"\(h)\" fill=\"\(color)\"/>\n"
                }
            }
            // A halo in the background colour keeps the note readable over data: the same text drawn twice,
            // stroked first, then filled (the `paint-order` attribute would do it in one, but is not valid SVG 1.1).
            let position = "x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" dy=\"0.35em\" text-anchor=\"middle\" font-size=\"12\""
            let text = XMLEscaping.escape(a.text)
            out += "<text \(position) fill=\"none\" stroke=\"\(theme.background)\" stroke-width=\"3\" aria-hidden=\"true\">\(text)</text>\n"
            out += "<text \(position) fill=\"\(color)\">\(text)</text>\n"
        }
    }
}
