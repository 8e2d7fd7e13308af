import Foundation

/// Runs work synchronously on a fresh thread with a large stack, so interpreted recursion up to the call-depth
/// limit can never overflow the native stack.
enum BigStackThread {
    /// Stack size for cell threads: 1 GiB of address space (pages are only committed when touched).
    static let stackSize = 1 << 30

    static func run(_ work: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
    }
}
