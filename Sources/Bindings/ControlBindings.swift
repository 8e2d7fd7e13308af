import CellLanguage
import Parameters

/// `slider`, `choice` and `toggle`: a named parameter with a default and a domain, whose value comes from
/// `--param` when given. The values were checked against the declarations before any cell ran.
enum ControlBindings {
    static func install(_ bind: ModuleBinder, parameters: BindingState) {
        let label = Param("label", default: "")
        bind.function("slider", Param<String>(), Param<Double>("default"), Param<ClosedRange<Double>>("in"),
                      Param<Double>("step", default: 0), label,
                      doc: "A number the reader can change with a slider; the cell gets the default or the `--param` value.") {
            name, value, _, _, _ in
            switch parameters.controls[name] {
            case .double(let chosen)?: return chosen
            case .int(let chosen)?: return Double(chosen)
            default: return value
            }
        }
        bind.function("slider", Param<String>(), Param<Int>("default"), Param<ClosedRange<Int>>("in"), Param("step", default: 1), label,
                      doc: "An integer slider.") { name, value, _, _, _ in
            if case .int(let chosen)? = parameters.controls[name] { return chosen }
            return value
        }
        bind.function("choice", Param<String>(), Param<String>("default"), Param<[String]>("options"), label,
                      doc: "One of several strings, chosen from a menu.") { name, value, _, _ in
            if case .string(let chosen)? = parameters.controls[name] { return chosen }
            return value
        }
        bind.function("toggle", Param<String>(), Param<Bool>("default"), label, doc: "A Bool the reader can switch.") {
            name, value, _ in
            if case .bool(let chosen)? = parameters.controls[name] { return chosen }
            return value
        }
    }
}
