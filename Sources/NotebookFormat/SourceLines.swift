/// A notebook's text split into lines, for mapping cmark's byte columns to character columns.
struct SourceLines {
    let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of 1-based line `number`, or an empty string past the end.
    func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The 1-based character column of the 1-based UTF-8 byte column `byteColumn` on `line`.
    func characterColumn(line number: Int, byteColumn: Int) -> Int {
        let text = line(number)
        let utf8 = text.utf8
        let offset = min(max(byteColumn - 1, 0), utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        return text[..<index].count + 1
    }
}
