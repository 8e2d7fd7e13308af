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

    private static var options: [NativeParameter] { [NativeParameter("header", .array(.string), default: .array([])),
                                  NativeParameter("digits", .int, default: .int(-1)),
                                  NativeParameter("maxRows", .int, default: .int(100))] }

    static func install(in interpreter: Interpreter) {
        interpreter.register(NativeFunction("show", parameters: [NativeParameter("markdown", .string)]) { call in
            let text = try call.string(0)
            call.display(mimeType: markdownMIMEType, content: text, summary: text)
            return .void
        })
        let rowTypes: [CType] = [.array(.array(.string)), .array(.array(.double)), .array(.array(.int))]
        for type in rowTypes {
            register(type, in: interpreter) { value, digits in (nil, try array(value).map { try array($0).map { try cell($0, digits) } }) }
        }
        for type in [CType.string, .double, .int] {
            register(.dictionary(.string, type), in: interpreter) { value, digits in
                let dictionary = try self.dictionary(value)
                return (nil, try zip(dictionary.keys, dictionary.values).map { [try $0.asString(), try cell($1, digits)] })
            }
            register(.dictionary(.string, .array(type)), in: interpreter) { value, digits in
                let dictionary = try self.dictionary(value)
                let columns = try dictionary.values.map { try array($0).map { try cell($0, digits) } }
                let height = columns.map(\.count).max() ?? 0
                let rows = (0..<height).map { row in columns.map { row < $0.count ? $0[row] : "" } }
                return (try dictionary.keys.map { try $0.asString() }, rows)
            }
        }
        register(.native("Tensor"), in: interpreter) { value, digits in
            let tensor = try value.asObject(Tensor.self)
            guard tensor.rank <= 2 else { throw NativeError("show(table:): a tensor of shape \(tensor.shapeDescription) is not a table; use a 1-D or 2-D tensor") }
            let width = tensor.rank == 2 ? tensor.shape[1] : max(tensor.count, 1)
            let cells = tensor.scalars.map { number($0, digits) }
            let rows = width == 0 ? [] : stride(from: 0, to: cells.count, by: width).map { Array(cells[$0..<min($0 + width, cells.count)]) }
            return (nil, rows)
        }
        register(.native("Dataset"), in: interpreter) { value, digits in
            guard case .native(let object) = value, let box = object as? NeuralNetworkBindings.DatasetBox else {
                throw NativeError("internal error: not a Dataset")
            }
            let features = box.dataset.features
            let width = features.shape.last ?? 0
            let header = (0..<width).map { "x\($0 + 1)" } + ["label"]
            let rows = box.dataset.labels.enumerated().map { row, label in
                (0..<width).map { number(features.scalars[row * width + $0], digits) } + [String(label)]
            }
            return (header, rows)
        }
    }

    /// Registers `show(table: T, header:, digits:, maxRows:)`; `rows` turns the value into an optional header and rows.
    private static func register(_ type: CType, in interpreter: Interpreter,
                                 rows: @escaping (Value, Int) throws -> ([String]?, [[String]])) {
        interpreter.register(NativeFunction("show", parameters: [NativeParameter("table", type)] + options) { call in
            let digits = try call.int(2)
            guard digits >= -1, digits <= 17 else { throw NativeError("show(table:): digits must be in 0...17, not \(digits)") }
            let maxRows = try call.int(3)
            guard maxRows > 0 else { throw NativeError("show(table:): maxRows must be positive, not \(maxRows)") }
            let (ownHeader, allRows) = try rows(try call.argument(0), digits)
            let given = try call.strings(1)
            let header = given.isEmpty ? (ownHeader ?? []) : given
            let shown = Array(allRows.prefix(maxRows))
            let data = try JSONEncoder().encode(Wire(header: header, rows: shown))
            let summary = "table, \(allRows.count) rows × \(max(header.count, shown.first?.count ?? 0)) columns"
            call.display(mimeType: tableMIMEType, content: String(decoding: data, as: UTF8.self), summary: summary)
            if allRows.count > shown.count {
                try call.write("(\(shown.count) of \(allRows.count) rows shown; show(table: …, maxRows: \(allRows.count)) shows all)\n")
            }
            return .void
        })
    }

    private static func array(_ value: Value) throws -> [Value] {
        guard case .array(let elements) = value else { throw NativeError("show(table:): expected an array") }
        return elements
    }

    private static func dictionary(_ value: Value) throws -> OrderedDictionary {
        guard case .dictionary(let entries) = value else { throw NativeError("show(table:): expected a dictionary") }
        return entries
    }

    /// One table cell: text as it is, numbers as `print` writes them (or with `digits` decimals).
    private static func cell(_ value: Value, _ digits: Int) throws -> String {
        switch value {
        case .string(let text): return text
        case .int(let int): return String(int)
        case .double(let double): return number(double, digits)
        case .bool(let bool): return String(bool)
        default: throw NativeError("show(table:): cells must be text or numbers")
        }
    }

    private static func number(_ value: Double, _ digits: Int) -> String {
        digits < 0 || !value.isFinite ? "\(value)" : String(format: "%.\(digits)f", value)
    }
}
