import CellLanguage
import Parameters

/// `slider`, `choice` and `toggle`: a named parameter with a default and a domain, whose value comes from
/// `--param` when given. The values were checked against the declarations before any cell ran.
enum ControlBindings {
    static func install(in interpreter: Interpreter, parameters: BindingState) {
        interpreter.register(NativeFunction("slider", parameters: [
            NativeParameter(nil, .string),
            NativeParameter("default", .double),
            NativeParameter("in", .doubleClosedRange),
            NativeParameter("step", .double, default: .double(0)),
            NativeParameter("label", .string, default: .string("")),
        ], returns: .double) { call in
            let name = try call.string(0)
            switch parameters.controls[name] {
            case .double(let value)?: return .double(value)
            case .int(let value)?: return .double(Double(value))
            default: return .double(try call.double(1))
            }
        })
        interpreter.register(NativeFunction("slider", parameters: [
            NativeParameter(nil, .string),
            NativeParameter("default", .int),
            NativeParameter("in", .closedRange),
            NativeParameter("step", .int, default: .int(1)),
            NativeParameter("label", .string, default: .string("")),
        ], returns: .int) { call in
            if case .int(let value)? = parameters.controls[try call.string(0)] { return .int(value) }
            return .int(try call.int(1))
        })
        interpreter.register(NativeFunction("choice", parameters: [
            NativeParameter(nil, .string),
            NativeParameter("default", .string),
            NativeParameter("options", .array(.string)),
            NativeParameter("label", .string, default: .string("")),
        ], returns: .string) { call in
            if case .string(let value)? = parameters.controls[try call.string(0)] { return .string(value) }
            return .string(try call.string(1))
        })
        interpreter.register(NativeFunction("toggle", parameters: [
            NativeParameter(nil, .string),
            NativeParameter("default", .bool),
            NativeParameter("label", .string, default: .string("")),
        ], returns: .bool) { call in
            if case .bool(let value)? = parameters.controls[try call.string(0)] { return .bool(value) }
            return .bool(try call.bool(1))
        })
    }
}
