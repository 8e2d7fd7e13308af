import Foundation
import NotebookFormat
import Parameters

/// A process forked from a run just before a segment's first cell: a copy of the interpreter at that checkpoint.
/// It waits for the states to compute, computes them (itself and `workers - 1` forked siblings, each its share) and
/// sends every worker's results back on its own pipe; the run itself goes on meanwhile.
final class LiveCheckpointProcess {
    /// The checkpoint process (leader of its process group, with its workers).
    let pid: pid_t
    private var commandFD: Int32
    /// One pipe per worker, read by the parent.
    let resultFDs: [Int32]

    private init(pid: pid_t, commandFD: Int32, resultFDs: [Int32]) {
        self.pid = pid
        self.commandFD = commandFD
        self.resultFDs = resultFDs
    }

    /// Forks the checkpoint process, or nil when the system refuses (the segment then stays static).
    static func spawn(_ checkpoint: RunCheckpoint, cells: [Cell], workers: Int, options: RunOptions) -> LiveCheckpointProcess? {
        var command: [Int32] = [0, 0]
        guard pipe(&command) == 0 else { return nil }
        var results: [[Int32]] = []
        for _ in 0..<workers {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { break }
            results.append(ends)
        }
        fflush(nil)
        let pid = results.count == workers ? ForkedChild.fork() : -1
        if pid == 0 {
            close(command[1])
            results.forEach { close($0[0]) }
            setpgid(0, 0)
            let worker = LiveStateWorker(checkpoint: checkpoint, cells: cells, options: options)
            worker.serve(commandFD: command[0], resultFDs: results.map { $0[1] })
        }
        close(command[0])
        results.forEach { close($0[1]) }
        guard pid > 0 else {
            close(command[1])
            results.forEach { close($0[0]) }
            return nil
        }
        return LiveCheckpointProcess(pid: pid, commandFD: command[1], resultFDs: results.map { $0[0] })
    }

    /// Sends the job; the workers start at once.
    func start(_ job: LiveJob) {
        let data = (try? JSONEncoder().encode(job)) ?? Data()
        LivePipe.send(data, to: commandFD)
        close(commandFD)
        commandFD = -1
    }

    /// Tells the process it has nothing to do.
    func cancel() {
        guard commandFD >= 0 else { return }
        LivePipe.send(Data(), to: commandFD)
        close(commandFD)
        commandFD = -1
    }

    /// Waits for the process to end; with `kill`, ends it and its workers first.
    func finish(kill shouldKill: Bool) {
        cancel()
        if shouldKill { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        resultFDs.forEach { close($0) }
    }
}
