import ArgumentParser
import Foundation
import Publishing

/// `nbrun debug facts FILE.md`: the compiler's view of a notebook, for developers (hidden from `--help`).
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Show what the cell-language compiler knows about a notebook's cells.",
        shouldDisplay: false
    )

    /// What to show.
    enum View: String, ExpressibleByArgument, CaseIterable {
        case facts
    }

    @Argument(help: "What to show: facts (the names each cell reads and writes, and the controls that reach it).")
    var view: View

    @Argument(help: "The notebook.")
    var notebook: String

    mutating func run() throws {
        let listing = FactsListing.list(notebook)
        FileHandle.standardError.write(Data(listing.diagnosticsText.utf8))
        print(listing.text, terminator: "")
        if listing.outcome != .success { throw ExitCode(Int32(listing.outcome.rawValue)) }
    }
}
