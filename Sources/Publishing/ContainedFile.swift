import Foundation

/// Checks that a file nbrun reads or writes stays inside its folder once symbolic links are followed.
enum ContainedFile {
    /// Why `source` must not be copied to `destination`, or `nil`: `source` must resolve (symlinks followed) to a
    /// regular file inside `sourceRoot`, and `destination`'s folder, as far as it exists, must resolve inside
    /// `destinationRoot`.
    static func problem(reading source: String, inside sourceRoot: String, writing destination: String,
                        inside destinationRoot: String) -> String? {
        guard let resolvedRoot = realPath(sourceRoot), let resolved = realPath(source) else {
            return "cannot be resolved"
        }
        guard isInside(resolved, resolvedRoot) else {
            return "leads outside the notebook's folder (through a symbolic link)"
        }
        var status = stat()
        guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return "is not a regular file"
        }
        // The destination's deepest existing folder must not lead out of the page's folder either (a page folder
        // that does not exist yet is created fresh, so there is nothing to check).
        if let pageRoot = realPath(destinationRoot) {
            var folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
            while realPath(folder) == nil, folder.count > 1 {
                folder = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            }
            if let existing = realPath(folder), !isInside(existing, pageRoot) {
                return "would be written outside the page's folder (through a symbolic link)"
            }
        }
        return nil
    }

    /// `path` with every symbolic link, `.` and `..` resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `root` or below it (both already resolved).
    private static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
