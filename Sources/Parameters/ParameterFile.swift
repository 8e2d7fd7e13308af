import Foundation
import Yams

/// Reads parameter values from a YAML file of `name: value` lines (`--params FILE.yml`).
public enum ParameterFile {
    /// The assignments in the file, in file order, or a message saying why it cannot be used.
    public static func read(_ path: String) -> Result<[ParameterAssignment], ParameterFileError> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(ParameterFileError(message: "cannot read the parameter file '\(path)'"))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            return .failure(ParameterFileError(message: "'\(path)' is not valid YAML: \(error)"))
        }
        guard let node else { return .success([]) }
        guard case .mapping(let mapping) = node else {
            return .failure(ParameterFileError(message: "'\(path)' must be a mapping of 'name: value' lines"))
        }
        var assignments: [ParameterAssignment] = []
        for (key, value) in mapping {
            guard let name = key.string, case .scalar(let scalar) = value else {
                return .failure(ParameterFileError(message: "'\(path)' line \((key.mark?.line ?? 0)): values must be single numbers, words or true/false"))
            }
            assignments.append(ParameterAssignment(name: name, value: scalar.string,
                                                   origin: "\(path):\(key.mark?.line ?? 0)"))
        }
        return .success(assignments)
    }
}

/// Why a parameter file cannot be used.
public struct ParameterFileError: Error, Sendable {
    /// The message, naming the file.
    public var message: String
}
