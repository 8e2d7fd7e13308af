import Foundation

/// A table a cell showed with `show(table:)`: a header and rows of already formatted cells.
public struct OutputTable: Hashable, Sendable, Codable {
    /// The column names; empty when the table has no header row.
    public var header: [String]
    /// The rows, each as many cells as the widest row (shorter rows are padded with empty cells).
    public var rows: [[String]]

    /// Creates a table; rows shorter than the widest one (or the header) are padded with empty cells.
    public init(header: [String], rows: [[String]]) {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        self.header = header.isEmpty ? [] : header + Array(repeating: "", count: width - header.count)
        self.rows = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    }

    /// The number of columns.
    public var columnCount: Int { max(header.count, rows.first?.count ?? 0) }

    /// For each column, whether every non-empty cell is a number (such columns are aligned right).
    public var numericColumns: [Bool] {
        (0..<columnCount).map { column in
            var sawNumber = false
            for row in rows where column < row.count && !row[column].isEmpty {
                guard Self.isNumber(row[column]) else { return false }
                sawNumber = true
            }
            return sawNumber
        }
    }

    /// Whether a cell's text reads as a number: `42`, `-0.5`, `1e-3`, `3.2%`, `nan`, `inf`.
    public static func isNumber(_ text: String) -> Bool {
        var body = text.trimmingWhitespace
        if body.hasSuffix("%") { body.removeLast() }
        if ["nan", "inf", "-inf", "+inf"].contains(body.lowercased()) { return true }
        guard let first = body.first, first.isNumber || first == "-" || first == "+" || first == "." else { return false }
        return Double(body.replacingOccurrences(of: "_", with: "")) != nil
    }

    /// The table as aligned plain text (the `text/plain` form in Jupyter), numbers aligned right.
    public var plainText: String {
        let numeric = numericColumns
        let all = (header.isEmpty ? [] : [header]) + rows
        let widths = (0..<columnCount).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric[column] ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingWhitespace
        }
        var lines: [String] = []
        if !header.isEmpty {
            lines.append(line(header))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text without trailing spaces.
    var trimmingTrailingWhitespace: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
