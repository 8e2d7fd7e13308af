import Parameters

/// The values `slider`, `choice` and `toggle` return, by control name, read at each call; a missing name gives the
/// control's default. A live page's runner sets them before it re-runs the cells of each state.
public final class ControlValues {
    /// Values by control name.
    public var values: [String: ParameterValue]

    /// Creates the box with the run's values.
    public init(_ values: [String: ParameterValue]) {
        self.values = values
    }
}
