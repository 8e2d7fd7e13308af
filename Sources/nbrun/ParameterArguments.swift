import ArgumentParser
import Foundation
import Parameters

/// The `--param NAME=VALUE` and `--params FILE.yml` arguments, read into assignments (the file's first, so a
/// `--param` given too is reported as given twice).
enum ParameterArguments {
    /// The assignments, or an exit with code 2 after printing what is wrong.
    static func assignments(_ parameters: [String], file: String?) throws -> [ParameterAssignment] {
        var assignments: [ParameterAssignment] = []
        if let file {
            switch ParameterFile.read(file) {
            case .success(let fromFile): assignments += fromFile
            case .failure(let error):
                FileHandle.standardError.write(Data("\(file): error: \(error.message)\n".utf8))
                throw ExitCode(2)
            }
        }
        for argument in parameters {
            guard let assignment = ParameterAssignment(argument: argument) else {
                throw ValidationError("--param takes NAME=VALUE, not '\(argument)'")
            }
            assignments.append(assignment)
        }
        return assignments
    }
}
