/// A parameter as argument matching sees it.
struct ParameterShape {
    var label: String?
    var hasDefault: Bool
    var isFunction: Bool
    /// The parameter's type, where known (for swiftc's message about a trailing closure it does not take).
    var type: CType? = nil
}
