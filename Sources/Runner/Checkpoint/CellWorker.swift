import CellLanguage
import Foundation
import NotebookFormat

/// What runs inside a worker process: carries out a `WorkOrder` in the process's interpreter, reports every step
/// over a pipe, and leaves a checkpoint (a frozen copy of the process) at each boundary the order names.
final class CellWorker {
    /// The descriptors of one boundary's checkpoint: created by nbrun before the worker forked, so nbrun holds the
    /// other ends.
    struct Pipes {
        var requestRead: Int32
        var requestWrite: Int32
        var replyRead: Int32
        var replyWrite: Int32
    }

    private let interpreter: Interpreter
    private let output: Int32
    private let boundaries: [Int: Pipes]

    /// A worker reporting to `output`, with the pipes of the checkpoints it may leave, by boundary.
    init(interpreter: Interpreter, output: Int32, boundaries: [Int: Pipes]) {
        self.interpreter = interpreter
        self.output = output
        self.boundaries = boundaries
    }

    /// Carries out `order`, then reports `finished`.
    func perform(_ order: WorkOrder) {
        let output = self.output
        interpreter.progressHandler = { step in
            MessagePipe.send(WorkerMessage.training(step: step.step, total: step.total, loss: step.loss, unit: step.unit),
                             to: output)
        }
        let toRun = Set(order.run)
        let checkpoints = Set(order.checkpointAt)
        var index = order.from
        while index < order.cells.count {
            if checkpoints.contains(index) { leaveCheckpoint(at: index) }
            let cell = order.cells[index]
            index += 1
            guard cell.eval else { continue }
            let unit = interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset))
            guard toRun.contains(index - 1), !unit.hasErrors else { continue }
            MessagePipe.send(WorkerMessage.cellStarted(index - 1), to: output)
            let execution = interpreter.run(unit, timeoutSeconds: cell.timeout ?? order.defaultTimeout)
            let runtimeDiagnostics = Array(execution.diagnostics.dropFirst(unit.diagnostics.count))
            let outputs = execution.outputs.map(CellOutputMapping.output)
            MessagePipe.send(WorkerMessage.cellFinished(index: index - 1, outputs: outputs, runtimeDiagnostics: runtimeDiagnostics),
                             to: output)
            if !execution.succeeded && !cell.expectsError && !order.allowErrors { break }
        }
        if index == order.cells.count && checkpoints.contains(index) { leaveCheckpoint(at: index) }
        MessagePipe.send(WorkerMessage.finished, to: output)
    }

    /// Forks a copy of this process that waits at this boundary for orders (see `Checkpoint.serve`).
    private func leaveCheckpoint(at boundary: Int) {
        guard let pipes = boundaries[boundary] else { return }
        fflush(nil)
        let child = ForkedChild.fork()
        if child == 0 {
            close(output)
            for (other, otherPipes) in boundaries where other != boundary {
                close(otherPipes.requestRead)
                close(otherPipes.replyWrite)
            }
            Checkpoint.serve(interpreter: interpreter, requests: pipes.requestRead, replies: pipes.replyWrite)
        }
        close(pipes.requestRead)
        close(pipes.replyWrite)
        if child > 0 { MessagePipe.send(WorkerMessage.checkpoint(boundary: boundary, pid: child), to: output) }
    }
}
