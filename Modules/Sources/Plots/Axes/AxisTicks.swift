/// The ticks chosen for an axis: positions in working space and their labels.
struct AxisTicks {
    /// Tick positions in working space.
    var positions: [Double] = []
    /// One label per position.
    var labels: [String] = []
    /// Whether x labels are drawn rotated by 45°.
    var rotated = false

    /// Tick label font size in pixels.
    static let fontSize = 11.0
    /// Headroom for fonts wider than Helvetica (DejaVu Sans, the usual Linux fallback, is about 10% wider).
    static let fontSafety = 1.12

    /// The widest label in pixels.
    var maxLabelWidth: Double {
        labels.map { TextMetrics.width($0, fontSize: AxisTicks.fontSize) }.max() ?? 0
    }

    /// Space the labels take across the axis: height under an x axis, width beside a y axis.
    func extent(horizontal: Bool) -> Double {
        if !horizontal { return maxLabelWidth * AxisTicks.fontSafety }
        return rotated ? maxLabelWidth * AxisTicks.fontSafety * 0.7071 + AxisTicks.fontSize * 0.7071 + 2 : AxisTicks.fontSize
    }

    /// Ticks for `axis` of pixel length `length` that leave room between labels.
    static func make(for axis: AxisModel, length: Double, horizontal: Bool) -> AxisTicks {
        if let categories = axis.categories { return categorical(categories, axis: axis, length: length, horizontal: horizontal) }
        if axis.scale == .log, let ticks = logarithmic(axis: axis, length: length, horizontal: horizontal) { return ticks }
        return linear(axis: axis, length: length, horizontal: horizontal)
    }

    private static func fits(_ positions: [Double], _ labels: [String], axis: AxisModel, length: Double,
                             horizontal: Bool) -> Bool {
        guard positions.count > 1 else { return true }
        let span = axis.hi - axis.lo
        guard span > 0 else { return true }
        let scale = length / span
        for i in 1..<positions.count {
            let distance = abs(positions[i] - positions[i - 1]) * scale
            let needed = horizontal
                ? (TextMetrics.width(labels[i], fontSize: fontSize) + TextMetrics.width(labels[i - 1], fontSize: fontSize)) / 2 + 8
                : fontSize * 1.5
            if distance < needed { return false }
        }
        return true
    }

    private static func linear(axis: AxisModel, length: Double, horizontal: Bool) -> AxisTicks {
        let lo = axis.scale == .log ? axis.scale.inverse(axis.lo) : axis.lo
        let hi = axis.scale == .log ? axis.scale.inverse(axis.hi) : axis.hi
        let target = max(2, Int(length / (horizontal ? 90 : 48)))
        var (values, step) = TickGenerator.linear(lo: lo, hi: hi, targetCount: target)
        for _ in 0..<40 {
            let labels = TickLabelFormatter.labels(for: values, step: step)
            let positions = values.compactMap { axis.transform($0) }
            if positions.count == values.count && fits(positions, labels, axis: axis, length: length, horizontal: horizontal) {
                return AxisTicks(positions: positions, labels: labels)
            }
            step = TickGenerator.coarser(than: step)
            values = TickGenerator.linear(lo: lo, hi: hi, step: step).ticks
            if values.count <= 1 { break }
        }
        let labels = TickLabelFormatter.labels(for: values, step: step)
        let pairs = zip(values, labels).compactMap { v, l in axis.transform(v).map { ($0, l) } }
        return AxisTicks(positions: pairs.map(\.0), labels: pairs.map(\.1))
    }

    private static func logarithmic(axis: AxisModel, length: Double, horizontal: Bool) -> AxisTicks? {
        let lo = axis.scale.inverse(axis.lo)
        let hi = axis.scale.inverse(axis.hi)
        let target = max(2, Int(length / (horizontal ? 70 : 40)))
        var decadeStep = 1
        while decadeStep < 1000 {
            let values = TickGenerator.log(lo: lo, hi: hi, targetCount: target, decadeStep: decadeStep)
            if values.count < 2 { return nil }
            let labels = values.map { TickLabelFormatter.compact($0) }
            let positions = values.compactMap { axis.transform($0) }
            if fits(positions, labels, axis: axis, length: length, horizontal: horizontal) {
                return AxisTicks(positions: positions, labels: labels)
            }
            decadeStep = Int(TickGenerator.coarser(than: Double(decadeStep)))
        }
        return nil
    }

    private static func categorical(_ categories: [String], axis: AxisModel, length: Double,
                                    horizontal: Bool) -> AxisTicks {
        guard !categories.isEmpty else { return AxisTicks() }
        let labels = categories.map { $0.count > 24 ? String($0.prefix(23)) + "…" : $0 }
        let slot = length / max(1, axis.hi - axis.lo)
        let widest = labels.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        func stride(needed: Double) -> Int {
            var k = 1
            while k < categories.count && slot * Double(k) < needed { k = Int(TickGenerator.coarser(than: Double(k))) }
            return k
        }
        let uprightStride = stride(needed: horizontal ? widest + 6 : fontSize * 1.4)
        // Names are rotated rather than thinned; plain indices (a heat map without labels) are thinned.
        let numeric = categories.allSatisfy { Int($0) != nil }
        let rotated = horizontal && uprightStride > 1 && !numeric
        let stride = rotated ? stride(needed: fontSize * 1.4) : uprightStride
        var ticks = AxisTicks(rotated: rotated)
        for i in Swift.stride(from: 0, to: categories.count, by: stride) {
            ticks.positions.append(Double(i))
            ticks.labels.append(labels[i])
        }
        return ticks
    }
}
