import Diagnostics
import NotebookFormat
import Renderer
import Runner

/// Writes a notebook, and what its cells produced, as a Jupyter notebook (nbformat 4.5): prose as Markdown cells,
/// Swift cells as code cells with their outputs, options as cell metadata, front matter as notebook metadata.
enum IpynbExporter {
    /// The notebook as nbformat JSON; `run` is `nil` when the cells were not executed.
    static func notebook(_ notebook: Notebook, run: NotebookRun?, parameters: [String: JSONValue]) -> (JSONValue, [Diagnostic]) {
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        let lines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false)
        var cells: [JSONValue] = []
        var warnings: [Diagnostic] = []
        var ids = CellIDs()
        var next = (notebook.frontMatter.range?.end.line ?? 0) + 1
        var executionCount = 0
        func prose(upTo end: Int) {
            guard end >= next else { return }
            let text = lines[(next - 1)..<min(end, lines.count)].joined(separator: "\n").trimmingBlankLines
            guard !text.isEmpty else { return }
            cells.append(.object(["cell_type": .string("markdown"), "id": .string(ids.next(nil, fallback: "md")),
                                  "metadata": .object([]), "source": JSONValue.lines(text)]))
        }
        for block in notebook.blocks {
            guard case .cell(let cell) = block else { continue }
            prose(upTo: cell.range.start.line - 1)
            next = cell.range.end.line + 1
            let result = run.flatMap { cell.index < $0.results.count ? $0.results[cell.index] : nil }
            var count: JSONValue = .null
            if let result, result.status != .notRun {
                executionCount += 1
                count = .int(executionCount)
            }
            var source = cell.code
            while source.hasSuffix("\n") { source.removeLast() }
            cells.append(.object([
                "cell_type": .string("code"),
                "execution_count": count,
                "id": .string(ids.next(cell.options.label, fallback: "cell")),
                "metadata": metadata(cell.options),
                "outputs": result.map { outputs($0, formatter: formatter) } ?? .array([]),
                "source": JSONValue.lines(source),
            ]))
        }
        prose(upTo: lines.count)
        for cell in notebook.cells where !notebook.blocks.contains(.cell(cell)) {
            warnings.append(.warning("this cell is inside a list, quote or callout: in the .ipynb it stays inside a Markdown cell, without its outputs",
                                     at: SourceLocation(line: cell.range.start.line, column: 1)))
        }
        let value = JSONValue.object([
            "cells": .array(cells),
            "metadata": notebookMetadata(notebook.frontMatter, parameters: parameters),
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
        ])
        return (value, warnings)
    }

    /// Cell options in Jupyter's terms (hidden source or outputs, tags nbclient and papermill know) and in full under
    /// `nbrun`; only options that differ from the defaults.
    static func metadata(_ options: CellOptions) -> JSONValue {
        var jupyter: [JSONValue.Member] = []
        if !options.echo { jupyter.append(.init("source_hidden", .bool(true))) }
        if !options.output { jupyter.append(.init("outputs_hidden", .bool(true))) }
        var tags: [JSONValue] = []
        if options.error { tags.append(.string("raises-exception")) }
        if !options.eval { tags.append(.string("skip-execution")) }
        var nbrun: [JSONValue.Member] = []
        if !options.echo { nbrun.append(.init("echo", .bool(false))) }
        if !options.eval { nbrun.append(.init("eval", .bool(false))) }
        if !options.output { nbrun.append(.init("output", .bool(false))) }
        if options.error { nbrun.append(.init("error", .bool(true))) }
        if let label = options.label { nbrun.append(.init("label", .string(label))) }
        if let caption = options.caption { nbrun.append(.init("caption", .string(caption))) }
        if let timeout = options.timeout { nbrun.append(.init("timeout", .number(timeout))) }
        var members: [JSONValue.Member] = []
        if !jupyter.isEmpty { members.append(.init("jupyter", .object(jupyter))) }
        if !nbrun.isEmpty { members.append(.init("nbrun", .object(nbrun))) }
        if !tags.isEmpty { members.append(.init("tags", .array(tags))) }
        return .object(members)
    }

    /// The kernel and language (Swift, run by nbrun), the title and authors, and the front matter under `nbrun`.
    static func notebookMetadata(_ front: FrontMatter, parameters: [String: JSONValue]) -> JSONValue {
        var frontMatter: [JSONValue.Member] = []
        if let title = front.title { frontMatter.append(.init("title", .string(title))) }
        if let description = front.description { frontMatter.append(.init("description", .string(description))) }
        if let language = front.language { frontMatter.append(.init("lang", .string(language))) }
        if let order = front.order { frontMatter.append(.init("order", .int(order))) }
        if let author = front.author { frontMatter.append(.init("author", .string(author))) }
        if front.allowsRawHTML { frontMatter.append(.init("allow-html", .bool(true))) }
        var nbrun: [JSONValue.Member] = [.init("version", .string(NBRunVersion.number))]
        if !frontMatter.isEmpty { nbrun.append(.init("front_matter", .object(frontMatter))) }
        if !parameters.isEmpty {
            nbrun.append(.init("parameters", .object(parameters.sorted { $0.key < $1.key }.map { .init($0.key, $0.value) })))
        }
        return .object([
            "authors": front.author.map { .array([.object(["name": .string($0)])]) },
            "kernelspec": .object(["display_name": .string("Swift (nbrun)"), "language": .string("swift"),
                                   "name": .string("nbrun-swift")]),
            "language_info": .object(["file_extension": .string(".swift"), "mimetype": .string("text/x-swift"),
                                      "name": .string("swift")]),
            "nbrun": .object(nbrun),
            "title": front.title.map { .string($0) },
        ])
    }

    /// A cell's outputs as nbformat outputs: streams, rich displays with their MIME types, errors.
    static func outputs(_ result: CellResult, formatter: DiagnosticFormatter) -> JSONValue {
        var outputs: [JSONValue] = []
        func stream(_ name: String, _ text: String) {
            if case .object(let members)? = outputs.last, members.first?.value == .string("stream"),
               members.first(where: { $0.key == "name" })?.value == .string(name),
               let previous = members.first(where: { $0.key == "text" })?.value.text {
                outputs[outputs.count - 1] = streamOutput(name, previous + text)
            } else {
                outputs.append(streamOutput(name, text))
            }
        }
        func display(_ data: [JSONValue.Member]) {
            outputs.append(.object(["output_type": .string("display_data"), "data": .object(data), "metadata": .object([])]))
        }
        for output in result.outputs {
            switch output {
            case .text(let text): stream("stdout", text)
            case .truncated(let note): stream("stderr", note + "\n")
            case .svg(let svg, let summary):
                display([.init("image/svg+xml", JSONValue.lines(svg)), .init("text/plain", JSONValue.lines(summary))])
            case .table(let table):
                display([.init("application/vnd.dataresource+json", dataResource(table)),
                         .init("text/html", JSONValue.lines(OutputTableHTML.jupyterHTML(table))),
                         .init("text/plain", JSONValue.lines(table.plainText))])
            case .markdown(let text):
                display([.init("text/markdown", JSONValue.lines(text)), .init("text/plain", JSONValue.lines(text))])
            }
        }
        for diagnostic in result.diagnostics {
            let text = formatter.format(diagnostic)
            if diagnostic.severity == .error {
                var traceback = text.split(separator: "\n", omittingEmptySubsequences: false).map { JSONValue.string(String($0)) }
                if traceback.last == .string("") { traceback.removeLast() }
                outputs.append(.object(["output_type": .string("error"), "ename": .string("error"),
                                        "evalue": .string(diagnostic.message), "traceback": .array(traceback)]))
            } else {
                stream("stderr", text)
            }
        }
        return .array(outputs)
    }

    private static func streamOutput(_ name: String, _ text: String) -> JSONValue {
        .object(["output_type": .string("stream"), "name": .string(name), "text": JSONValue.lines(text)])
    }

    /// The table as a Frictionless data resource (`application/vnd.dataresource+json`, what pandas emits for
    /// nteract and JupyterLab): numeric columns as numbers.
    static func dataResource(_ table: OutputTable) -> JSONValue {
        let numeric = table.numericColumns
        var names: [String] = []
        for column in 0..<table.columnCount {
            var name = column < table.header.count && !table.header[column].isEmpty ? table.header[column] : "column \(column + 1)"
            while names.contains(name) { name += "'" }
            names.append(name)
        }
        let fields = names.enumerated().map { column, name in
            JSONValue.object(["name": .string(name), "type": .string(numeric[column] ? "number" : "string")])
        }
        let data = table.rows.map { row in
            JSONValue.object(zip(names, row).enumerated().map { column, pair in
                let (name, cell) = pair
                if numeric[column], let number = Double(cell) { return .init(name, .number(number)) }
                return .init(name, cell.isEmpty && numeric[column] ? .null : .string(cell))
            })
        }
        return .object(["schema": .object(["fields": .array(fields)]), "data": .array(data)])
    }
}

/// Unique nbformat cell ids (`^[a-zA-Z0-9-_]+$`, at most 64 characters): a cell's label when it fits, else
/// `cell-N` / `md-N`.
struct CellIDs {
    private var used: Set<String> = []
    private var counts: [String: Int] = [:]

    mutating func next(_ label: String?, fallback: String) -> String {
        if let label, label.count <= 64, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
           used.insert(label).inserted {
            return label
        }
        while true {
            counts[fallback, default: 0] += 1
            let id = "\(fallback)-\(counts[fallback] ?? 0)"
            if used.insert(id).inserted { return id }
        }
    }
}

extension String {
    /// The text without blank lines at its start and end.
    var trimmingBlankLines: String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
