import ArgumentParser
import Foundation
import Publishing

/// `nbrun debug facts|ast|types|counts|resolve|check FILE.md`: the compiler's view of a notebook, for developers (hidden from `--help`).
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Show what the cell-language compiler knows about a notebook's cells, without running them.",
        shouldDisplay: false
    )

    @Argument(help: "What to show: facts (names each cell reads and writes, controls reaching it), ast (syntax tree), types (syntax tree with every expression's type), counts (nodes compiled, type requests and what answered them), resolve (what every name refers to, closures' captures), check (the type checker's coverage and disagreements).")
    var view: CompilerListing.View

    @Argument(help: "The notebook.")
    var notebook: String

    mutating func run() throws {
        let listing = CompilerListing.list(notebook, view: view)
        FileHandle.standardError.write(Data(listing.diagnosticsText.utf8))
        print(listing.text, terminator: "")
        if listing.outcome != .success { throw ExitCode(Int32(listing.outcome.rawValue)) }
    }
}

extension CompilerListing.View: ExpressibleByArgument {}
