import Foundation

/// Chooses tick positions on nice values: steps of 1, 2 or 5 times a power of ten, decades on log axes.
public enum TickGenerator {
    /// Ticks inside `lo...hi` with the smallest nice step giving at most about `targetCount` intervals.
    public static func linear(lo: Double, hi: Double, targetCount: Int) -> (ticks: [Double], step: Double) {
        let span = hi - lo
        guard span > 0, span.isFinite else { return ([lo], 1) }
        let raw = span / Double(max(1, targetCount))
        return linear(lo: lo, hi: hi, step: niceStep(atLeast: raw))
    }

    /// Ticks at the multiples of `step` inside `lo...hi`.
    public static func linear(lo: Double, hi: Double, step: Double) -> (ticks: [Double], step: Double) {
        let tolerance = step * 1e-9
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        guard first <= last, last - first < 10_000 else { return ([], step) }
        var ticks: [Double] = []
        var k = first
        while k <= last {
            var value = k * step
            if abs(value) < tolerance { value = 0 }
            ticks.append(value)
            k += 1
        }
        return (ticks, step)
    }

    /// The smallest step of the form {1, 2, 5} × 10ⁿ that is at least `raw`.
    public static func niceStep(atLeast raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        for m in [1.0, 2, 5, 10] where m * magnitude >= raw * (1 - 1e-9) {
            return m * magnitude
        }
        return 10 * magnitude
    }

    /// The next coarser nice step after `step`.
    public static func coarser(than step: Double) -> Double {
        niceStep(atLeast: step * 1.000001)
    }

    /// Log-axis ticks in `lo...hi` (data values, both positive): decades, every `decadeStep`-th decade when the
    /// range is wide, with 2× and 5× ticks added when it spans less than about two decades.
    public static func log(lo: Double, hi: Double, targetCount: Int, decadeStep: Int = 1) -> [Double] {
        guard lo > 0, hi > lo else { return lo > 0 ? [lo] : [] }
        let e0 = Int(floor(log10(lo) - 1e-9))
        let e1 = Int(ceil(log10(hi) + 1e-9))
        let decades = e1 - e0
        var ticks: [Double] = []
        let multipliers: [Double] = decades <= 2 && decadeStep == 1 ? [1, 2, 5] : [1]
        let stride = max(1, decadeStep)
        for e in e0...e1 where e % stride == 0 || stride == 1 {
            for m in multipliers {
                let v = m * pow(10, Double(e))
                if v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) { ticks.append(v) }
            }
        }
        return ticks
    }
}
