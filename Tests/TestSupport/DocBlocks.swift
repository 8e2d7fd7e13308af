import Foundation

/// One fenced code block of a Markdown document (```` ``` ```` or `~~~`, any length), as the docs' tests find it.
public struct DocBlock: Equatable {
    /// The first word of the info string (`swift`, `sh`, `text`, `markdown`), empty when there is none.
    public var language: String
    /// The lines between the fences, each ending in a newline.
    public var code: String
    /// The 1-based line of the opening fence.
    public var fenceLine: Int
    /// The spaces before the fences (a block inside a list item).
    public var indent = 0
    /// The 1-based line of the code's first line.
    public var firstLine: Int { fenceLine + 1 }
    /// The 1-based line of the closing fence.
    public var endLine: Int { fenceLine + lines.count + 1 }
    /// The code's lines (without the indentation of an indented fence).
    public var lines: [String] { Array(code.components(separatedBy: "\n").dropLast()) }
}

/// The documents whose examples run as tests (`docs/*.md` and `README.md`) and their fenced code blocks.
public enum DocBlocks {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    /// `README.md` and every `docs/*.md`, as paths relative to the root, sorted.
    public static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    /// The text of a document given relative to the root.
    public static func text(of document: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)
    }

    /// The fenced code blocks of `markdown` in document order (nested fences inside a longer fence stay its code).
    public static func blocks(in markdown: String) -> [DocBlock] {
        let lines = markdown.components(separatedBy: "\n")
        var found: [DocBlock] = []
        var index = 0
        while index < lines.count {
            guard let fence = opening(lines[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !closes(lines[end], fence: fence.marker) { end += 1 }
            let indent = fence.indent
            let body = lines[(index + 1)..<min(end, lines.count)].map { line in
                String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count)))
            }
            found.append(DocBlock(language: fence.language, code: body.map { $0 + "\n" }.joined(), fenceLine: index + 1, indent: indent))
            index = end + 1
        }
        return found
    }

    /// The fence (its marker, e.g. ```` ``` ```` or `~~~~`, indentation and language) a line opens, if any.
    private static func opening(_ line: String) -> (marker: String, indent: Int, language: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let marker = rest.prefix { $0 == character }
        guard marker.count >= 3 else { return nil }
        let info = rest.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
        if character == "`", info.contains("`") { return nil }
        let language = info.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "{}")) } ?? ""
        return (String(marker), indent, language)
    }

    private static func closes(_ line: String, fence marker: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix(marker) && trimmed.allSatisfy { $0 == marker.first }
    }
}
