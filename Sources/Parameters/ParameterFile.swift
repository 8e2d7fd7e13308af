import Diagnostics
import Foundation
import Yams

/// Reads parameter values from a YAML file of `name: value` lines (`--params FILE.yml`).
public enum ParameterFile {
    /// The assignments in the file, in file order, or a message saying why it cannot be used.
    public static func read(_ path: String) -> Result<[ParameterAssignment], ParameterFileError> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(ParameterFileError(message: "no such parameter file: '\(path)'"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(ParameterFileError(message: "the parameter file '\(path)' is not a regular file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ParameterFileError(message: "cannot read the parameter file '\(path)'"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let decoded = String(decoding: data, as: UTF8.self)
            let valid = decoded.prefix(while: { $0 != "\u{FFFD}" })
            let line = valid.split(separator: "\n", omittingEmptySubsequences: false)
            return .failure(ParameterFileError(
                message: "the parameter file is not valid UTF-8 text (save it as UTF-8)",
                location: SourceLocation(line: line.count, column: (line.last?.count ?? 0) + 1),
                source: String(decoded.prefix(while: { $0 != "\u{FFFD}" }))))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(Self.failure(error, source: text))
        } catch {
            return .failure(ParameterFileError(message: "'\(path)' is not valid YAML: \(error)", source: text))
        }
        guard let node else { return .success([]) }
        guard case .mapping(let mapping) = node else {
            return .failure(ParameterFileError(message: "the parameter file must be a mapping of 'name: value' lines",
                                               location: node.mark.map { SourceLocation(line: $0.line, column: $0.column) },
                                               source: text))
        }
        var assignments: [ParameterAssignment] = []
        for (key, value) in mapping {
            guard let name = key.string, case .scalar(let scalar) = value else {
                return .failure(ParameterFileError(message: "values must be single numbers, words or true/false",
                                                   location: key.mark.map { SourceLocation(line: $0.line, column: $0.column) },
                                                   source: text))
            }
            assignments.append(ParameterAssignment(name: name, value: scalar.string,
                                                   origin: "\(path):\(key.mark?.line ?? 0)"))
        }
        return .success(assignments)
    }

    /// A YAML error at its position in the file.
    private static func failure(_ error: YamlError, source: String) -> ParameterFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ParameterFileError(message: "the parameter file is not valid YAML: \(problem)",
                                      location: SourceLocation(line: mark.line, column: mark.column), source: source)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ParameterFileError(message: "the parameter file repeats '\(duplicates.first ?? "")'",
                                      location: SourceLocation(line: context.mark.line, column: context.mark.column),
                                      source: source)
        default:
            return ParameterFileError(message: "the parameter file is not valid YAML: \(error)", source: source)
        }
    }
}

/// Why a parameter file cannot be used.
public struct ParameterFileError: Error, Sendable {
    /// The message.
    public var message: String
    /// Where in the file the problem is, when it is at one place.
    public var location: SourceLocation?
    /// The file's text (empty when it could not be read as text), for showing the line.
    public var source: String

    /// Creates an error, optionally at a position in the file's text.
    public init(message: String, location: SourceLocation? = nil, source: String = "") {
        self.message = message
        self.location = location
        self.source = source
    }

    /// The error in nbrun's diagnostic format, with the source line and a caret when the position is known.
    public func formatted(path: String) -> String {
        DiagnosticFormatter(path: path, source: source).format(.error(message, at: location))
    }
}
