/// nbrun's version, written into converted notebooks and results files and shown by `nbrun --version`.
public enum NBRunVersion {
    /// The version number (semantic versioning).
    public static let current = "0.2.0"
}
