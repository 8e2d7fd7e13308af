/// Estimates text widths without font access, from Helvetica/Arial advance widths.
public enum TextMetrics {
    /// Advance widths of ASCII 32...126 in thousandths of an em (Helvetica AFM).
    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ... /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 ... ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ ... O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P ... _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` ... o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p ... ~
    ]

    /// The estimated width in pixels of `text` at `fontSize` pixels (bold text is about 6% wider).
    public static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var units = 0
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            if v >= 32 && v <= 126 {
                units += asciiWidths[v - 32]
            } else if v < 32 || (0x300...0x36F).contains(v) {
                continue // control characters and combining marks take no space
            } else if v >= 0x1100 && (v <= 0x115F || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                                       || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
                                       || (0x1F300...0x1FAFF).contains(v)) {
                units += 1000 // wide (CJK, emoji)
            } else if v == 0x2212 || v == 0x2013 {
                units += 584 // minus sign, en dash
            } else {
                units += 580 // accented Latin letters and other scripts: an average letter
            }
        }
        return Double(units) / 1000 * fontSize * (bold ? 1.06 : 1)
    }
}
