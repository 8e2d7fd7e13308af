import Diagnostics
import Foundation
import NotebookFormat
import Parameters

/// What a live segment came to, as the cache keeps it: its group of states (nil when it stays static), why its cells
/// stay static, what its states cost of the page's CPU budget, and the figure counts its cells ran after.
struct LiveSegmentRecord: Codable, Hashable {
    var group: LiveStates.Group?
    var staticCells: [Int: LiveStates.Reason]
    var cost: Double
    var figuresBefore: [Int?]
}

/// The live states of a page, kept in the cell cache one segment at a time (`LivePlan`): a segment whose cells,
/// their dependencies, the controls, parameters and budget are unchanged reuses its states, so an edit elsewhere in
/// the notebook — prose, or a cell the segment does not read — recomputes nothing but what changed. Diagnostics in the
/// states are stored relative to their cell, as cell entries are, so prose that moves the cells does not invalidate
/// them.
enum LiveStatesCache {
    /// The key of a segment: its cells (where they are and their cache keys, which cover their code, what they
    /// read and the values of the controls they read) and everything that decides its states.
    static func key(_ segment: LiveSegment, cellKeys: [String], notebook: Notebook, controls: [Control],
                    options: RunOptions, budget: LiveBudget) -> String {
        let controlParts = controls.map {
            "\($0.name) \(String(reflecting: $0.kind)) \(String(reflecting: $0.defaultValue)) \($0.label ?? "")"
        }
        var parts = ["nbrun-live-segment 1", NBRunVersion.buildIdentity, controlParts.joined(separator: "\n"),
                     String(reflecting: budget), String(reflecting: options.parameters.sorted { $0.key < $1.key }),
                     String(options.allowErrors), String(options.defaultTimeout), notebook.frontMatter.language ?? "",
                     String(segment.inPlace)]
        for cell in segment.cells {
            let controls = (segment.controlsOf[cell] ?? []).sorted().joined(separator: ",")
            parts.append("\(cell) \(cell < cellKeys.count ? cellKeys[cell] : "") \(controls)")
        }
        return SHA256.hex(parts.joined(separator: "\u{1F}"))
    }

    /// The record stored under `key`, its group without its results (`results(of:…)` reads them, only when the
    /// page's layout is not cached too); nil when none, or when its results are missing.
    static func load(_ key: String, from cache: CellCache, notebook: Notebook) -> LiveSegmentRecord? {
        guard let data = cache.loadBlob(key),
              let record = try? JSONDecoder().decode(LiveSegmentRecord.self, from: data) else { return nil }
        if record.group != nil && !cache.hasBlob(resultsKey(key)) { return nil }
        return record
    }

    /// The group with its results read from the cache (their diagnostics placed at the cells' current positions);
    /// nil when they are missing or damaged.
    static func results(of group: LiveStates.Group, key: String, from cache: CellCache,
                        notebook: Notebook) -> LiveStates.Group? {
        guard let data = cache.loadBlob(resultsKey(key)),
              let stored = try? JSONDecoder().decode(LiveStates.Group.self, from: data),
              stored.cells == group.cells, stored.controls == group.controls, stored.values == group.values else { return nil }
        return moved(stored, notebook: notebook, by: { cell in cell.firstLine + cell.optionLineCount })
    }

    /// Stores `record` under `key` (its group's results beside it), unless a diagnostic points outside its cell (it
    /// could not be moved with it).
    static func store(_ record: LiveSegmentRecord, key: String, in cache: CellCache, notebook: Notebook) {
        var skeleton = record
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        if let group = record.group {
            guard let moved = moved(group, notebook: notebook, by: { cell in -(cell.firstLine + cell.optionLineCount) },
                                    checkInside: true),
                  let results = try? encoder.encode(moved) else { return }
            cache.storeBlob(Array(results), key: resultsKey(key))
            skeleton.group?.dropResults()
        }
        guard let data = try? encoder.encode(skeleton) else { return }
        cache.storeBlob(Array(data), key: key)
    }

    /// The key of a segment's results, beside its record.
    static func resultsKey(_ key: String) -> String {
        key + "-results"
    }

    /// The group with every diagnostic's line shifted by `offset(cell)`; with `checkInside`, nil when a diagnostic
    /// lies outside its cell's lines.
    private static func moved(_ group: LiveStates.Group, notebook: Notebook, by offset: (Cell) -> Int,
                              checkInside: Bool = false) -> LiveStates.Group? {
        var result = group
        for (position, cellIndex) in group.cells.enumerated() {
            guard cellIndex < notebook.cells.count else { return nil }
            let cell = notebook.cells[cellIndex]
            let lastLine = cell.firstLine + cell.code.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            for (state, cellResult) in group.results[position].enumerated() where !cellResult.diagnostics.isEmpty {
                var shifted = cellResult
                for (index, diagnostic) in cellResult.diagnostics.enumerated() {
                    guard let location = diagnostic.location else { continue }
                    if checkInside && (location.line < cell.firstLine + cell.optionLineCount || location.line > lastLine) {
                        return nil
                    }
                    shifted.diagnostics[index].location = SourceLocation(line: location.line + offset(cell),
                                                                         column: location.column)
                }
                result.results[position][state] = shifted
            }
        }
        return result
    }
}
