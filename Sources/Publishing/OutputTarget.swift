import Foundation
import NotebookFormat

/// Checks made before a page is written: the path must be a regular file or missing, must not be an input, and the
/// page must fit the per-page size limit.
public enum OutputTarget {
    /// The largest page nbrun writes, in bytes (50 MiB); output caps are per cell, this one is per page.
    public static let maximumPageBytes = 50 * 1024 * 1024

    /// Why nbrun must not write to `output`, or `nil` when it may: a path that exists and is not a regular file (a
    /// device such as `/dev/null`, a FIFO, a folder; symlinks followed) is never replaced.
    public static func refusal(for output: String) -> String? {
        guard let kind = InputFileKind.nonRegularKind(atPath: output) else { return nil }
        return "'\(output)' is \(kind), not a regular file; nbrun writes pages only to regular files or new paths"
    }

    /// Why `output` must not be written when building `input`: it is the same file (same device and inode, so
    /// hard links, symlinks and `./a.md` spellings count), or `nil`.
    public static func refusal(for output: String, input: String) -> String? {
        if let refusal = refusal(for: output) { return refusal }
        var outputStatus = stat(), inputStatus = stat()
        guard stat(output, &outputStatus) == 0, stat(input, &inputStatus) == 0 else { return nil }
        guard outputStatus.st_dev == inputStatus.st_dev, outputStatus.st_ino == inputStatus.st_ino else { return nil }
        return "the output '\(output)' is the notebook '\(input)' itself; choose another path with -o"
    }

    /// Why a page of `bytes` bytes is not written, or `nil` when it fits ``maximumPageBytes``.
    public static func sizeRefusal(bytes: Int) -> String? {
        guard bytes > maximumPageBytes else { return nil }
        let megabytes = { (count: Int) in String(format: "%.1f MB", Double(count) / 1_048_576) }
        return "the page would be \(megabytes(bytes)), over the limit of \(megabytes(maximumPageBytes)) for one page; "
            + "nothing was written (print or plot less, or split the notebook)"
    }
}
