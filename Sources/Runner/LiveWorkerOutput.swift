import NotebookFormat

/// What one worker sends back: for each cell, its distinct results, and which one each of its states gave.
struct LiveWorkerOutput: Codable {
    /// The state indexes this worker computed, in order.
    var states: [Int]
    /// `tables[c]`: the distinct results of the job's cell `c`.
    var tables: [[CellResult]]
    /// `picks[c][k]`: the index in `tables[c]` of the result of cell `c` in state `states[k]`.
    var picks: [[Int]]

    init(cellCount: Int) {
        states = []
        tables = Array(repeating: [], count: cellCount)
        picks = Array(repeating: [], count: cellCount)
    }

    /// Adds one state's results (one per cell), storing each distinct result once.
    mutating func add(state: Int, results: [CellResult], seen: inout [[CellResultKey: Int]]) {
        states.append(state)
        for (cell, result) in results.enumerated() {
            let key = CellResultKey(result)
            if let known = seen[cell][key] {
                picks[cell].append(known)
            } else {
                seen[cell][key] = tables[cell].count
                picks[cell].append(tables[cell].count)
                tables[cell].append(result)
            }
        }
    }
}
