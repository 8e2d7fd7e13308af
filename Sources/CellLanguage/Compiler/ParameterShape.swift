/// A parameter as argument matching sees it.
struct ParameterShape {
    var label: String?
    var hasDefault: Bool
    var isFunction: Bool
}
