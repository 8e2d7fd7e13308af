import ArgumentParser
import Foundation
import Runner

/// The flags `render` and `preview` share: the cell cache and the progress display.
struct RunFlags: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Run every cell; neither read nor write the cell cache.")
    var noCache = false

    @Flag(help: "Run every cell and replace the cache's entries with the fresh outputs.")
    var refresh = false

    @Option(help: ArgumentHelp("Progress while cells run: 'auto' (a live status line when stderr is a terminal), "
                               + "'plain' (one line per cell), or 'none'.", valueName: "mode"))
    var progress: ProgressMode = .auto

    func validate() throws {
        if noCache && refresh { throw ValidationError("--no-cache and --refresh contradict each other; give one") }
    }

    /// The cache for notebooks at `path` (a notebook or a course folder), or nil with `--no-cache`.
    func cache(for path: String) -> CellCache? {
        noCache ? nil : CellCache(directory: CellCache.defaultDirectory(for: path), mode: refresh ? .refresh : .readWrite)
    }
}

/// How progress is shown.
enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
    case auto, plain, none
}
