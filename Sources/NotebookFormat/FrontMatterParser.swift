import Diagnostics
import Yams

/// Splits YAML front matter off a notebook and checks its known keys.
enum FrontMatterParser {
    /// Keys nbrun understands; other keys get a warning (with a suggestion when one is close).
    static let knownKeys = ["title", "description", "lang", "order", "author", "allow-html", "jupyter"]

    /// The result of splitting: the front matter, the text with the header blanked, and warnings.
    struct Result {
        var frontMatter: FrontMatter
        var body: String
        var warnings: [Diagnostic]
    }

    /// Finds a `---` header on the first line, parses it, and blanks its lines so cmark's line numbers stay true.
    static func split(_ source: String) throws(NotebookError) -> Result {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return Result(frontMatter: FrontMatter(), body: source, warnings: [])
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else {
            throw NotebookError([.error("front matter is not closed: add a line '---' after it",
                                        at: SourceLocation(line: 1, column: 1))])
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var (frontMatter, warnings) = try parse(yaml: yaml, firstLine: 2)
        frontMatter.range = SourceRange(lines: 1, close + 1)
        for index in 0...close { lines[index] = "" }
        return Result(frontMatter: frontMatter, body: lines.joined(separator: "\n"), warnings: warnings)
    }

    /// Parses the YAML text of a header whose first line is notebook line `firstLine`.
    static func parse(yaml: String, firstLine: Int) throws(NotebookError) -> (FrontMatter, [Diagnostic]) {
        var frontMatter = FrontMatter()
        guard !yaml.allSatisfy(\.isWhitespace) else { return (frontMatter, []) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw NotebookError([diagnostic(for: error, firstLine: firstLine)])
        } catch {
            throw NotebookError([.error("front matter is not valid YAML: \(error)",
                                        at: SourceLocation(line: firstLine, column: 1))])
        }
        guard let node else { return (frontMatter, []) }
        guard case .mapping(let mapping) = node else {
            throw NotebookError([.error("front matter must be a mapping of 'key: value' lines",
                                        at: location(node.mark, firstLine: firstLine))])
        }
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            let at = location(key.mark, firstLine: firstLine)
            func text() -> String? {
                if case .scalar(let scalar) = value { return scalar.string }
                errors.append(.error("front matter key '\(name)' must be text", at: at))
                return nil
            }
            switch name {
            case "title": frontMatter.title = text()
            case "description": frontMatter.description = text()
            case "author": frontMatter.author = text()
            case "lang":
                if let tag = text() {
                    if tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !tag.isEmpty {
                        frontMatter.language = tag
                    } else {
                        errors.append(.error("front matter 'lang' must be a language tag such as 'it' or 'en-GB'", at: at))
                    }
                }
            case "order":
                if let order = value.int { frontMatter.order = order } else {
                    errors.append(.error("front matter 'order' must be a whole number", at: at))
                }
            case "allow-html":
                if let allow = value.bool { frontMatter.allowsRawHTML = allow } else {
                    errors.append(.error("front matter 'allow-html' must be true or false", at: at))
                }
            case "jupyter":
                break // the Jupyter metadata of an imported notebook (`nbrun convert`), kept for the way back
            default:
                let notes = NameSuggester.suggestion(for: name, among: knownKeys).map { ["did you mean '\($0)'?"] } ?? []
                warnings.append(.warning("unknown front matter key '\(name)' is ignored", at: at, notes: notes))
            }
        }
        if !errors.isEmpty { throw NotebookError(errors) }
        return (frontMatter, warnings)
    }

    private static func location(_ mark: Mark?, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: firstLine + mark.line - 1, column: mark.column)
    }

    /// The YAML line (1-based) of the next `key:` at the same indentation as the first occurrence at `mark`.
    private static func repetition(of key: String, in yaml: String, after mark: Mark) -> Int? {
        guard !key.isEmpty else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        for index in lines.indices where index + 1 > mark.line {
            let line = lines[index]
            guard line.prefix(indent).allSatisfy({ $0 == " " }) else { continue }
            let rest = line.dropFirst(indent)
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                if rest.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return index + 1
                }
            }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error("front matter is not valid YAML: \(problem)", at: location(mark, firstLine: firstLine))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first occurrence; the mistake is the repetition, so point at the second one.
            let key = duplicates.first ?? ""
            let first = location(context.mark, firstLine: firstLine)
            guard let second = repetition(of: key, in: context.text, after: context.mark) else {
                return .error("front matter repeats the key '\(key)'", at: first)
            }
            return .error("front matter repeats the key '\(key)'",
                          at: SourceLocation(line: firstLine + second - 1, column: context.mark.column),
                          notes: ["'\(key)' is first given on line \(first.line)"])
        default:
            return .error("front matter is not valid YAML: \(error)", at: SourceLocation(line: firstLine, column: 1))
        }
    }
}

extension Substring {
    /// The line without trailing spaces, tabs and carriage returns.
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, [" ", "\t", "\r"].contains(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
