import Diagnostics

/// A call or property read of a built-in member on a receiver compiled as a value, as its implementation sees it.
struct ValueSite {
    let compiler: Compiler
    let receiver: Typed
    let name: String
    let arguments: [Argument]
    let expected: CType?
    let location: SourceLocation

    /// The receiver as a closure producing its boxed value.
    var value: (Frame) throws -> Value {
        guard case .arraySlice = receiver.type else { return receiver.value }
        let slice = receiver.value  // a slice's members read its elements (those giving indices add its start)
        return { SliceValue.elements(try slice($0)) }
    }

    /// The element type of an array or set receiver (`.error` otherwise).
    var element: CType {
        switch receiver.type {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        default: return .error
        }
    }

    /// The labels of the arguments written at the call.
    var labels: [String?] { arguments.map(\.label) }

    /// The same site on another receiver (a String seen as its `[Character]`).
    func withReceiver(_ other: Typed) -> ValueSite {
        ValueSite(compiler: compiler, receiver: other, name: name, arguments: arguments, expected: expected, location: location)
    }

    /// Argument `index` compiled with the expected type and converted to it, or diagnosed.
    func argument(_ index: Int, as type: CType) -> (Frame) throws -> Value {
        compiler.argumentValue(arguments[index], as: type)
    }

    /// A String (or Character) argument.
    func stringArgument(_ index: Int) -> (Frame) throws -> String {
        let code = compiler.compileExpr(arguments[index].value, expected: .string).value
        return { try code($0).stringValue }
    }

    /// Reports, as swiftc does, that the method needs elements conforming to `protocolName` (a generator check
    /// kept: the checker does not report these calls yet).
    func requires(_ protocolName: String) -> Typed {
        if !element.hasError {
            compiler.error(.sequenceMethodRequires(method: name, element: element, protocolName: protocolName),
                           at: location)
        }
        return .invalid
    }
}
