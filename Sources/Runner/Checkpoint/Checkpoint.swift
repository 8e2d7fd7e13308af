import CellLanguage
import Foundation

/// A copy of a worker process frozen at a cell boundary: its interpreter holds the state of the cells that ran
/// before the boundary. Given a `WorkOrder`, it forks once more and the copy carries the order out from that state,
/// so the checkpoint itself stays at its boundary for the next order.
///
/// nbrun's side of it (`Handle`) is a process id and two pipes; closing them ends the checkpoint.
enum Checkpoint {
    /// What nbrun keeps of one checkpoint.
    struct Handle {
        /// The cell index the checkpoint waits before.
        var boundary: Int
        /// The cells that ran in its state before the boundary, with the cache keys they had.
        var ranKeys: [Int: String]
        /// The code of every cell before the boundary (all were compiled in its state).
        var prefixCode: [String]
        /// The parameter values its interpreter was given.
        var environment: String
        var pid: pid_t
        var requests: Int32
        var replies: Int32

        /// Ends the checkpoint process and releases its pipes. (It is the child of a worker that has exited, so it is
        /// not ours to wait for.)
        func close() {
            Glibc.close(requests)
            Glibc.close(replies)
            if pid > 0 { kill(pid, SIGKILL) }
        }
    }

    /// The checkpoint's loop, in the frozen process: every order read from `requests` is carried out by a forked copy
    /// reporting on `replies`; the end of `requests` (nbrun closed it or exited) ends the process.
    static func serve(interpreter: Interpreter, requests: Int32, replies: Int32) -> Never {
        while let order = MessagePipe.receive(WorkOrder.self, from: requests) {
            fflush(nil)
            let child = ForkedChild.fork()
            if child == 0 {
                close(requests)
                CellWorker(interpreter: interpreter, output: replies, boundaries: [:]).perform(order)
                _exit(0)
            }
            var status: Int32 = 0
            if child < 0 || waitpid(child, &status, 0) != child || status != 0 {
                MessagePipe.send(WorkerMessage.crashed, to: replies)
            }
        }
        _exit(0)
    }
}
