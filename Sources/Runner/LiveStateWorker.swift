import Foundation
import NotebookFormat
import Parameters

/// The work done inside a checkpoint process: re-running a segment's cells for each of its share of the states.
struct LiveStateWorker {
    let checkpoint: RunCheckpoint
    let cells: [Cell]
    let options: RunOptions

    /// Waits for the job, runs it and exits; never returns.
    func serve(commandFD: Int32, resultFDs: [Int32]) -> Never {
        guard let message = LivePipe.receive(from: commandFD), !message.isEmpty,
              let job = try? JSONDecoder().decode(LiveJob.self, from: message) else { _exit(0) }
        close(commandFD)
        let workers = max(1, min(job.workers, resultFDs.count))
        var children: [pid_t] = []
        for worker in 1..<max(workers, 1) {
            fflush(nil)
            let pid = ForkedChild.fork()
            if pid == 0 {
                for (position, fd) in resultFDs.enumerated() where position != worker { close(fd) }
                work(job, worker: worker, of: workers, to: resultFDs[worker])
                _exit(0)
            }
            if pid > 0 { children.append(pid) }
        }
        for (position, fd) in resultFDs.enumerated() where position != 0 { close(fd) }
        if children.count == workers - 1 {
            work(job, worker: 0, of: workers, to: resultFDs[0])
        }
        close(resultFDs[0])
        for child in children {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
        _exit(0)
    }

    /// Computes states `worker`, `worker + workers`, … and writes them to `fd`.
    func work(_ job: LiveJob, worker: Int, of workers: Int, to fd: Int32) {
        let base = checkpoint.bindingState.controls
        var output = LiveWorkerOutput(cellCount: job.cells.count)
        var seen = Array(repeating: [CellResultKey: Int](), count: job.cells.count)
        for state in stride(from: worker, to: job.states.count, by: workers) {
            var values = base
            for (name, value) in job.states[state] { values[name] = value.value }
            let results = job.inPlace ? run(job, values: values) : runForked(job, values: values)
            output.add(state: state, results: results, seen: &seen)
        }
        LivePipe.writeAll(Data(LiveWireFormat.encode(output)), to: fd)
        close(fd)
    }

    /// Runs the cells once with the controls at `values`, as the run would have: a failing cell stops the others
    /// unless it is marked `error: true` or errors are allowed.
    ///
    /// Each cell starts with the count of figures shown that the run had before it, moved by the figures the
    /// state's earlier cells showed more or fewer than in the run, so plot ids are those of a run with these values.
    func run(_ job: LiveJob, values: [String: ParameterValue]) -> [CellResult] {
        let state = checkpoint.bindingState
        state.controls = values
        var results: [CellResult] = []
        var stopped = false
        var figureShift = 0
        for (position, index) in job.cells.enumerated() {
            guard !stopped, let unit = checkpoint.compiled[index] else {
                results.append(CellResult(status: .notRun))
                continue
            }
            let cell = cells[index]
            state.figuresShown = job.figuresBefore[position] + figureShift
            let execution = checkpoint.interpreter.run(unit, timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
            figureShift += state.figuresShown - job.figuresBefore[position] - figureShift - job.figuresShown[position]
            let outputs = execution.outputs.map(CellOutputMapping.output)
            results.append(CellResult(status: execution.succeeded ? .succeeded : .failed, outputs: outputs,
                                      diagnostics: execution.diagnostics))
            if !execution.succeeded && !cell.options.error && !options.allowErrors { stopped = true }
        }
        return results
    }

    /// Runs the cells in a fork of this process, so the state they change is thrown away afterwards.
    func runForked(_ job: LiveJob, values: [String: ParameterValue]) -> [CellResult] {
        var ends: [Int32] = [0, 0]
        let failure = job.cells.map { _ in CellResult(status: .failed, diagnostics: [.error("this state could not be computed", at: nil)]) }
        guard pipe(&ends) == 0 else { return failure }
        fflush(nil)
        let pid = ForkedChild.fork()
        if pid == 0 {
            close(ends[0])
            let results = run(job, values: values)
            if let data = try? JSONEncoder().encode(results) { LivePipe.writeAll(data, to: ends[1]) }
            _exit(0)
        }
        close(ends[1])
        let data = pid > 0 ? LivePipe.readToEnd([ends[0]], deadline: .max).first ?? nil : nil
        close(ends[0])
        var status: Int32 = 0
        if pid > 0 { while waitpid(pid, &status, 0) < 0 && errno == EINTR {} }
        guard let data, let results = try? JSONDecoder().decode([CellResult].self, from: data) else { return failure }
        return results
    }
}
