import NotebookFormat

/// Draws a table a cell showed (`show(table:)`): a header row when there is one, numeric columns aligned right.
public enum OutputTableHTML {
    /// The table as an HTML fragment (also the `text/html` form in a Jupyter notebook).
    public static func html(_ table: OutputTable) -> String {
        var writer = HTMLWriter()
        write(table, into: &writer)
        return writer.html
    }

    /// Writes the table into `writer`.
    static func write(_ table: OutputTable, into writer: inout HTMLWriter) {
        let numeric = table.numericColumns
        func alignment(_ column: Int) -> String? { column < numeric.count && numeric[column] ? "align-right" : nil }
        writer.raw("<div class=\"table output-table\"><table>\n")
        if !table.header.isEmpty {
            writer.raw("<thead><tr>")
            for (column, name) in table.header.enumerated() {
                writer.open("th", ["scope": "col", "class": alignment(column)])
                writer.text(name)
                writer.close("th")
            }
            writer.raw("</tr></thead>\n")
        }
        writer.raw("<tbody>\n")
        for row in table.rows {
            writer.raw("<tr>")
            for (column, cell) in row.enumerated() {
                writer.open("td", ["class": alignment(column)])
                writer.text(cell)
                writer.close("td")
            }
            writer.raw("</tr>\n")
        }
        writer.raw("</tbody>\n</table></div>\n")
    }
}
