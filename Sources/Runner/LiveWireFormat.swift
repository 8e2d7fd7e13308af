import Diagnostics
import Foundation
import NotebookFormat

/// The bytes a live worker sends its parent: `LiveWorkerOutput` in a plain binary layout (counts and lengths as
/// 32-bit little-endian numbers, texts as UTF-8), because the states of a page are thousands of results with large
/// SVG texts, which JSON escapes and parses slowly. The rare parts (tables, diagnostics) travel as JSON inside it.
enum LiveWireFormat {
    static func encode(_ output: LiveWorkerOutput) -> [UInt8] {
        var writer = Writer()
        writer.numbers(output.states)
        writer.number(output.tables.count)
        for (table, picks) in zip(output.tables, output.picks) {
            writer.number(table.count)
            for result in table { writer.result(result) }
            writer.numbers(picks)
        }
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8]) -> LiveWorkerOutput? {
        var reader = Reader(bytes: bytes)
        guard let states = reader.numbers(), let cells = reader.number() else { return nil }
        var output = LiveWorkerOutput(cellCount: cells)
        output.states = states
        for cell in 0..<cells {
            guard let count = reader.number() else { return nil }
            for _ in 0..<count {
                guard let result = reader.result() else { return nil }
                output.tables[cell].append(result)
            }
            guard let picks = reader.numbers(), picks.count == states.count,
                  picks.allSatisfy({ output.tables[cell].indices.contains($0) }) else { return nil }
            output.picks[cell] = picks
        }
        return reader.atEnd ? output : nil
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func number(_ value: Int) {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes += $0 }
        }

        mutating func numbers(_ values: [Int]) {
            number(values.count)
            values.forEach { number($0) }
        }

        mutating func text(_ value: String) {
            number(value.utf8.count)
            bytes += value.utf8
        }

        mutating func result(_ result: CellResult) {
            bytes.append(result.status == .notRun ? 0 : result.status == .succeeded ? 1 : 2)
            number(result.outputs.count)
            for output in result.outputs {
                switch output {
                case .text(let value): bytes.append(0); text(value)
                case .svg(let svg, let summary): bytes.append(1); text(svg); text(summary)
                case .truncated(let value): bytes.append(2); text(value)
                case .markdown(let value): bytes.append(3); text(value)
                case .table: bytes.append(4); text(json(output))
                }
            }
            text(result.diagnostics.isEmpty ? "" : json(result.diagnostics))
        }

        private func json(_ value: some Encodable) -> String {
            String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func number() -> Int? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for offset in (0..<4).reversed() { value = value << 8 | UInt32(bytes[position + offset]) }
            position += 4
            return Int(value)
        }

        mutating func numbers() -> [Int]? {
            guard let count = number(), count <= (bytes.count - position) / 4 else { return nil }
            var values: [Int] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = number() else { return nil }
                values.append(value)
            }
            return values
        }

        mutating func text() -> String? {
            guard let count = number(), count <= bytes.count - position else { return nil }
            defer { position += count }
            return String(decoding: bytes[position..<position + count], as: UTF8.self)
        }

        mutating func result() -> CellResult? {
            guard position < bytes.count else { return nil }
            let status: CellResult.Status = [.notRun, .succeeded, .failed][Int(min(bytes[position], 2))]
            position += 1
            guard let count = number(), count <= bytes.count - position else { return nil }
            var outputs: [CellOutput] = []
            for _ in 0..<count {
                guard position < bytes.count else { return nil }
                let tag = bytes[position]
                position += 1
                switch tag {
                case 0: guard let value = text() else { return nil }; outputs.append(.text(value))
                case 1: guard let svg = text(), let summary = text() else { return nil }; outputs.append(.svg(svg, summary: summary))
                case 2: guard let value = text() else { return nil }; outputs.append(.truncated(value))
                case 3: guard let value = text() else { return nil }; outputs.append(.markdown(value))
                case 4:
                    guard let value = text(), let output = try? JSONDecoder().decode(CellOutput.self, from: Data(value.utf8))
                    else { return nil }
                    outputs.append(output)
                default: return nil
                }
            }
            guard let diagnosticsText = text() else { return nil }
            var diagnostics: [Diagnostic] = []
            if !diagnosticsText.isEmpty {
                guard let decoded = try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnosticsText.utf8)) else {
                    return nil
                }
                diagnostics = decoded
            }
            return CellResult(status: status, outputs: outputs, diagnostics: diagnostics)
        }
    }
}
