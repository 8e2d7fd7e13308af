import Diagnostics
import NotebookFormat

/// What a worker process is asked to do: compile a notebook's cells from `from` on (on top of the state it has)
/// and run the cells in `run`, in order, reporting as it goes.
struct WorkOrder: Codable {
    /// One cell as the worker needs it.
    struct CellSpec: Codable {
        var code: String
        var firstLine: Int
        var columnOffset: Int
        var eval: Bool
        var expectsError: Bool
        var timeout: Double?

        init(_ cell: Cell) {
            code = cell.code
            firstLine = cell.firstLine
            columnOffset = cell.columnOffset
            eval = cell.options.eval
            expectsError = cell.options.error
            timeout = cell.options.timeout
        }
    }

    /// Every cell of the notebook, in order.
    var cells: [CellSpec]
    /// The first cell to compile: cells before it were compiled (and those that had to, run) in the worker's state.
    var from: Int
    /// The cells to run, ascending, all at or after `from`.
    var run: [Int]
    /// Keep running after a failure.
    var allowErrors: Bool
    /// The time limit of a cell without a `timeout` option.
    var defaultTimeout: Double
    /// The boundaries (cell indices) before which the worker leaves a checkpoint; empty for a resumed run.
    var checkpointAt: [Int]
}

/// What a worker reports over its pipe, in order; the last message is `finished` (or the pipe closes on a crash).
enum WorkerMessage: Codable {
    /// Cell `index` starts running.
    case cellStarted(Int)
    /// A training call in the running cell finished a step.
    case training(step: Int, total: Int, loss: Double, unit: String)
    /// Cell `index` ran: its outputs and the diagnostics its run added to its compile diagnostics.
    case cellFinished(index: Int, outputs: [CellOutput], runtimeDiagnostics: [Diagnostic])
    /// A checkpoint (process `pid`) was left at `boundary` (before that cell).
    case checkpoint(boundary: Int, pid: Int32)
    /// The order is done.
    case finished
    /// The worker died (a crash, a signal) before finishing; only a checkpoint sends this, for its worker.
    case crashed
}
