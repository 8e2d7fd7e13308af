/// How a parameter control is drawn on the page: at its value, with its domain and label.
public struct ControlDisplay: Hashable, Sendable {
    /// What is drawn.
    public enum Widget: Hashable, Sendable {
        /// A slider track from `minimum` to `maximum` with the thumb at `value`.
        case slider(minimum: Double, maximum: Double, step: Double?, value: Double)
        /// A list of options with `selected` marked.
        case choice(options: [String], selected: String)
        /// A switch, on or off.
        case toggle(on: Bool)
    }

    /// The parameter's name, as used with `--param`.
    public var name: String
    /// The label shown to readers.
    public var label: String
    /// The value in effect, as typed on a command line.
    public var value: String
    /// The default value, as typed on a command line.
    public var defaultValue: String
    /// The domain in words, e.g. `0.1...3.0, step 0.1`.
    public var domain: String
    /// The drawing.
    public var widget: Widget
    /// The cell that declares the control; it is drawn above that cell's output.
    public var cellIndex: Int

    /// Creates a control display.
    public init(name: String, label: String, value: String, defaultValue: String, domain: String, widget: Widget,
                cellIndex: Int) {
        self.name = name
        self.label = label
        self.value = value
        self.defaultValue = defaultValue
        self.domain = domain
        self.widget = widget
        self.cellIndex = cellIndex
    }

    /// Whether the value in effect is not the default.
    public var isChanged: Bool { value != defaultValue }
}
