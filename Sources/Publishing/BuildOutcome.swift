/// How a build ended, which the CLI turns into its exit code.
public enum BuildOutcome: Int, Sendable, Comparable {
    /// Everything ran and every page was written (exit code 0).
    case success = 0
    /// A cell failed to compile or run (exit code 1).
    case cellFailure = 1
    /// The input could not be used: unreadable file, bad front matter, bad cell option, bad output path (exit code 2).
    case badInput = 2

    public static func < (lhs: BuildOutcome, rhs: BuildOutcome) -> Bool { lhs.rawValue < rhs.rawValue }
}
