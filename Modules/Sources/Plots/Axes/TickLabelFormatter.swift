import Foundation

/// Formats tick values compactly: `0.25`, `1.5k`, `2M`, `1e-4`.
public enum TickLabelFormatter {
    /// Labels for evenly spaced ticks `step` apart, with the same precision on every label.
    public static func labels(for ticks: [Double], step: Double) -> [String] {
        guard step > 0, step.isFinite else { return ticks.map { compact($0) } }
        let maxAbs = ticks.map { abs($0) }.max() ?? 0
        if maxAbs >= 1e15 || (step < 1e-3 && maxAbs < 1e-2) || step < 1e-5 * maxAbs {
            return ticks.map { scientific($0, significant: significantDigits(value: $0, step: step)) }
        }
        return ticks.map { value in
            if abs(value) < step * 1e-9 { return "0" }
            let (unit, suffix) = suffixFor(abs(value))
            return fixed(value / unit, decimals: decimals(for: step / unit), trim: !suffix.isEmpty) + suffix
        }
    }

    /// A short label for one value (3 significant digits), as used on log axes and in cells.
    public static func compact(_ value: Double, significant: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value == 0 { return "0" }
        let a = abs(value)
        if a >= 1e15 || a < 1e-3 { return scientific(value, significant: significant) }
        let (unit, suffix) = suffixFor(a)
        let scaled = value / unit
        let magnitude = Int(floor(log10(abs(scaled)) + 1e-9))
        let d = max(0, significant - 1 - magnitude)
        return fixed(scaled, decimals: d, trim: true) + suffix
    }

    /// `mantissa e exponent` with trailing zeros removed: `1e-4`, `2.5e-4`, `1.2e16`.
    static func scientific(_ value: Double, significant: Int) -> String {
        if value == 0 { return "0" }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = value / pow(10, Double(exponent))
        let digits = max(0, significant - 1)
        var text = fixed(mantissa, decimals: digits, trim: true)
        if text.hasPrefix("10") || text.hasPrefix("-10") {
            exponent += 1
            mantissa /= 10
            text = fixed(mantissa, decimals: digits, trim: true)
        }
        return text + "e" + String(exponent)
    }

    /// Decimal places needed to show multiples of `step` exactly (steps are 1, 2 or 5 times a power of ten).
    static func decimals(for step: Double) -> Int {
        max(0, Int(-floor(log10(step) + 1e-9)))
    }

    /// `value` with `decimals` places, trailing zeros kept (so labels align), `-0` shown as `0`.
    static func fixed(_ value: Double, decimals: Int, trim: Bool = false) -> String {
        var text = cFixed(value, decimals: min(max(decimals, 0), 12))
        if trim && text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return text
    }

    /// `String(format: "%.Nf", value)` through the C library directly (Foundation's formatter was a fifth of the
    /// time spent drawing a chart).
    private static func cFixed(_ value: Double, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            let written = withVaList([decimals, value]) { vsnprintf(buffer.baseAddress, 400, "%.*f", $0) }
            guard written >= 0, written < 400 else { return String(format: "%.\(decimals)f", value) }
            return String(cString: buffer.baseAddress!)
        }
    }

    private static func significantDigits(value: Double, step: Double) -> Int {
        guard value != 0 else { return 1 }
        let magnitude = floor(log10(abs(value)))
        let stepMagnitude = floor(log10(step) + 1e-9)
        return max(1, min(6, Int(magnitude - stepMagnitude) + 1))
    }

    private static func suffixFor(_ magnitude: Double) -> (Double, String) {
        if magnitude >= 1e12 { return (1e12, "T") }
        if magnitude >= 1e9 { return (1e9, "G") }
        if magnitude >= 1e6 { return (1e6, "M") }
        if magnitude >= 1e3 { return (1e3, "k") }
        return (1, "")
    }
}
