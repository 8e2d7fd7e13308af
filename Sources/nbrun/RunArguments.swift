import ArgumentParser
import Foundation
import Parameters

/// The arguments every command that runs a notebook takes: parameters, `--allow-errors`, `--quiet`.
struct RunArguments: ParsableArguments {
    @Option(name: [.short, .customLong("param")], help: ArgumentHelp("Set a parameter: NAME=VALUE (repeatable).",
                                                                     valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("Read parameters from a YAML file of 'name: value' lines.",
                                                            valueName: "file.yml"))
    var parameterFile: String?

    @Flag(help: "Write the output even when cells fail, showing their errors (exit code stays 1).")
    var allowErrors = false

    @Flag(name: [.short, .long], help: "Print only errors and warnings, not the written files' paths.")
    var quiet = false

    @Option(name: .customLong("memory-limit"),
            help: ArgumentHelp("The memory the cells of one notebook may use in all, in GiB (default 4); a cell that would pass it stops with 'memory limit exceeded'.",
                               valueName: "GiB"))
    var memoryLimit: Double?

    /// `--memory-limit` in bytes (nil: the default); a value that is not a positive number is a usage error.
    func memoryLimitBytes() throws -> Int? {
        guard let memoryLimit else { return nil }
        guard memoryLimit > 0, memoryLimit < 1_000_000 else {
            throw ValidationError("--memory-limit takes a positive number of GiB, not '\(memoryLimit)'")
        }
        return Int(memoryLimit * Double(1 << 30))
    }

    /// The `--params` file's assignments, then the `--param` ones (so a name given in both is reported as given
    /// twice); a bad argument exits with code 2 after saying what is wrong.
    func assignments() throws -> [ParameterAssignment] {
        var assignments: [ParameterAssignment] = []
        if let parameterFile {
            switch ParameterFile.read(parameterFile) {
            case .success(let fromFile): assignments += fromFile
            case .failure(let error):
                FileHandle.standardError.write(Data(error.formatted(path: parameterFile).utf8))
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
