import Parameters

/// The state the bindings keep outside the interpreter's globals: the values controls return and how many figures
/// were shown (plot ids count them). A live page's runner sets the values before it re-runs the cells of each state,
/// and puts the count back to what it was at the checkpoint.
public final class BindingState {
    /// What `slider`, `choice` and `toggle` return, by control name; a missing name gives the control's default.
    public var controls: [String: ParameterValue]
    /// How many times `show` drew a figure so far.
    public var figuresShown = 0

    /// Creates the state with the run's control values.
    public init(controls: [String: ParameterValue]) {
        self.controls = controls
    }
}
