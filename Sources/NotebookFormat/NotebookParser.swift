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
        let source = rawSource.contains("\r") ? rawSource.replacingOccurrences(of: "\r\n", with: "\n") : rawSource
        let split = try FrontMatterParser.split(source)
        var builder = BlockBuilder(lines: SourceLines(source))
        let blocks = builder.parseDocument(split.body)
        var errors = builder.errors
        errors.sort { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
        if !errors.isEmpty { throw NotebookError(errors) }
        var warnings = split.warnings + builder.warnings
        if blocks.isEmpty {
            warnings.append(.warning("the notebook is empty", at: nil))
        }
        return Notebook(path: path, source: source, frontMatter: split.frontMatter, blocks: blocks, warnings: warnings)
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

/// Walks cmark's tree and builds nbrun's own blocks, cells and inlines.
private struct BlockBuilder {
    let lines: SourceLines
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var cellCount = 0
    var labels: Set<String> = []

    init(lines: SourceLines) {
        self.lines = lines
    }

    mutating func parseDocument(_ text: String) -> [Block] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART
        guard let document = text.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return [] }
        defer { cmark_node_free(document) }
        return children(of: document)
    }

    private mutating func children(of node: OpaquePointer) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(current) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return blocks
    }

    private func range(_ node: OpaquePointer) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        return SourceRange(
            start: SourceLocation(line: startLine, column: lines.characterColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node)))),
            end: SourceLocation(line: endLine, column: lines.characterColumn(line: endLine, byteColumn: Int(cmark_node_get_end_column(node)))))
    }

    private mutating func block(_ node: OpaquePointer) -> Block? {
        let range = range(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(of: node, line: range.start.line), range: range)
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node, line: range.start.line), range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node), range: range)
        case CMARK_NODE_LIST:
            let style = ListStyle(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                  start: Int(cmark_node_get_list_start(node)),
                                  tight: cmark_node_get_list_tight(node) != 0)
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current))
                item = cmark_node_next(current)
            }
            return .list(style, items: items, range: range)
        case CMARK_NODE_CODE_BLOCK:
            return codeBlock(node, range: range)
        case CMARK_NODE_HTML_BLOCK:
            return .html(string(cmark_node_get_literal(node)), range: range)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range: range)
        default:
            return nil
        }
    }

    private mutating func codeBlock(_ node: OpaquePointer, range: SourceRange) -> Block {
        let code = string(cmark_node_get_literal(node))
        let info = string(cmark_node_get_fence_info(node)).trimmingCharacters(in: " ")
        let language = info.split(separator: " ").first.map { String($0) }
        let opening = lines.line(range.start.line).drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        let fence = opening.prefix(while: { $0 == "`" || $0 == "~" })
        let isFenced = fence.count >= 3
        if isFenced, !isClosed(fence: fence, endLine: range.end.line, startLine: range.start.line) {
            let message = "code fence opened here is never closed, so it runs to the end of the file"
            if language == "swift" || language == "{swift}" {
                errors.append(.error(message, at: range.start, notes: ["add a line '\(fence)' where the cell ends"]))
            } else {
                warnings.append(.warning(message, at: range.start, notes: ["add a line '\(fence)' where the block ends"]))
            }
        }
        guard isFenced, language == "swift" || language == "{swift}" else {
            return .code(CodeBlock(language: language, code: code, range: range))
        }
        let firstLine = range.start.line + 1
        let columnOffset = range.start.column - 1
        let parsed = CellOptionsParser.parse(code: code, firstLine: firstLine, columnOffset: columnOffset)
        errors += parsed.errors
        if let label = parsed.options.label, !labels.insert(label).inserted {
            errors.append(.error("cell label '\(label)' is used by an earlier cell", at: SourceLocation(line: firstLine, column: 1)))
        }
        defer { cellCount += 1 }
        return .cell(Cell(index: cellCount, code: code, options: parsed.options, optionLineCount: parsed.lineCount,
                          firstLine: firstLine, columnOffset: columnOffset, range: range))
    }

    /// Whether the block's last line is a closing fence of the same kind and at least the same length.
    private func isClosed(fence: Substring, endLine: Int, startLine: Int) -> Bool {
        guard endLine > startLine, let marker = fence.first else { return false }
        let last = lines.line(endLine).drop(while: { $0 == " " || $0 == "\t" || $0 == ">" }).trimmingTrailingSpaces
        return last.count >= fence.count && last.allSatisfy { $0 == marker }
    }

    private func inlines(of node: OpaquePointer, line: Int) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let inline = inline(current, line: line) { result.append(inline) }
            child = cmark_node_next(current)
        }
        return result
    }

    private func inline(_ node: OpaquePointer, line: Int) -> Inline? {
        let ownLine = Int(cmark_node_get_start_line(node))
        let line = ownLine > 0 ? ownLine : line
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, line: line))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, line: line))
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                         content: inlines(of: node, line: line))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                          alt: inlines(of: node, line: line), line: line)
        default:
            return nil
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
