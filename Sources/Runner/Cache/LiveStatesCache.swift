import Diagnostics
import Foundation
import NotebookFormat
import Parameters

/// The live states of a page, kept in the cell cache: a notebook whose cells, controls, parameters and budget are
/// unchanged reuses them, so its cells come from the cell cache and none runs — a prose edit runs nothing on a live
/// page either. Diagnostics in the states are stored relative to their cell, as cell entries are, so prose that moves
/// the cells does not invalidate them; any change to a cell computes the states again.
enum LiveStatesCache {
    /// The key covering everything the states depend on (not where the cells sit in the file).
    static func key(_ notebook: Notebook, controls: [Control], options: RunOptions, budget: LiveBudget) -> String {
        let controlParts = controls.map {
            "\($0.name) \(String(reflecting: $0.kind)) \(String(reflecting: $0.defaultValue)) \($0.label ?? "") \($0.cellIndex)"
        }
        var parts = ["nbrun-live-states 2", NBRunVersion.buildIdentity, controlParts.joined(separator: "\n"),
                     String(reflecting: budget), String(reflecting: options.parameters.sorted { $0.key < $1.key }),
                     String(options.allowErrors), String(options.defaultTimeout), notebook.frontMatter.language ?? ""]
        for cell in notebook.cells {
            parts.append("\(cell.columnOffset):\(cell.code)")
        }
        if notebook.cells.contains(where: { $0.code.contains("courseText") }) {
            parts.append(SHA256.hex(options.courseText()))
        }
        return SHA256.hex(parts.joined(separator: "\u{1F}"))
    }

    /// The states stored under `key`, with their diagnostics placed at the cells' current positions; nil when none.
    static func load(_ key: String, from cache: CellCache, notebook: Notebook) -> LiveStates? {
        guard let data = cache.loadBlob(key),
              let stored = try? JSONDecoder().decode(LiveStates.self, from: data) else { return nil }
        return moved(stored, notebook: notebook, by: { cell in cell.firstLine + cell.optionLineCount })
    }

    /// Stores `states` under `key`, unless a diagnostic points outside its cell (it could not be moved with it).
    static func store(_ states: LiveStates, key: String, in cache: CellCache, notebook: Notebook) {
        guard let relative = moved(states, notebook: notebook, by: { cell in -(cell.firstLine + cell.optionLineCount) },
                                   checkInside: true) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(relative) else { return }
        cache.storeBlob(Array(data), key: key)
    }

    /// The states with every diagnostic's line shifted by `offset(cell)`; with `checkInside`, nil when a diagnostic
    /// lies outside its cell's lines.
    private static func moved(_ states: LiveStates, notebook: Notebook, by offset: (Cell) -> Int,
                              checkInside: Bool = false) -> LiveStates? {
        var result = states
        for (groupIndex, group) in states.groups.enumerated() {
            for (position, cellIndex) in group.cells.enumerated() where cellIndex < notebook.cells.count {
                let cell = notebook.cells[cellIndex]
                let lastLine = cell.firstLine + cell.code.split(separator: "\n", omittingEmptySubsequences: false).count - 1
                for (state, cellResult) in group.results[position].enumerated() {
                    var shifted = cellResult
                    for (index, diagnostic) in cellResult.diagnostics.enumerated() {
                        guard let location = diagnostic.location else { continue }
                        if checkInside && (location.line < cell.firstLine + cell.optionLineCount || location.line > lastLine) {
                            return nil
                        }
                        shifted.diagnostics[index].location = SourceLocation(line: location.line + offset(cell),
                                                                             column: location.column)
                    }
                    result.groups[groupIndex].results[position][state] = shifted
                }
            }
        }
        return result
    }
}
