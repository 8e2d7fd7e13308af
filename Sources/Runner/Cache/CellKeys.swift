import CellLanguage
import Foundation
import NotebookFormat
import Parameters

/// What a cell's outputs may depend on besides its own code, as far as the cache is concerned.
struct CellInputs: Sendable, Hashable {
    /// Earlier cells whose effects on the shared state the cell may read.
    var dependencies: [Int]
    /// The controls whose values the cell may read; nil means every control.
    var controls: Set<String>?
    /// Whether the cell may call `courseText()`.
    var readsCourseText: Bool

    /// The inputs the cells' static facts give: each cell depends on the last earlier writer of every name it reads
    /// (`CellDependencies`), on the controls it calls, and on the course text when it calls `courseText()`. A cell
    /// without facts (`eval: false`) depends on nothing and never runs.
    static func from(_ facts: [CellFacts?]) -> [CellInputs] {
        let graph = CellDependencies(facts: facts)
        return facts.indices.map { index in
            guard let cellFacts = facts[index] else { return CellInputs(dependencies: [], controls: [], readsCourseText: false) }
            return CellInputs(dependencies: graph.directDependencies(of: index), controls: cellFacts.controls,
                              readsCourseText: cellFacts.readsCourseText)
        }
    }
}

/// The cache keys of a notebook's cells: a SHA-256 over everything that can change what a cell produces.
///
/// A key covers nbrun's build, the cell's code (not its display-only option lines), its column offset, its time
/// limit, the page's language (figure descriptions and progress lines follow it), the values of the controls it may read, the course text when it may read it, and, recursively, the keys of
/// the cells it depends on. Where the cell sits in the notebook is not part of it: prose edits keep keys unchanged.
enum CellKeys {
    /// One key per cell, by cell index.
    static func keys(cells: [Cell], inputs: [CellInputs], parameters: [String: ParameterValue],
                     courseText: () -> String, defaultTimeout: Double, language: String? = nil) -> [String] {
        var courseTextHash: String?
        var keys: [String] = []
        for (cell, input) in zip(cells, inputs) {
            var parts = ["nbrun-cell-key 1", NBRunVersion.buildIdentity, cell.displayCode, String(cell.columnOffset),
                         String(cell.options.timeout ?? defaultTimeout), "lang \(language ?? "")"]
            for name in parameters.keys.sorted() where input.controls?.contains(name) ?? true {
                parts.append("param \(name) \(String(reflecting: parameters[name]!))")
            }
            if input.readsCourseText {
                if courseTextHash == nil { courseTextHash = SHA256.hex(courseText()) }
                parts.append("courseText \(courseTextHash!)")
            }
            for dependency in input.dependencies.sorted() where dependency < keys.count {
                parts.append("after \(keys[dependency])")
            }
            keys.append(SHA256.hex(parts.map { "\($0.utf8.count):\($0)" }.joined(separator: "\n")))
        }
        return keys
    }

    /// `cells` plus every cell they depend on, transitively.
    static func closure(of cells: Set<Int>, inputs: [CellInputs]) -> Set<Int> {
        var result = cells
        var pending = Array(cells)
        while let cell = pending.popLast() {
            for dependency in inputs[cell].dependencies where result.insert(dependency).inserted {
                pending.append(dependency)
            }
        }
        return result
    }
}
