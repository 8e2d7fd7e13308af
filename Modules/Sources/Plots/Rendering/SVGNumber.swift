/// Formats coordinates for SVG: rounded to 0.01 px, no trailing zeros, no exponent.
enum SVGNumber {
    /// `v` rounded to two decimals, e.g. `12.5`, `-3`, `0.07`; non-finite values become `0`.
    static func format(_ v: Double) -> String {
        var s = ""
        append(v, to: &s)
        return s
    }

    /// Appends the formatted `v` to `out` (the hot path of large paths).
    static func append(_ v: Double, to out: inout String) {
        guard v.isFinite, abs(v) < 1e12 else {
            out += "0"
            return
        }
        var hundredths = Int((v * 100).rounded())
        if hundredths < 0 {
            out += "-"
            hundredths = -hundredths
        }
        out += String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 {
            out += "."
            if fraction % 10 == 0 {
                out += String(fraction / 10)
            } else {
                if fraction < 10 { out += "0" }
                out += String(fraction)
            }
        }
    }
}
