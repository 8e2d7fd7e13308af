import Foundation

/// Lays out one figure and writes its SVG elements; collects warnings about data it had to skip.
struct FigureRenderer {
    let figure: Figure
    /// Prefix of every element id this figure writes.
    let idToken: String
    /// Problems met while rendering, in order.
    var warnings: [String] = []

    var xAxis = AxisModel(scale: .linear, categories: nil, inverted: false)
    var yAxis = AxisModel(scale: .linear, categories: nil, inverted: false)
    var xTicks = AxisTicks()
    var yTicks = AxisTicks()
    /// Plot area in figure pixels.
    var plotLeft = 0.0, plotTop = 0.0, plotRight = 0.0, plotBottom = 0.0
    /// Series colour per series index (palette colour when none was given).
    var colors: [Color] = []
    /// Histogram bins per series index: edges (count + 1) and heights.
    var histograms: [Int: (edges: [Double], heights: [Double])] = [:]
    /// The series that owns the colour bar, if any.
    var colorBar: ColorBarModel?

    static let titleFontSize = 16.0
    static let labelFontSize = 13.0
    static let legendFontSize = 12.0
    static let legendRowHeight = 18.0

    init(figure: Figure, idToken: String) {
        self.figure = figure
        self.idToken = idToken
    }

    /// The figure size actually used: at least 160×120 and at most 4000×4000 pixels.
    static func clampedSize(width: Double, height: Double) -> (width: Double, height: Double) {
        func clamp(_ v: Double, _ lo: Double, _ fallback: Double) -> Double {
            v.isFinite ? min(4000, max(lo, v)) : fallback
        }
        return (clamp(width, 160, 640), clamp(height, 120, 420))
    }

    var theme: Theme { figure.theme }

    /// A name for the series at `index` in warnings: kind, label and position.
    func seriesName(_ index: Int) -> String {
        let s = figure.series[index]
        return "\(s.kindName) series \(index + 1)" + (s.label.map { " '\($0)'" } ?? "")
    }

    mutating func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    // MARK: - Rendering

    /// Writes the figure's elements (background, grid, series, axes, legend, title, colour bar) to `out`.
    mutating func render(into out: inout String) {
        let size = FigureRenderer.clampedSize(width: figure.width, height: figure.height)
        if size.width != figure.width || size.height != figure.height {
            warn("figure size \(SVGNumber.format(figure.width))×\(SVGNumber.format(figure.height)) adjusted to "
                 + "\(SVGNumber.format(size.width))×\(SVGNumber.format(size.height))")
        }
        prepare()
        resolveLimits()
        layout(width: size.width, height: size.height)
        if makeRoomForLegend() { layout(width: size.width, height: size.height) }

        out += "<rect width=\"\(SVGNumber.format(size.width))\" height=\"\(SVGNumber.format(size.height))\" fill=\"\(theme.background)\"/>\n"
        let hasImage = figure.series.contains { if case .heatmap = $0 { return true } else { return false } }
        if figure.grid && !hasImage { writeGrid(into: &out) }

        let clipId = idToken + "-clip"
        out += "<clipPath id=\"\(clipId)\"><rect x=\"\(SVGNumber.format(plotLeft))\" y=\"\(SVGNumber.format(plotTop))\""
        out += " width=\"\(SVGNumber.format(plotRight - plotLeft))\" height=\"\(SVGNumber.format(plotBottom - plotTop))\"/></clipPath>\n"
        out += "<g clip-path=\"url(#\(clipId))\">\n"
        // Area-filling layers first, then bars, then lines, then markers on top.
        let order: [(Series) -> Bool] = [
            { if case .heatmap = $0 { return true }; if case .contour = $0 { return true }
              if case .decisionRegions = $0 { return true }; return false },
            { if case .bar = $0 { return true }; if case .histogram = $0 { return true }; return false },
            { if case .line = $0 { return true }; return false },
            { if case .scatter = $0 { return true }; return false },
        ]
        for belongs in order {
            for (i, s) in figure.series.enumerated() where belongs(s) {
                writeSeries(i, into: &out)
            }
        }
        out += "</g>\n"
        writeHeatmapValues(into: &out)
        writeAxes(into: &out)
        writeAnnotations(into: &out)
        writeLegend(into: &out)
        writeColorBar(into: &out)
        if figure.series.isEmpty { warn("the figure has no data") }
    }

    mutating func writeSeries(_ index: Int, into out: inout String) {
        switch figure.series[index] {
        case .scatter(let s): writeScatter(s, index: index, into: &out)
        case .line(let s): writeLine(s, index: index, into: &out)
        case .bar(let s): writeBars(s, index: index, into: &out)
        case .histogram: writeHistogram(index: index, into: &out)
        case .heatmap(let s): writeHeatmap(s, index: index, into: &out)
        case .contour(let s): writeContour(s, index: index, into: &out)
        case .decisionRegions(let s): writeRegions(s, index: index, into: &out)
        }
    }

    // MARK: - Preparation

    /// Assigns palette colours, bins histograms and picks the categorical axes.
    mutating func prepare() {
        var next = 0
        // Colours the user chose explicitly are skipped by the automatic palette, so series stay distinct.
        let explicit = Set(figure.series.compactMap { s -> String? in
            switch s {
            case .scatter(let v): return v.color?.hex
            case .line(let v): return v.color?.hex
            case .bar(let v): return v.color?.hex
            case .histogram(let v): return v.color?.hex
            default: return nil
            }
        })
        let paletteSize = (theme == .dark ? Palette.dark : Palette.light).count
        colors = figure.series.map { s in
            let given: Color?
            switch s {
            case .scatter(let v): given = v.color
            case .line(let v): given = v.color
            case .bar(let v): given = v.color
            case .histogram(let v): given = v.color
            case .heatmap, .contour, .decisionRegions: return theme.foreground
            }
            if let given { return given }
            var candidate = Palette.color(next, theme: theme)
            var tries = 0
            while explicit.contains(candidate.hex) && tries < paletteSize {
                next += 1
                tries += 1
                candidate = Palette.color(next, theme: theme)
            }
            next += 1
            return candidate
        }
        for (i, s) in figure.series.enumerated() {
            if case .histogram(let h) = s { histograms[i] = binHistogram(h, index: i) }
        }
        xAxis.scale = figure.xScale
        yAxis.scale = figure.yScale
        var vertical: [String] = []
        var horizontal: [String] = []
        for s in figure.series {
            if case .bar(let b) = s {
                for c in b.categories {
                    if b.horizontal { if !horizontal.contains(c) { horizontal.append(c) } }
                    else if !vertical.contains(c) { vertical.append(c) }
                }
            }
        }
        if let heat = figure.series.lazy.compactMap({ s -> HeatmapSeries? in
            if case .heatmap(let h) = s { return h } else { return nil } }).first {
            let rows = heat.matrix.count
            let columns = heat.matrix.map(\.count).max() ?? 0
            xAxis.categories = (0..<columns).map { c in heat.xLabels.flatMap { c < $0.count ? $0[c] : nil } ?? String(c) }
            yAxis.categories = (0..<rows).map { r in heat.yLabels.flatMap { r < $0.count ? $0[r] : nil } ?? String(r) }
            yAxis.inverted = true
        } else {
            if !vertical.isEmpty { xAxis.categories = vertical }
            if !horizontal.isEmpty {
                yAxis.categories = horizontal
                yAxis.inverted = true
            }
        }
        if xAxis.categories != nil && figure.xScale == .log { warn("log scale ignored on the categorical x axis") }
        if yAxis.categories != nil && figure.yScale == .log { warn("log scale ignored on the categorical y axis") }
    }

    /// Counts the finite values of a histogram into equal-width bins.
    mutating func binHistogram(_ h: HistogramSeries, index: Int) -> (edges: [Double], heights: [Double]) {
        let finite = h.values.filter(\.isFinite)
        if finite.count < h.values.count {
            warn("\(seriesName(index)): skipped \(h.values.count - finite.count) NaN or infinite values")
        }
        guard var lo = finite.min(), var hi = finite.max() else {
            warn("\(seriesName(index)): no finite values")
            return ([], [])
        }
        if lo == hi {
            lo -= 0.5
            hi += 0.5
        }
        var bins = h.bins ?? Int((log2(Double(finite.count))).rounded(.up)) + 1
        if bins < 1 || bins > 10_000 {
            warn("\(seriesName(index)): bins must be in 1...10000, used \(min(10_000, max(1, bins)))")
            bins = min(10_000, max(1, bins))
        }
        let width = (hi - lo) / Double(bins)
        guard width.isFinite, width > 0 else {
            warn("\(seriesName(index)): values span too wide a range to bin; series skipped")
            return ([], [])
        }
        var counts = [Double](repeating: 0, count: bins)
        for v in finite {
            let b = min(bins - 1, max(0, Int((v - lo) / width)))
            counts[b] += 1
        }
        if h.density {
            let total = Double(finite.count) * width
            counts = counts.map { $0 / total }
        }
        let edges = (0...bins).map { lo + Double($0) * width }
        return (edges, counts)
    }

    // MARK: - Limits

    /// Data bounds in working space: padded points, sticky extents that padding may not cross.
    struct Bounds {
        var min = Double.infinity
        var max = -Double.infinity
        var stickyMin = Double.infinity
        var stickyMax = -Double.infinity
        var hasImage = false

        mutating func add(_ v: Double?) {
            guard let v, v.isFinite else { return }
            min = Swift.min(min, v)
            max = Swift.max(max, v)
        }

        mutating func addSticky(_ v: Double?) {
            guard let v, v.isFinite else { return }
            add(v)
            stickyMin = Swift.min(stickyMin, v)
            stickyMax = Swift.max(stickyMax, v)
        }

        /// The padded range, or nil without data.
        func range(scale: AxisScale) -> (Double, Double)? {
            guard min <= max else { return nil }
            var lo = min
            var hi = max
            if lo == hi {
                let delta = scale == .log ? 0.5 : (lo == 0 ? 1 : abs(lo) * 0.1)
                return (lo - delta, hi + delta)
            }
            let pad = hasImage && stickyMin <= min && stickyMax >= max ? 0 : (hi - lo) * 0.05
            lo -= pad
            hi += pad
            if stickyMin <= min, stickyMin > lo { lo = stickyMin }
            if stickyMax >= max, stickyMax < hi { hi = stickyMax }
            return (lo, hi)
        }
    }

    mutating func resolveLimits() {
        var bx = Bounds()
        var by = Bounds()
        for (i, s) in figure.series.enumerated() {
            switch s {
            case .scatter(let p):
                addPoints(p.x, p.y, index: i, &bx, &by)
            case .line(let p):
                addPoints(p.x, p.y, index: i, &bx, &by)
            case .bar(let b):
                var valueBounds = Bounds()
                for (c, v) in zip(b.categories, b.values) {
                    let top = b.stacked && v.isFinite ? stackStart(of: i, category: c, value: v) + v : v
                    let t = (b.horizontal ? xAxis : yAxis).transform(top)
                    if v.isFinite && t == nil { warn("\(seriesName(i)): skipped values ≤ 0 on the log axis") }
                    valueBounds.add(t)
                }
                if b.values.contains(where: { !$0.isFinite }) {
                    warn("\(seriesName(i)): skipped NaN or infinite values")
                }
                if (b.horizontal ? xAxis : yAxis).scale == .linear || (b.horizontal ? xAxis : yAxis).categories != nil {
                    valueBounds.addSticky(0)
                }
                if b.horizontal { merge(valueBounds, into: &bx) } else { merge(valueBounds, into: &by) }
            case .histogram:
                guard let h = histograms[i], let first = h.edges.first, let last = h.edges.last else { continue }
                bx.add(xAxis.transform(first))
                bx.add(xAxis.transform(last))
                if yAxis.scale == .linear { by.addSticky(0) }
                for v in h.heights where v > 0 { by.add(yAxis.transform(v)) }
            case .heatmap:
                break
            case .contour(let c):
                if let e = gridExtent(x: c.x, y: c.y, z: c.z, index: i, centred: false) {
                    addImage(e, &bx, &by)
                }
            case .decisionRegions(let r):
                if let e = gridExtent(x: r.x, y: r.y, z: r.classes.map { $0.map(Double.init) }, index: i, centred: true) {
                    addImage(e, &bx, &by)
                }
            }
        }
        var x = xAxis
        var y = yAxis
        resolve(&x, bounds: bx, limits: figure.xLimits, name: "x")
        resolve(&y, bounds: by, limits: figure.yLimits, name: "y")
        xAxis = x
        yAxis = y
    }

    private func merge(_ b: Bounds, into target: inout Bounds) {
        target.min = Swift.min(target.min, b.min)
        target.max = Swift.max(target.max, b.max)
        target.stickyMin = Swift.min(target.stickyMin, b.stickyMin)
        target.stickyMax = Swift.max(target.stickyMax, b.stickyMax)
    }

    private mutating func addImage(_ e: (x0: Double, x1: Double, y0: Double, y1: Double), _ bx: inout Bounds,
                                   _ by: inout Bounds) {
        bx.hasImage = true
        by.hasImage = true
        bx.addSticky(xAxis.transform(e.x0))
        bx.addSticky(xAxis.transform(e.x1))
        by.addSticky(yAxis.transform(e.y0))
        by.addSticky(yAxis.transform(e.y1))
    }

    private mutating func addPoints(_ xs: [Double], _ ys: [Double], index: Int, _ bx: inout Bounds, _ by: inout Bounds) {
        if xs.count != ys.count {
            warn("\(seriesName(index)): x has \(xs.count) values and y has \(ys.count); extra values ignored")
        }
        var skipped = 0
        for i in 0..<min(xs.count, ys.count) {
            guard let tx = xAxis.transform(xs[i]), let ty = yAxis.transform(ys[i]) else {
                skipped += 1
                continue
            }
            bx.add(tx)
            by.add(ty)
        }
        if skipped > 0 {
            let what = xAxis.scale == .log || yAxis.scale == .log ? "NaN, infinite or non-positive (log axis)" : "NaN or infinite"
            warn("\(seriesName(index)): skipped \(skipped) point\(skipped == 1 ? "" : "s") with \(what) values")
        }
    }

    /// The extent of a grid series (cell centres widen by half a cell), or nil with a warning if malformed.
    mutating func gridExtent(x: [Double], y: [Double], z: [[Double]], index: Int,
                             centred: Bool) -> (x0: Double, x1: Double, y0: Double, y1: Double)? {
        guard validGrid(x: x, y: y, rows: z.map(\.count), index: index, minimum: centred ? 1 : 2) else { return nil }
        if !centred { return (x[0], x[x.count - 1], y[0], y[y.count - 1]) }
        let ex = FigureRenderer.cellEdges(x)
        let ey = FigureRenderer.cellEdges(y)
        return (ex[0], ex[ex.count - 1], ey[0], ey[ey.count - 1])
    }

    /// Checks that a grid has increasing finite coordinates and one row of the right length per y.
    mutating func validGrid(x: [Double], y: [Double], rows: [Int], index: Int, minimum: Int) -> Bool {
        func increasing(_ v: [Double]) -> Bool {
            v.allSatisfy(\.isFinite) && zip(v, v.dropFirst()).allSatisfy { $0 < $1 }
        }
        if x.count < minimum || y.count < minimum {
            warn("\(seriesName(index)): the grid needs at least \(minimum) x and \(minimum) y values; series skipped")
            return false
        }
        if !increasing(x) || !increasing(y) {
            warn("\(seriesName(index)): grid coordinates must be finite and increasing; series skipped")
            return false
        }
        if rows.count != y.count || rows.contains(where: { $0 != x.count }) {
            warn("\(seriesName(index)): the grid must have \(y.count) rows of \(x.count) values; series skipped")
            return false
        }
        return true
    }

    /// Cell boundaries around increasing centres: midpoints, with half a cell beyond each end.
    static func cellEdges(_ centres: [Double]) -> [Double] {
        guard centres.count > 1 else { return centres.isEmpty ? [] : [centres[0] - 0.5, centres[0] + 0.5] }
        var edges = [centres[0] - (centres[1] - centres[0]) / 2]
        for i in 0..<(centres.count - 1) { edges.append((centres[i] + centres[i + 1]) / 2) }
        edges.append(centres[centres.count - 1] + (centres[centres.count - 1] - centres[centres.count - 2]) / 2)
        return edges
    }

    private mutating func resolve(_ axis: inout AxisModel, bounds: Bounds, limits: ClosedRange<Double>?, name: String) {
        if let categories = axis.categories {
            axis.scale = .linear
            axis.lo = -0.5
            axis.hi = Double(max(1, categories.count)) - 0.5
            if limits != nil { warn("\(name) limits ignored on a categorical axis") }
            return
        }
        var auto = bounds.range(scale: axis.scale) ?? (0, 1)
        if !auto.0.isFinite || !auto.1.isFinite { auto = (0, 1) }
        axis.lo = auto.0
        axis.hi = auto.1
        guard let limits else { return }
        guard let lo = axis.scale.transform(limits.lowerBound), let hi = axis.scale.transform(limits.upperBound) else {
            warn("\(name) limits \(limits.lowerBound)...\(limits.upperBound) cannot be shown on a \(axis.scale.rawValue) axis; ignored")
            return
        }
        if lo == hi {
            warn("\(name) limits are a single value; widened")
            let delta = axis.scale == .log ? 0.5 : (lo == 0 ? 1 : abs(lo) * 0.1)
            axis.lo = lo - delta
            axis.hi = hi + delta
        } else {
            axis.lo = lo
            axis.hi = hi
        }
    }
}
