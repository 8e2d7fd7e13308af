import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, never half of it.
public enum AtomicFile {
    /// Writes `contents` to a temporary file beside `path`, then renames it over `path`.
    ///
    /// The temporary name starts with `.` and ends in `.tmp`; it is removed on failure and, once
    /// `cleanUpOnInterrupt()` was called, on SIGINT and SIGTERM too. Parent folders are created when missing.
    public static func write(_ contents: String, to path: String) throws {
        if let refusal = OutputTarget.refusal(for: path) {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: refusal])
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        InFlightFiles.shared.add(temporary.path)
        defer { InFlightFiles.shared.remove(temporary.path) }
        do {
            try writeWithoutSync(contents, to: temporary.path)
            if exchange(temporary.path, url.path) {
                unlink(temporary.path)   // it now holds the old page
                return
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                              NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes the whole text with POSIX calls. `Data.write(to:)` also calls `fsync`, which waits for the disk (tens of
    /// milliseconds when other programs have written a lot); the rename already guarantees a reader never sees half a
    /// page, and surviving a power cut is not a notebook renderer's concern.
    private static func writeWithoutSync(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw writeError(path) }
        defer { close(descriptor) }
        var text = contents
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw writeError(path)
                }
                offset += written
            }
        }
    }

    /// Swaps two existing paths atomically with Linux's `renameat2(RENAME_EXCHANGE)`; false when that is not possible
    /// (no such call, another file system, or `path` does not exist yet). Replacing a file with plain `rename` makes
    /// ext4 flush the new file's data first (its `auto_da_alloc` safeguard), which took 50 ms here; an exchange does not.
    private static func exchange(_ temporary: String, _ path: String) -> Bool {
        guard let renameat2 = renameAt2 else { return false }
        var status = stat()
        // Only over a regular file: an exchange with a folder would succeed where `rename` rightly fails.
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        return renameat2(AT_FDCWD, temporary, AT_FDCWD, path, 2 /* RENAME_EXCHANGE */) == 0
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2` (2.28 and later), looked up at run time: Swift's Glibc module does not declare it.
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    private static func writeError(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                 NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }

    /// On SIGINT or SIGTERM, removes any temporary file being written and exits with 130 or 143 at once, whatever
    /// native code is running.
    ///
    /// Pages already in place are never touched: a page is only replaced by `rename`, which is atomic.
    public static func cleanUpOnInterrupt() {
        for (signalNumber, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                InFlightFiles.shared.removeAll()
                InFlightFiles.shared.runInterruptActions()
                FileHandle.standardError.write(Data("nbrun: interrupted; no page was left half-written\n".utf8))
                // `_exit`, not `exit`: exit handlers wait for native worker threads (OpenBLAS's took 90 s during a
                // long matmul loop); the temporary files are already removed and stderr is unbuffered.
                _exit(code)
            }
            source.resume()
            InFlightFiles.shared.keep(source)
        }
    }

    /// Adds `action` to what an interrupt does before exiting (after removing the temporary files): `nbrun preview`
    /// stops its renderer and removes its temporary folder.
    public static func onInterrupt(_ action: @escaping @Sendable () -> Void) {
        InFlightFiles.shared.addInterruptAction(action)
    }
}

/// The temporary files being written right now, so an interrupt can remove them.
private final class InFlightFiles: @unchecked Sendable {
    static let shared = InFlightFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []
    private var interruptActions: [@Sendable () -> Void] = []

    func add(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    func remove(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
    }

    func addInterruptAction(_ action: @escaping @Sendable () -> Void) {
        lock.lock(); defer { lock.unlock() }
        interruptActions.append(action)
    }

    func runInterruptActions() {
        lock.lock()
        let actions = interruptActions
        lock.unlock()
        for action in actions { action() }
    }

    func keep(_ source: any DispatchSourceSignal) {
        lock.lock(); defer { lock.unlock() }
        sources.append(source)
    }

    func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}
