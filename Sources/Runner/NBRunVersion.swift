import Foundation

/// nbrun's version, declared once: `nbrun --version` prints it, converted notebooks and results files carry it, and
/// the cell cache keys on it.
public enum NBRunVersion {
    /// The release number.
    public static let number = "0.2.0"

    /// What identifies the running build for the cache: the release number plus the size and modification time of
    /// the executable, so a rebuilt nbrun (a changed interpreter or module) never reuses outputs of an older build.
    public static let buildIdentity: String = {
        var status = stat()
        let path = "/proc/self/exe"
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
            ?? CommandLine.arguments.first ?? ""
        guard stat(executable, &status) == 0 else { return number }
        return "\(number) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
