import ArgumentParser
import Foundation
import Publishing

/// `nbrun params FILE.md`: lists the notebook's parameters without running it.
struct ParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params",
        abstract: "List a notebook's parameters (name, type, default, domain, step, label, line) without running it."
    )

    @Argument(help: "The notebook.")
    var notebook: String

    mutating func run() throws {
        let listing = ParameterListing.list(notebook)
        FileHandle.standardError.write(Data(listing.diagnosticsText.utf8))
        print(listing.table, terminator: "")
        if listing.outcome != .success { throw ExitCode(Int32(listing.outcome.rawValue)) }
    }
}
