import Foundation
import TestSupport

/// The ```` ```swift ```` cell examples of a Markdown document (not the library examples, which start with `import`)
/// and the ```` ```text ```` block that follows each one with what it prints.
struct DocExamples {
    /// One example: its code, the line its code starts on, and the output block written after it (if any).
    struct Example {
        var code: String
        var firstLine: Int
        var recordedOutput: String?
    }

    /// The document's lines.
    private let lines: [String]

    init(_ document: String) {
        lines = document.components(separatedBy: "\n")
    }

    /// The examples in document order.
    var examples: [Example] { scan().map(\.example) }

    /// The document with each example's output block replaced by `output(example)` (removed when it is empty).
    func updating(_ output: (Example) -> String) -> String {
        var result: [String] = []
        var next = 0
        for (example, code, outputBlock) in scan() {
            let codeEnd = code.endLine - 1
            result += lines[next...codeEnd]
            let text = output(example)
            if !text.isEmpty {
                let indent = String(repeating: " ", count: code.indent)
                let body = text.components(separatedBy: "\n").dropLast(text.hasSuffix("\n") ? 1 : 0)
                result += ([indent + "```text"] + body.map { $0.isEmpty ? $0 : indent + $0 } + [indent + "```"])
            }
            next = (outputBlock.map { $0.endLine - 1 } ?? codeEnd) + 1
        }
        result += lines[next...]
        return result.joined(separator: "\n")
    }

    /// Each cell example with its block and the output block right after it (found as `DocBlocks` finds every block:
    /// fences inside a longer fence are code, fences in list items count).
    private func scan() -> [(example: Example, code: DocBlock, output: DocBlock?)] {
        let blocks = DocBlocks.blocks(in: lines.joined(separator: "\n"))
        return blocks.enumerated().compactMap { index, block in
            guard block.language == "swift", !Self.isLibraryExample(block.lines.first ?? "") else { return nil }
            var example = Example(code: block.code, firstLine: block.firstLine)
            let next = blocks.indices.contains(index + 1) ? blocks[index + 1] : nil
            let output = next.flatMap { $0.language == "text" && $0.fenceLine == block.endLine + 1 ? $0 : nil }
            example.recordedOutput = output?.code
            return (example, block, output)
        }
    }

    /// Whether a block whose first line is `firstLine` is Swift for the libraries (it imports a module) rather than a cell.
    static func isLibraryExample(_ firstLine: String) -> Bool {
        firstLine.hasPrefix("import ") || firstLine.hasPrefix("@testable import ")
    }
}

/// Where two versions of a document first differ, as `line N: "old" → "new"` (for short failure messages).
func firstDifference(_ old: String, _ new: String) -> String {
    let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
    let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let before = index < a.count ? a[index] : "(end)", after = index < b.count ? b[index] : "(end)"
    return "line \(index + 1): \(before.debugDescription) → \(after.debugDescription)"
}
