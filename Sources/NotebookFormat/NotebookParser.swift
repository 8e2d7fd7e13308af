import CCmark
import Diagnostics
import Foundation

/// Turns Markdown text into a `Notebook`: the only code in nbrun that talks to cmark.
public enum NotebookParser {
    /// Reads and parses the notebook at `path`; the path is kept as given for diagnostics.
    public static func read(contentsOf path: String) throws(NotebookError) -> Notebook {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NotebookError([.error("no such file: '\(path)'", at: nil)])
        }
        guard !isDirectory.boolValue else {
            throw NotebookError([.error("'\(path)' is a directory, not a notebook file", at: nil)])
        }
        if let kind = InputFileKind.nonRegularKind(atPath: path) {
            // Reading a FIFO would block, and `/dev/zero` never ends; Foundation called both "permission denied".
            throw NotebookError([.error("'\(path)' is \(kind), not a regular file; a notebook must be a regular file", at: nil)])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NotebookError([.error("cannot read '\(path)': \(error.localizedDescription)", at: nil)])
        }
        return try parse(data: data, path: path)
    }

    /// Parses notebook bytes, which must be UTF-8.
    public static func parse(data: Data, path: String) throws(NotebookError) -> Notebook {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw NotebookError([.error("the file is not valid UTF-8 text", at: firstInvalidUTF8(in: data))])
        }
        return try parse(source: text, path: path)
    }

    /// Parses notebook text; `path` is only used to label diagnostics.
    public static func parse(source rawSource: String, path: String) throws(NotebookError) -> Notebook {
        // CommonMark (and YAML) end a line at "\r\n", "\n" or a lone "\r": make them all "\n" so every part counts
        // the same lines.
        // A UTF-8 byte order mark (saved by some Windows editors) is not text: without it the front matter is found.
        let unmarked = rawSource.hasPrefix("\u{FEFF}") ? String(rawSource.dropFirst()) : rawSource
        let source = unmarked.contains("\r")
            ? unmarked.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : unmarked
        if let nul = InputFileKind.firstNUL(in: source) {
            // cmark reads C strings: everything after a NUL would silently be dropped.
            throw NotebookError([.error("the file contains a NUL character (byte 0); a notebook must be text", at: nul)])
        }
        let split = try FrontMatterParser.split(source)
        var math = MathExtractor()
        var footnotes = FootnoteExtractor()
        var divs = FencedDivExtractor()
        let body = divs.extract(from: footnotes.extract(from: math.extract(from: split.body)))
        var builder = BlockBuilder(lines: SourceLines(source), bodyLines: SourceLines(body), formulas: math.formulas)
        let blocks = builder.gatherDivs(builder.parseDocument(body), regions: divs.regions)
        let notes = builder.footnotes(footnotes.definitions)
        builder.warnings += divs.warnings.map { .warning($0.message, at: SourceLocation(line: $0.line, column: 1)) }
        builder.checkCrossReferences(CrossReferences(blocks))
        var errors = builder.errors
        errors.sort { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
        if !errors.isEmpty { throw NotebookError(errors) }
        var warnings = split.warnings + builder.warnings.sorted {
            ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0))
        }
        if blocks.isEmpty {
            warnings.append(.warning("the notebook is empty", at: nil))
        }
        return Notebook(path: path, source: source, frontMatter: split.frontMatter, blocks: blocks, footnotes: notes,
                        warnings: warnings)
    }

    /// Parses Markdown that a cell displayed (`show(markdown:)`) into blocks, exactly as prose is parsed — formulas,
    /// tables, callouts — except that ```swift fences are shown as code, not cells. Problems are returned as warnings,
    /// with lines counted from the fragment's first line.
    public static func parseFragment(_ text: String) -> (blocks: [Block], warnings: [Diagnostic]) {
        let source = text.replacingOccurrences(of: "\r\n", with: "\n")
        var math = MathExtractor()
        var divs = FencedDivExtractor()
        let body = divs.extract(from: math.extract(from: source))
        var builder = BlockBuilder(lines: SourceLines(source), bodyLines: SourceLines(body), formulas: math.formulas)
        builder.allowsCells = false
        let blocks = builder.gatherDivs(builder.parseDocument(body), regions: divs.regions)
        return (blocks, builder.errors + builder.warnings)
    }

    /// The line and column of the first byte that breaks UTF-8, for the error message.
    private static func firstInvalidUTF8(in data: Data) -> SourceLocation {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = index + max(length, 1)
            let valid = length > 0 && end <= data.endIndex
                && String(validating: data[index..<end], as: UTF8.self) != nil
            if !valid {
                let column = (String(validating: data[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return SourceLocation(line: line, column: column)
            }
            if byte == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return SourceLocation(line: line, column: 1)
    }
}
