import Foundation
import NotebookFormat
import Parameters

/// The live states of a page, kept in the cell cache: a notebook whose cells, positions, controls, parameters and
/// budget are unchanged (a prose edit that moves no cell) reuses them, so its cells come from the cell cache and none
/// runs. Any change to a cell, or a prose edit that moves cells (diagnostics in states carry line numbers), computes
/// them again.
enum LiveStatesCache {
    /// The key covering everything the states depend on.
    static func key(_ notebook: Notebook, controls: [Control], options: RunOptions, budget: LiveBudget) -> String {
        var parts = ["nbrun-live-states 1", NBRunVersion.buildIdentity, String(reflecting: controls),
                     String(reflecting: budget), String(reflecting: options.parameters.sorted { $0.key < $1.key }),
                     String(options.allowErrors), String(options.defaultTimeout), notebook.frontMatter.language ?? ""]
        for cell in notebook.cells {
            parts.append("\(cell.firstLine):\(cell.columnOffset):\(cell.code)")
        }
        if notebook.cells.contains(where: { $0.code.contains("courseText") }) {
            parts.append(SHA256.hex(options.courseText()))
        }
        return SHA256.hex(parts.joined(separator: "\u{1F}"))
    }

    /// The states stored under `key`, or nil.
    static func load(_ key: String, from cache: CellCache) -> LiveStates? {
        guard let data = cache.loadBlob(key) else { return nil }
        return try? JSONDecoder().decode(LiveStates.self, from: data)
    }

    /// Stores `states` under `key`.
    static func store(_ states: LiveStates, key: String, in cache: CellCache) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(states) else { return }
        cache.storeBlob(Array(data), key: key)
    }
}
