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

    /// Argument `index` as an array of the receiver's elements: an array, or a range of Ints for an `[Int]`
    /// (`xs.append(contentsOf: 1...3)`, a range being a sequence of its values).
    func sequenceArgument(_ index: Int) -> (Frame) throws -> Value {
        let value = arguments[index].value
        let typed = compiler.compileExpr(value, expected: .array(element))
        if element == .int, typed.type == .range || typed.type == .closedRange { return RangeMembers.elements(typed, location).value }
        return compiler.converted(typed, to: .array(element), at: value.conversionLocation).value
    }

    /// Argument `index` compiled with the expected type and converted to it, or diagnosed.
    func argument(_ index: Int, as type: CType) -> (Frame) throws -> Value {
        compiler.argumentValue(arguments[index], as: type)
    }
}
