import CellLanguage
import Diagnostics
import Foundation
import NotebookFormat

/// Interpreter states kept at cell boundaries between runs of a notebook, as frozen worker processes
/// (`Checkpoint`), so that after an edit only the cells that must run do, starting from the state before them:
/// `nbrun preview` edits a cell below a trained model without training it again.
///
/// A run with a store goes out of process. With a usable checkpoint at boundary b (no later than the first cell
/// whose outputs are not cached), that checkpoint runs the changed cells and those that read from them; without one,
/// a fresh worker runs every cell that must run and leaves a checkpoint before each of them. Results equal an
/// in-process run's (tests compare them); when anything goes wrong out of process the caller runs in process.
public final class CheckpointStore: @unchecked Sendable {
    /// What one cell's run produced.
    struct Record {
        var outputs: [CellOutput]
        var runtimeDiagnostics: [Diagnostic]
    }

    /// How many checkpoints are kept at most per notebook (the oldest go first).
    public let limit: Int
    private let lock = NSLock()
    private var notebooks: [String: CheckpointStore] = [:]
    private var handles: [Checkpoint.Handle] = []

    /// An empty store keeping at most `limit` checkpoints per notebook.
    public init(limit: Int = 32) {
        self.limit = limit
    }

    deinit { closeAll() }

    /// Ends every checkpoint process.
    public func closeAll() {
        lock.lock(); defer { lock.unlock() }
        handles.forEach { $0.close() }
        handles.removeAll()
        notebooks.values.forEach { $0.closeAll() }
        notebooks.removeAll()
    }

    /// The boundaries of the checkpoints kept now for `notebook`, ascending (for tests and diagnostics).
    public func boundaries(of notebook: String) -> [Int] {
        let book = self.book(notebook)
        book.lock.lock(); defer { book.lock.unlock() }
        return book.handles.map(\.boundary).sorted()
    }

    /// The store of one notebook's checkpoints (runs of different notebooks go on in parallel).
    private func book(_ notebook: String) -> CheckpointStore {
        lock.lock(); defer { lock.unlock() }
        if let book = notebooks[notebook] { return book }
        let book = CheckpointStore(limit: limit)
        notebooks[notebook] = book
        return book
    }

    /// Runs what `misses` need out of process and returns every cell run, by index, or nil when that failed.
    func execute(notebook: String, cells: [Cell], keys: [String], misses: Set<Int>, inputs: [CellInputs],
                 environment: String, options: RunOptions, makeInterpreter: () -> Interpreter,
                 report: (RunProgress.Event) -> Void) -> [Int: Record]? {
        let book = self.book(notebook)
        book.lock.lock(); defer { book.lock.unlock() }
        return book.executeHere(cells: cells, keys: keys, misses: misses, inputs: inputs, environment: environment,
                                options: options, makeInterpreter: makeInterpreter, report: report)
    }

    private func executeHere(cells: [Cell], keys: [String], misses: Set<Int>, inputs: [CellInputs], environment: String,
                             options: RunOptions, makeInterpreter: () -> Interpreter,
                             report: (RunProgress.Event) -> Void) -> [Int: Record]? {
        let code = cells.map(\.code)
        retire { $0.environment != environment || $0.boundary > code.count || Array(code[..<$0.boundary]) != $0.prefixCode }
        let order = { (from: Int, run: [Int], checkpoints: [Int]) in
            WorkOrder(cells: cells.map(WorkOrder.CellSpec.init), from: from, run: run, allowErrors: options.allowErrors,
                      defaultTimeout: options.defaultTimeout, checkpointAt: checkpoints)
        }
        if let (handle, run) = bestCheckpoint(keys: keys, misses: misses, inputs: inputs) {
            guard MessagePipe.send(order(handle.boundary, run, []), to: handle.requests) else {
                retire { $0.pid == handle.pid }
                return nil
            }
            let records = collect(from: handle.replies, cells: cells, report: report) { _, _ in }
            if records == nil { retire { $0.pid == handle.pid } }
            return records
        }
        return coldRun(cells: cells, keys: keys, misses: misses, inputs: inputs, environment: environment,
                       order: order, makeInterpreter: makeInterpreter, report: report)
    }

    /// The latest checkpoint whose state serves these misses, with the cells it must run; nil when none does.
    private func bestCheckpoint(keys: [String], misses: Set<Int>, inputs: [CellInputs]) -> (Checkpoint.Handle, [Int])? {
        guard let first = misses.min() else { return nil }
        for handle in handles.sorted(by: { $0.boundary > $1.boundary }) where handle.boundary <= first {
            var run = Set<Int>()
            var pending = Array(misses)
            var usable = true
            while let cell = pending.popLast(), usable {
                guard run.insert(cell).inserted else { continue }
                for dependency in inputs[cell].dependencies {
                    if dependency >= handle.boundary {
                        pending.append(dependency)
                    } else if handle.ranKeys[dependency] != keys[dependency] {
                        usable = false
                    }
                }
            }
            if usable { return (handle, run.sorted()) }
        }
        return nil
    }

    /// Runs in a fresh worker, leaving a checkpoint before every cell it runs and after the last one.
    private func coldRun(cells: [Cell], keys: [String], misses: Set<Int>, inputs: [CellInputs], environment: String,
                         order: (Int, [Int], [Int]) -> WorkOrder, makeInterpreter: () -> Interpreter,
                         report: (RunProgress.Event) -> Void) -> [Int: Record]? {
        let run = CellKeys.closure(of: misses, inputs: inputs).sorted()
        guard let last = run.last else { return [:] }
        let boundaries = Set(run + [last + 1]).filter { $0 >= 1 }.sorted()
        var pipes: [Int: CellWorker.Pipes] = [:]
        for boundary in boundaries {
            var request: [Int32] = [0, 0], reply: [Int32] = [0, 0]
            guard pipe(&request) == 0, pipe(&reply) == 0 else { return nil }
            pipes[boundary] = CellWorker.Pipes(requestRead: request[0], requestWrite: request[1],
                                               replyRead: reply[0], replyWrite: reply[1])
        }
        var results: [Int32] = [0, 0]
        guard pipe(&results) == 0 else { return nil }
        let work = order(0, run, boundaries)
        // The interpreter and its bindings are made before the fork: the child inherits them, so it does not
        // instantiate their Swift metadata itself. A child that does may take a lock of the Swift runtime that
        // another thread of this process (preview's HTTP server) held at the fork, and wait on it forever.
        let interpreter = makeInterpreter()
        fflush(nil)
        let worker = ForkedChild.fork()
        if worker == 0 {
            var keep: Set<Int32> = [0, 1, 2, results[1]]
            for ends in pipes.values { keep.formUnion([ends.requestRead, ends.replyWrite]) }
            CheckpointStore.closeDescriptors(except: keep)
            CellWorker(interpreter: interpreter, output: results[1], boundaries: pipes).perform(work)
            _exit(0)
        }
        close(results[1])
        for ends in pipes.values {
            close(ends.requestRead)
            close(ends.replyWrite)
        }
        var finished: [Int: Record] = [:]
        let collected = collect(from: results[0], cells: cells, report: report) { boundary, pid in
            guard let ends = pipes.removeValue(forKey: boundary) else { return }
            let ran = Dictionary(uniqueKeysWithValues: finished.keys.filter { $0 < boundary }.map { ($0, keys[$0]) })
            handles.append(Checkpoint.Handle(boundary: boundary, ranKeys: ran, prefixCode: cells[..<boundary].map(\.code),
                                             environment: environment, pid: pid, requests: ends.requestWrite,
                                             replies: ends.replyRead))
        } onRecord: { finished[$0] = $1 }
        close(results[0])
        var status: Int32 = 0
        waitpid(worker, &status, 0)
        for ends in pipes.values {
            close(ends.requestWrite)
            close(ends.replyRead)
        }
        while handles.count > limit { handles.removeFirst().close() }
        return collected
    }

    /// Reads a worker's messages until it finishes; nil when it died first.
    private func collect(from descriptor: Int32, cells: [Cell], report: (RunProgress.Event) -> Void,
                         onCheckpoint: (Int, pid_t) -> Void,
                         onRecord: (Int, Record) -> Void = { _, _ in }) -> [Int: Record]? {
        var records: [Int: Record] = [:]
        while let message = MessagePipe.receive(WorkerMessage.self, from: descriptor) {
            switch message {
            case .cellStarted(let index):
                let cell = cells[index]
                report(.cell(index: index, count: cells.count, label: cell.options.label ?? "cell \(index + 1)", cached: false))
            case .training(let step, let total, let loss, let unit):
                report(.training(TrainingProgress(step: step, total: total, loss: loss, unit: unit)))
            case .cellFinished(let index, let outputs, let runtimeDiagnostics):
                records[index] = Record(outputs: outputs, runtimeDiagnostics: runtimeDiagnostics)
                onRecord(index, records[index]!)
            case .checkpoint(let boundary, let pid):
                onCheckpoint(boundary, pid)
            case .finished:
                return records
            case .crashed:
                return nil
            }
        }
        return nil
    }

    /// Closes every open descriptor of this (forked) process not in `keep`: the server's sockets and other workers'
    /// pipes must not live on in workers and checkpoints.
    private static func closeDescriptors(except keep: Set<Int32>) {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in open where !keep.contains(descriptor) { close(descriptor) }
    }

    /// Ends and forgets the checkpoints `condition` selects.
    private func retire(where condition: (Checkpoint.Handle) -> Bool) {
        handles.removeAll { handle in
            guard condition(handle) else { return false }
            handle.close()
            return true
        }
    }
}
