import Foundation

/// `fork()` for the runner's helper processes (checkpoints, workers, live-state workers), so that none outlives nbrun.
///
/// A forked child inherits nbrun's descriptors (the terminal, a test's pipes, preview's listening socket) and its
/// signal dispositions: nbrun ignores SIGINT and SIGTERM and handles them on a dispatch source, which a forked child
/// does not run. So a child restores the default dispositions, and a watchdog thread ends it as soon as the nbrun
/// process that started the family is gone — a frozen checkpoint whose worker exited (it then belongs to init)
/// included.
enum ForkedChild {
    /// The process that started the family: read before the first fork, so every descendant keeps the same value.
    private static let root = getpid()

    /// Forks like `fork()`; in the child, sets up the default signals and the watchdog before returning 0.
    static func fork() -> pid_t {
        let root = Self.root
        fflush(nil)
        let pid = Glibc.fork()
        if pid == 0 { adopt(root: root) }
        return pid
    }

    private static func adopt(root: pid_t) {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        guard getpid() != root else { return }
        var thread = pthread_t()
        let rootBox = UnsafeMutablePointer<pid_t>.allocate(capacity: 1)
        rootBox.initialize(to: root)
        _ = pthread_create(&thread, nil, { argument in
            let root = argument!.assumingMemoryBound(to: pid_t.self).pointee
            while true {
                usleep(200_000)
                if kill(root, 0) != 0 && errno == ESRCH { _exit(0) }
            }
        }, rootBox)
    }
}
