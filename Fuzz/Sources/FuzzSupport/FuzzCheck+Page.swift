/// Checks on rendered pages.
extension FuzzCheck {
    /// Fails when the page holds a raw control character (other than newline, tab, carriage return) or a
    /// `javascript:` link or image source.
    public static func pageIsClean(_ html: String) {
        for scalar in html.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            if scalar != "\n" && scalar != "\t" && scalar != "\r" {
                fail("raw control character U+\(String(scalar.value, radix: 16)) in the page")
            }
        }
        if html.lowercased().contains("href=\"javascript") || html.lowercased().contains("src=\"javascript") {
            fail("unescaped markup in the page")
        }
    }
}
