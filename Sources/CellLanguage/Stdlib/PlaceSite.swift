import Diagnostics

/// A call of a built-in mutating method, whose receiver is a place (a variable, a property, an element).
struct PlaceSite {
    let compiler: Compiler
    let base: Expr
    /// The receiver's static type.
    let receiverType: CType
    let name: String
    let arguments: [Argument]
    let location: SourceLocation

    /// The element type of an array or set receiver (`.error` otherwise).
    var element: CType {
        switch receiverType {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        default: return .error
        }
    }

    /// The receiver as a place the method mutates (diagnosed when it cannot be mutated).
    func place() -> Place? {
        compiler.compilePlace(base, mutating: true, method: name, methodAt: location)
    }

    /// Argument `index` compiled with the expected type and converted to it, or diagnosed.
    func argument(_ index: Int, as type: CType) -> (Frame) throws -> Value {
        compiler.argumentValue(arguments[index], as: type)
    }
}
