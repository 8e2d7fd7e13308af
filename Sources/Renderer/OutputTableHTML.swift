import NotebookFormat

/// Draws a table a cell showed (`show(table:)`): a header row when there is one, numeric columns aligned right.
public enum OutputTableHTML {
    /// The table as an HTML fragment for a Jupyter notebook's `text/html`: alignments as inline styles (as pandas
    /// writes them), since the page's style sheet is not there and Jupyter aligns every cell right by default.
    public static func jupyterHTML(_ table: OutputTable) -> String {
        var writer = HTMLWriter()
        write(table, into: &writer, inlineStyles: true)
        return writer.html
    }

    /// Writes the table into `writer`; `inlineStyles` aligns every column with a `style` attribute instead of a class.
    static func write(_ table: OutputTable, into writer: inout HTMLWriter, inlineStyles: Bool = false) {
        let numeric = table.numericColumns
        func alignment(_ column: Int) -> String? {
            let right = column < numeric.count && numeric[column]
            return inlineStyles ? nil : right ? "align-right" : nil
        }
        func style(_ column: Int) -> String? {
            inlineStyles ? (column < numeric.count && numeric[column] ? "text-align: right" : "text-align: left") : nil
        }
        writer.raw("<div class=\"table output-table\"><table>\n")
        if !table.header.isEmpty {
            writer.raw("<thead><tr>")
            for (column, name) in table.header.enumerated() {
                writer.open("th", ["scope": "col", "class": alignment(column), "style": style(column)])
                writer.text(name)
                writer.close("th")
            }
            writer.raw("</tr></thead>\n")
        }
        writer.raw("<tbody>\n")
        for row in table.rows {
            writer.raw("<tr>")
            for (column, cell) in row.enumerated() {
                writer.open("td", ["class": alignment(column), "style": style(column)])
                writer.text(cell)
                writer.close("td")
            }
            writer.raw("</tr>\n")
        }
        writer.raw("</tbody>\n</table></div>\n")
    }
}
