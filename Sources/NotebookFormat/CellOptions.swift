/// The `//| key: value` options at the top of a cell, in the convention Quarto made familiar.
public struct CellOptions: Hashable, Sendable {
    /// Show the cell's source (`echo`).
    public var echo: Bool = true
    /// Run the cell (`eval`).
    public var eval: Bool = true
    /// Show what the cell printed (`output`).
    public var output: Bool = true
    /// The cell is expected to fail: show the error and go on (`error`).
    public var error: Bool = false
    /// A label for cross-references and the cell's HTML id (`label`).
    public var label: String?
    /// A figure caption shown under the cell's output (`caption`).
    public var caption: String?
    /// The cell's time limit in seconds (`timeout`); `nil` means the run's default.
    public var timeout: Double?
    /// Whether a live page recomputes this cell for every position of the controls it depends on (`live`):
    /// `nil` lets nbrun decide (cells slower than a second are not), `false` opts out, `true` insists.
    public var live: Bool?

    /// Options with every default.
    public init() {}

    /// The option names a cell may use, in documentation order.
    public static let names = ["echo", "eval", "output", "error", "label", "caption", "timeout", "live"]
}
