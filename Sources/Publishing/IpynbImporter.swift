import Diagnostics
import Foundation
import NotebookFormat

/// Reads a Jupyter notebook (nbformat 4) into nbrun's format: Markdown cells as prose, code cells as fenced blocks
/// in the notebook's language (Swift cells become nbrun cells; other languages are shown, not run), attachments and
/// embedded images as files next to the lesson, metadata as front matter.
enum IpynbImporter {
    /// The lesson's text, the files to write beside it (relative path → bytes), and warnings.
    struct Result {
        var markdown: String
        var files: [(path: String, data: Data)]
        var warnings: [Diagnostic]
    }

    /// Converts the notebook text `json`; `assetFolder` is where extracted images go, relative to the lesson.
    static func convert(_ json: String, assetFolder: String) throws(NotebookError) -> Result {
        let root: JSONValue
        do {
            root = try JSONReader.parse(json)
        } catch {
            throw NotebookError([.error("not a Jupyter notebook: \(error.message)",
                                        at: SourceLocation(line: error.line, column: error.column))])
        }
        guard let major = root["nbformat"]?.int else {
            throw NotebookError([.error("not a Jupyter notebook: it has no 'nbformat' version", at: nil)])
        }
        guard major == 4, let cells = root["cells"]?.array else {
            throw NotebookError([.error("nbformat \(major) notebooks are not supported; upgrade it first with " +
                                        "'jupyter nbconvert --to notebook --nbformat 4'", at: nil)])
        }
        let metadata = root["metadata"] ?? .object([])
        let language = (metadata["language_info"]?["name"]?.string ?? metadata["kernelspec"]?["language"]?.string
            ?? "python").lowercased()
        var importer = Importer(assetFolder: assetFolder, language: language)
        var parts: [String] = []
        var frontMatter = frontMatterLines(metadata, language: language)
        for (index, cell) in cells.enumerated() {
            let source = cell["source"]?.text ?? ""
            switch cell["cell_type"]?.string {
            case "markdown":
                parts.append(importer.markdown(source, attachments: cell["attachments"]))
            case "code":
                parts.append(importer.code(source, cell: cell))
            case "raw":
                if index == 0, source.hasPrefix("---\n") {
                    let yaml = source.dropFirst(4).components(separatedBy: "\n---").first ?? ""
                    frontMatter = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                        + frontMatter.filter { $0.hasPrefix("jupyter:") || $0.hasPrefix("  ") }
                } else {
                    parts.append(Importer.fenced(source, language: "text"))
                }
            default:
                importer.warnings.append(.warning("cell \(index + 1) has an unknown type and is left out", at: nil))
            }
        }
        var markdown = frontMatter.isEmpty ? "" : "---\n" + frontMatter.joined(separator: "\n") + "\n---\n\n"
        markdown += parts.map(\.trimmingBlankLines).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
        return Result(markdown: markdown, files: importer.files, warnings: importer.warnings)
    }

    /// The front matter: nbrun's own keys when the notebook came from nbrun, the title and first author, and the
    /// rest of the Jupyter metadata under `jupyter:` (kept for the way back, ignored by the renderer).
    static func frontMatterLines(_ metadata: JSONValue, language: String) -> [String] {
        var lines: [String] = []
        var keys: Set<String> = []
        // nbrun's keys in the order the README documents them (the .ipynb stores them sorted).
        let order = ["title", "description", "lang", "order", "author", "allow-html"]
        let own = (metadata["nbrun"]?["front_matter"]?.members ?? []).sorted {
            (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count)
        }
        for member in own {
            lines.append("\(member.key): \(YAMLText.scalar(member.value))")
            keys.insert(member.key)
        }
        if !keys.contains("title"), let title = metadata["title"]?.string {
            lines.append("title: \(YAMLText.scalar(.string(title)))")
        }
        if !keys.contains("author"), let author = metadata["authors"]?.array?.first?["name"]?.string {
            lines.append("author: \(YAMLText.scalar(.string(author)))")
        }
        let ownKernel = metadata["kernelspec"]?["name"]?.string == "nbrun-swift"
        let rest = (metadata.members ?? []).filter { member in
            !["nbrun", "title", "authors"].contains(member.key)
                && !(ownKernel && ["kernelspec", "language_info"].contains(member.key))
        }
        if !rest.isEmpty { lines += ["jupyter:"] + YAMLText.block(.object(rest), indent: 1) }
        return lines
    }
}

/// The state of one import: the notebook's language and the files extracted so far.
private struct Importer {
    let assetFolder: String
    let language: String
    var files: [(path: String, data: Data)] = []
    var warnings: [Diagnostic] = []
    private var usedNames: Set<String> = []

    init(assetFolder: String, language: String) {
        self.assetFolder = assetFolder
        self.language = language
    }

    /// A Markdown cell with its `attachment:` images and `data:` images written out as files.
    mutating func markdown(_ source: String, attachments: JSONValue?) -> String {
        var text = source
        for member in attachments?.members ?? [] {
            guard let (mime, data) = firstImage(member.value) else { continue }
            let path = save(data, name: member.key, mime: mime)
            text = text.replacingOccurrences(of: "attachment:\(member.key)", with: path)
        }
        while let start = text.range(of: "](data:image/") {
            let rest = text[start.upperBound...]
            guard let close = rest.firstIndex(of: ")"), let comma = rest[..<close].firstIndex(of: ","),
                  rest[..<comma].hasSuffix(";base64") else { break }
            let mime = "image/" + rest.prefix(while: { $0 != ";" && $0 != "," })
            let uri = text.index(start.lowerBound, offsetBy: 2)..<close
            guard let data = Data(base64Encoded: String(rest[rest.index(after: comma)..<close]), options: .ignoreUnknownCharacters) else {
                warnings.append(.warning("an embedded image is not valid base64 and is left out", at: nil))
                text.replaceSubrange(uri, with: "")
                continue
            }
            let path = save(data, name: "image", mime: mime)
            text.replaceSubrange(uri, with: path)
        }
        return text
    }

    /// A code cell: a Swift cell (options from its metadata when its source has none), or a block in the notebook's
    /// language followed by its saved outputs.
    mutating func code(_ source: String, cell: JSONValue) -> String {
        guard language == "swift" else {
            return ([Self.fenced(source, language: language)] + savedOutputs(cell["outputs"]?.array ?? [])).joined(separator: "\n\n")
        }
        var code = source
        if !code.hasPrefix("//|"), let options = cell["metadata"]?["nbrun"]?.members, !options.isEmpty {
            code = options.map { "//| \($0.key): \(Self.optionText($0.value))" }.joined(separator: "\n") + "\n" + code
        }
        return Self.fenced(code, language: "swift")
    }

    private static func optionText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .number(let number): return "\(number)"
        default: return value.serialized(indent: 0).trimmingWhitespaceAndNewlines
        }
    }

    /// What a non-Swift cell showed when it was last run: images as files, text as text blocks.
    private mutating func savedOutputs(_ outputs: [JSONValue]) -> [String] {
        var parts: [String] = []
        for output in outputs {
            switch output["output_type"]?.string {
            case "stream":
                if let text = output["text"]?.text, !text.isEmpty { parts.append(Self.fenced(text, language: "text")) }
            case "display_data", "execute_result":
                let data = output["data"] ?? .object([])
                if let (mime, bytes) = firstImage(data) {
                    parts.append("![\(language) output](\(save(bytes, name: "output", mime: mime)))")
                } else if let markdown = data["text/markdown"]?.text {
                    parts.append(markdown)
                } else if let text = data["text/plain"]?.text {
                    parts.append(Self.fenced(text, language: "text"))
                }
            case "error":
                let text = "\(output["ename"]?.string ?? "Error"): \(output["evalue"]?.string ?? "")"
                parts.append(Self.fenced(text, language: "text"))
            default: break
            }
        }
        return parts
    }

    /// The first image of a MIME bundle: PNG, JPEG or GIF (base64) or SVG (text).
    private func firstImage(_ bundle: JSONValue) -> (String, Data)? {
        for mime in ["image/png", "image/jpeg", "image/gif"] {
            if let text = bundle[mime]?.text, let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) {
                return (mime, data)
            }
        }
        if let svg = bundle["image/svg+xml"]?.text { return ("image/svg+xml", Data(svg.utf8)) }
        return nil
    }

    /// Records a file under the asset folder with a unique, safe name and returns its relative path.
    private mutating func save(_ data: Data, name: String, mime: String) -> String {
        let ext = ["image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/svg+xml": "svg"][mime] ?? "bin"
        var stem = String(name.split(separator: "/").last ?? "image")
        if let dot = stem.lastIndex(of: "."), dot > stem.startIndex { stem = String(stem[..<dot]) }
        stem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        if stem.isEmpty { stem = "image" }
        var candidate = "\(stem).\(ext)"
        var count = 1
        while usedNames.contains(candidate) {
            count += 1
            candidate = "\(stem)-\(count).\(ext)"
        }
        usedNames.insert(candidate)
        let path = "\(assetFolder)/\(candidate)"
        files.append((path, data))
        return path.replacingOccurrences(of: " ", with: "%20")
    }

    /// A fenced block whose fence is longer than any backtick run inside.
    static func fenced(_ code: String, language: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        var body = code
        while body.hasSuffix("\n") { body.removeLast() }
        return "\(fence)\(language)\n\(body)\n\(fence)"
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines.
    var trimmingWhitespaceAndNewlines: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
