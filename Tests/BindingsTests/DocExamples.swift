import Foundation

/// The ```` ```swift ```` examples of a Markdown document and the ```` ```text ```` block that follows each one
/// with what it prints.
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
        for (example, codeEnd, outputRange) in scan() {
            result += lines[next...codeEnd]
            let text = output(example)
            if !text.isEmpty {
                result += ["```text"] + text.components(separatedBy: "\n").dropLast(text.hasSuffix("\n") ? 1 : 0) + ["```"]
            }
            next = (outputRange?.upperBound ?? codeEnd) + 1
        }
        result += lines[next...]
        return result.joined(separator: "\n")
    }

    /// Each example with the index of its closing fence and the line range of its output block.
    private func scan() -> [(example: Example, codeEnd: Int, output: ClosedRange<Int>?)] {
        var found: [(Example, Int, ClosedRange<Int>?)] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```swift", let end = closing(after: index) else {
                index += 1
                continue
            }
            var example = Example(code: lines[(index + 1)..<end].joined(separator: "\n") + "\n", firstLine: index + 2)
            var output: ClosedRange<Int>?
            if end + 1 < lines.count, lines[end + 1] == "```text", let outputEnd = closing(after: end + 1) {
                output = (end + 1)...outputEnd
                example.recordedOutput = lines[(end + 2)..<outputEnd].map { $0 + "\n" }.joined()
            }
            found.append((example, end, output))
            index = (output?.upperBound ?? end) + 1
        }
        return found
    }

    private func closing(after start: Int) -> Int? {
        lines[(start + 1)...].firstIndex { $0 == "```" }
    }
}

/// Where two versions of a document first differ, as `line N: "old" → "new"` (for short failure messages).
func firstDifference(_ old: String, _ new: String) -> String {
    let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
    let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let before = index < a.count ? a[index] : "(end)", after = index < b.count ? b[index] : "(end)"
    return "line \(index + 1): \(before.debugDescription) → \(after.debugDescription)"
}
