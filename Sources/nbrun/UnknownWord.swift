import ArgumentParser
import Diagnostics
import Foundation

/// Names the word nbrun did not understand when the first argument is neither a subcommand nor an existing path:
/// `nbrun previw x.md` says `unknown subcommand 'previw'` with a suggestion, not "unexpected argument 'x.md'".
enum UnknownWord {
    /// Throws a usage error when `arguments` starts with a word that is no subcommand, no option and no file.
    static func check(_ arguments: ArraySlice<String>, subcommands: [any ParsableCommand.Type]) throws {
        guard let first = arguments.first, !first.hasPrefix("-"), arguments.count > 1 else { return }
        let names = subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
        guard !names.contains(first), !FileManager.default.fileExists(atPath: first),
              !first.contains("/"), !first.contains(".") else { return }
        if let suggestion = NameSuggester.suggestion(for: first, among: names) {
            throw ValidationError("unknown subcommand '\(first)'; did you mean '\(suggestion)'?")
        }
        throw ValidationError("'\(first)' is neither a subcommand (\(names.dropLast().joined(separator: ", "))) nor a file")
    }
}
