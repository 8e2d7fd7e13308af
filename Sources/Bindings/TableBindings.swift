import CellLanguage
import Foundation
import NeuralNetworks
import Tensors

/// `show(table:)` and `show(markdown:)`: tables and Markdown as cell output.
///
/// ```swift
/// show(table: [["gatto", "0.42"], ["cane", "0.31"]], header: ["parola", "probabilità"])
/// show(table: ["precisione": 0.93, "richiamo": 0.88])        // a dictionary: one row per key
/// show(table: ["x": xs, "y": ys])                             // a dictionary of columns
/// show(table: weights, digits: 3)                             // a 2-D Tensor, a Dataset
/// show(markdown: "**Risultato:** $R^2 = \(r2)$")
/// ```
enum TableBindings {
    /// The MIME type of a table display event: JSON `{"header": [...], "rows": [[...]]}` of formatted cells.
    static let tableMIMEType = "application/vnd.nbrun.table+json"
    /// The MIME type of a Markdown display event.
    static let markdownMIMEType = "text/markdown"

    /// The wire form of a table, decoded by the runner into `OutputTable`.
    private struct Wire: Encodable {
        var header: [String]
        var rows: [[String]]
    }

    static func install(_ bind: ModuleBinder) {
        bind.outputAction("show", Param<String>("markdown"), doc: "Markdown shown like the notebook's prose.") { call, text in
            call.display(mimeType: markdownMIMEType, content: text, summary: text)
        }
        registerCells(bind, String.self)
        registerCells(bind, Double.self)
        registerCells(bind, Int.self)
        register(bind, Tensor.self, doc: "A 1-D or 2-D tensor as a table.") { tensor, digits in
            guard tensor.rank <= 2 else {
                throw NativeError("show(table:): a tensor of shape \(tensor.shapeDescription) is not a table; use a 1-D or 2-D tensor")
            }
            let width = tensor.rank == 2 ? tensor.shape[1] : max(tensor.count, 1)
            let cells = tensor.scalars.map { number($0, digits) }
            let rows = width == 0 ? [] : stride(from: 0, to: cells.count, by: width).map { Array(cells[$0..<min($0 + width, cells.count)]) }
            return (nil, rows)
        }
        register(bind, Dataset.self, doc: "A data set as a table: x1, x2, …, label.") { dataset, digits in
            let features = dataset.features
            let width = features.shape.last ?? 0
            let header = (0..<width).map { "x\($0 + 1)" } + ["label"]
            let rows = dataset.labels.enumerated().map { row, label in
                (0..<width).map { number(features.scalars[row * width + $0], digits) } + [String(label)]
            }
            return (header, rows)
        }
    }

    /// `show(table:)` for rows of `E`, a dictionary of `E` (a row per key) and a dictionary of `[E]` (columns).
    private static func registerCells<E: TableCell>(_ bind: ModuleBinder, _ element: E.Type) {
        register(bind, [[E]].self, doc: "Rows of cells as a table.") { rows, digits in
            (nil, rows.map { $0.map { $0.tableText(digits) } })
        }
        register(bind, OrderedPairs<E>.self, doc: "A dictionary as a table: a row per key.") { pairs, digits in
            (nil, pairs.entries.map { [$0.key, $0.value.tableText(digits)] })
        }
        register(bind, OrderedPairs<[E]>.self, doc: "A dictionary of columns as a table: a column per key.") { pairs, digits in
            let columns = pairs.entries.map { $0.value.map { $0.tableText(digits) } }
            let height = columns.map(\.count).max() ?? 0
            let rows = (0..<height).map { row in columns.map { row < $0.count ? $0[row] : "" } }
            return (pairs.entries.map(\.key), rows)
        }
    }

    /// Registers `show(table: T, header:, digits:, maxRows:)`; `rows` turns the value into an optional header and rows.
    private static func register<T: CellConvertible>(_ bind: ModuleBinder, _ type: T.Type, doc: String,
                                                     rows: @escaping (T, Int) throws -> ([String]?, [[String]])) {
        bind.outputAction("show", Param<T>("table"), Param("header", default: [String]()), Param("digits", default: -1),
                          Param("maxRows", default: 100), doc: doc) { call, value, given, digits, maxRows in
            guard digits >= -1, digits <= 17 else { throw NativeError("show(table:): digits must be in 0...17, not \(digits)") }
            guard maxRows > 0 else { throw NativeError("show(table:): maxRows must be positive, not \(maxRows)") }
            let (ownHeader, allRows) = try rows(value, digits)
            let header = given.isEmpty ? (ownHeader ?? []) : given
            let shown = Array(allRows.prefix(maxRows))
            let data = try JSONEncoder().encode(Wire(header: header, rows: shown))
            let summary = "table, \(allRows.count) rows × \(max(header.count, shown.first?.count ?? 0)) columns"
            call.display(mimeType: tableMIMEType, content: String(decoding: data, as: UTF8.self), summary: summary)
            if allRows.count > shown.count {
                try call.write("(\(shown.count) of \(allRows.count) rows shown; show(table: …, maxRows: \(allRows.count)) shows all)\n")
            }
        }
    }

    /// A number as `print` writes it, or with `digits` decimals.
    static func number(_ value: Double, _ digits: Int) -> String {
        digits < 0 || !value.isFinite ? "\(value)" : String(format: "%.\(digits)f", value)
    }
}

/// A value a table cell can show: text as it is, numbers as `print` writes them (or with `digits` decimals).
protocol TableCell: CellConvertible {
    /// The cell's text.
    func tableText(_ digits: Int) -> String
}

extension String: TableCell {
    /// The text itself.
    func tableText(_ digits: Int) -> String { self }
}

extension Int: TableCell {
    /// The number in decimal.
    func tableText(_ digits: Int) -> String { String(self) }
}

extension Double: TableCell {
    /// The number as `print` writes it, or with `digits` decimals.
    func tableText(_ digits: Int) -> String { TableBindings.number(self, digits) }
}
