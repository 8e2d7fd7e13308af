import Diagnostics
import Foundation

/// Checks on a file nbrun reads or writes: what kind of file it is, and whether its text holds a NUL.
public enum InputFileKind {
    /// A description such as "a FIFO (named pipe)" when `path` exists but is not a regular file (symlinks followed);
    /// `nil` for a regular file or a path that cannot be examined.
    public static func nonRegularKind(atPath path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "a special file"
        }
    }

    /// The line and column (in characters) of the first NUL character in `text`, or `nil` when there is none.
    static func firstNUL(in text: String) -> SourceLocation? {
        guard text.utf8.contains(0) else { return nil }
        var line = 1
        var column = 1
        for character in text {
            if character == "\0" { return SourceLocation(line: line, column: column) }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
