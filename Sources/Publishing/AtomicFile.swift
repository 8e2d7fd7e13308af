import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, never half of it.
public enum AtomicFile {
    /// Writes `contents` to a temporary file beside `path`, then renames it over `path`.
    ///
    /// The temporary name starts with `.` and ends in `.tmp` so a crash can only leave a hidden stray file,
    /// never a truncated page; parent folders are created when missing.
    public static func write(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                              NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
