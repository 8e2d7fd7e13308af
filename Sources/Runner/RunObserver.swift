import Bindings
import CellLanguage

/// The interpreter of a run with its compiled cells, at the point an observer sees it.
struct RunCheckpoint {
    /// The run's interpreter; its state is that of the cells run so far.
    let interpreter: Interpreter
    /// Every cell compiled, by cell index (`nil`: not evaluated).
    let compiled: [CompiledCell?]
    /// The bindings' own state (control values, figures shown); a forked process changes it per state.
    let bindingState: BindingState
}

/// Told what a run does, so a live page can take checkpoints before the cells that depend on controls.
struct RunObserver {
    /// After every cell compiled without errors, before any cell runs, with every cell's cache key (none without a
    /// cache); answers the cells that must run in this process even when cached.
    var compiled: (RunCheckpoint, _ keys: [String]) -> Set<Int>
    /// Just before cell `index` runs.
    var beforeCell: (_ index: Int) -> Void
    /// Just after cell `index` ran, with the CPU time of the thread that ran it, in seconds (not wall-clock time, so
    /// that a busy machine does not change which live states a page holds).
    var afterCell: (_ index: Int, _ seconds: Double) -> Void
}
