import Foundation

/// Calls a handler when any file under a folder is added, removed or changed (size or modification time), by
/// polling every `interval` seconds: portable, and cheap for a course folder of a few dozen files. A change is reported
/// once it has held for one more poll, so a save written in several steps is reported once, complete.
///
/// Only the kinds of files a notebook uses are watched (`watchedExtensions`: notebooks, images, data); hidden files
/// and folders (the cell cache `.nbrun-cache`, editors' swap files) are not, nor logs a shell may write there.
public final class FileWatcher: @unchecked Sendable {
    private let folder: String
    private let timer: any DispatchSourceTimer
    private var fingerprint: [String: String] = [:]
    private var pending: [String: String]?

    /// Starts watching `folder`; `onChange` runs on a background queue.
    public init(folder: String, interval: Double = 0.05, onChange: @escaping @Sendable () -> Void) {
        self.folder = folder
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "nbrun.preview.watcher"))
        fingerprint = FileWatcher.scan(folder)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            // A change counts once it holds for one more tick: an editor's save (truncate, then write) is one change.
            let current = FileWatcher.scan(self.folder)
            if current == self.fingerprint {
                self.pending = nil
            } else if current == self.pending {
                self.fingerprint = current
                self.pending = nil
                onChange()
            } else {
                self.pending = current
            }
        }
        timer.resume()
    }

    deinit { timer.cancel() }

    /// The file name extensions that are watched.
    static let watchedExtensions: Set<String> = ["md", "png", "jpg", "jpeg", "gif", "svg", "webp", "csv", "tsv", "json",
                                                 "txt", "yml", "yaml"]

    /// Size and modification time of every watched file under `folder`, by path (at most 4 levels, 5000 files).
    static func scan(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        var pending = [(folder, 0)]
        while let (current, depth) = pending.popLast(), result.count < 5000 {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = current + "/" + name
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if depth < 4 { pending.append((path, depth + 1)) }
                } else if watchedExtensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
                    result[path] = "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
                }
            }
        }
        return result
    }
}
