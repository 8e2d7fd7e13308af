import Diagnostics
import NotebookFormat
import Parameters
import Runner

/// A run's results as JSON for programs (`nbrun convert lesson.md --to json`), in the versioned schema of
/// `docs/results.schema.json`: per cell its label, status, printed text, figures, tables, diagnostics with
/// positions and timing; the parameter values; nbrun's version.
enum ResultsExporter {
    /// The schema's version; it changes only when a field changes meaning or is removed.
    static let schemaVersion = 1

    /// The results document.
    static func results(_ notebook: Notebook, run: NotebookRun, parameters: ParameterSet,
                        notebookDiagnostics: [Diagnostic]) -> JSONValue {
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        let cells = notebook.cells.map { cell -> JSONValue in
            let result = cell.index < run.results.count ? run.results[cell.index] : CellResult(status: .notRun)
            let duration = cell.index < run.durations.count ? run.durations[cell.index] : nil
            return self.cell(cell, result: result, duration: duration, formatter: formatter)
        }
        let front = notebook.frontMatter
        return .object([
            "format": .string("nbrun-results"),
            "version": .int(schemaVersion),
            "nbrun": .string(NBRunVersion.number),
            "notebook": .object([
                "path": .string(notebook.path),
                "title": .string(notebook.title),
                "lang": front.language.map { .string($0) },
            ]),
            "status": .string(run.failed ? "failed" : "succeeded"),
            "parameters": .array(parameters.controls.map { parameter($0, value: parameters.values[$0.name]) }),
            "diagnostics": .array(notebookDiagnostics.map { diagnostic($0, formatter: formatter) }),
            "cells": .array(cells),
        ])
    }

    private static func cell(_ cell: Cell, result: CellResult, duration: Double?, formatter: DiagnosticFormatter) -> JSONValue {
        let status: String
        switch result.status {
        case .notRun: status = "not-run"
        case .succeeded: status = "succeeded"
        case .failed: status = "failed"
        }
        var text = ""
        var figures: [JSONValue] = []
        var outputs: [JSONValue] = []
        for output in result.outputs {
            switch output {
            case .text(let printed):
                text += printed
                outputs.append(.object(["type": .string("text"), "text": .string(printed)]))
            case .svg(let svg, let summary):
                let figure = JSONValue.object(["svg": .string(svg), "summary": .string(summary)])
                figures.append(figure)
                outputs.append(.object(["type": .string("figure"), "svg": .string(svg), "summary": .string(summary)]))
            case .table(let table):
                outputs.append(.object(["type": .string("table"), "header": .array(table.header.map { .string($0) }),
                                        "rows": .array(table.rows.map { .array($0.map { .string($0) }) }),
                                        "numeric": .array(table.numericColumns.map { .bool($0) })]))
            case .markdown(let markdown):
                outputs.append(.object(["type": .string("markdown"), "markdown": .string(markdown)]))
            case .truncated(let note):
                outputs.append(.object(["type": .string("truncated"), "note": .string(note)]))
            }
        }
        return .object([
            "index": .int(cell.index),
            "label": .string(cell.options.label ?? "cell-\(cell.index + 1)"),
            "line": .int(cell.range.start.line),
            "status": .string(status),
            "text": .string(text),
            "figures": .array(figures),
            "outputs": .array(outputs),
            "diagnostics": .array(result.diagnostics.map { diagnostic($0, formatter: formatter) }),
            "seconds": duration.map { .number($0) } ?? .null,
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic, formatter: DiagnosticFormatter) -> JSONValue {
        .object([
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
            "line": diagnostic.location.map { .int($0.line) } ?? .null,
            "column": diagnostic.location.map { .int($0.column) } ?? .null,
            "notes": .array(diagnostic.notes.map { .string($0) }),
            "formatted": .string(formatter.format(diagnostic)),
        ])
    }

    private static func parameter(_ control: Control, value: ParameterValue?) -> JSONValue {
        .object([
            "name": .string(control.name),
            "type": .string(control.typeName),
            "value": json(value ?? control.defaultValue),
            "default": json(control.defaultValue),
            "changed": .bool((value ?? control.defaultValue) != control.defaultValue),
        ])
    }

    /// A parameter value as a JSON number, string or boolean.
    static func json(_ value: ParameterValue) -> JSONValue {
        switch value {
        case .int(let int): return .int(int)
        case .double(let double): return .number(double)
        case .string(let string): return .string(string)
        case .bool(let bool): return .bool(bool)
        }
    }
}
