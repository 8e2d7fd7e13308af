import CellLanguage

/// One parameter of a bound function, method or initializer: its argument label and default, typed by the Swift
/// value the body receives (`Param<[Int]>()`, `Param("requiresGrad", default: false)`).
///
/// `T` is not constrained here but in the initializers: the bindings build `Param`s of some forty types through
/// parameter packs, whose metadata the Swift runtime makes at start-up, and a constrained `T` made it look up each
/// type's `CellConvertible` conformance by scanning every conformance record of the binary (about 2 ms per start).
struct Param<T> {
    /// The label callers write (`nil` for `_`).
    let label: String?
    /// The default as a run-time value; `nil` makes the argument required.
    let defaultValue: Value?
}

extension Param where T: CellConvertible {
    /// A required parameter.
    init(_ label: String? = nil) {
        self.label = label
        defaultValue = nil
    }

    /// A parameter callers may omit.
    init(_ label: String?, default value: T) {
        self.label = label
        defaultValue = value.cell
    }

    /// The parameter as the interpreter's registry describes it.
    var native: NativeParameter { NativeParameter(label, T.cellType, default: defaultValue) }
}

/// Hands a native call's arguments to a typed body one by one, in declaration order.
final class ArgumentCursor {
    private let arguments: [Value]
    private var index: Int

    /// A cursor at the call's first argument.
    init(_ call: NativeCall) {
        arguments = call.arguments
        index = 0
    }

    /// The next argument as a `T`.
    func next<T: CellConvertible>(_ type: T.Type) throws -> T {
        guard index < arguments.count else {
            throw NativeError("internal error: a binding read argument \(index + 1) of \(arguments.count)")
        }
        defer { index += 1 }
        return try T.fromCell(arguments[index])
    }
}

/// The registry form of a pack of parameters.
func nativeParameters<each A: CellConvertible>(_ parameters: repeat Param<each A>) -> [NativeParameter] {
    var list: [NativeParameter] = []
    for parameter in repeat each parameters { list.append(parameter.native) }
    return list
}
