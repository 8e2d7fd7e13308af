/// Where a `nil` literal stands against a type that is not optional (`g(nil)` for `g(_: Int)`, `y = nil` for an
/// `Int`), with swiftc's message for each place.
enum NilLiteralMistake: Hashable, Sendable, CaseIterable {
    /// `g(nil)`: an argument.
    case argument
    /// `1 + nil`, `x += nil`: an operand of a library operator (swiftc spells an array type `Array<Int>` there).
    case operatorArgument
    /// `[1, nil]` as `[Int]`: an array element.
    case element
    /// `[nil: 1]` as `[Int: Int]`: a dictionary key.
    case dictionaryKey
    /// `["a": nil]` as `[String: Int]`: a dictionary value.
    case dictionaryValue
    /// `return nil` from a function returning `Int`.
    case returnValue
    /// `{ nil }` as `() -> Int`.
    case closureResult
    /// `func h(_ x: Int = nil)`.
    case defaultArgument
    /// `y = nil` for an `Int` variable or property.
    case assignment
    /// `xs[0] = nil` for an `[Int]`.
    case subscriptAssignment
    /// `b ? 1 : nil` as an `Int`, `nil as Int`.
    case context

    /// swiftc's message for a `nil` literal where a value of `type` is expected.
    func message(_ type: CType) -> String {
        let name = type.spelledInMessages
        switch self {
        case .argument: return "'nil' is not compatible with expected argument type '\(name)'"
        case .operatorArgument:
            if case .array(let element) = type { return NilLiteralMistake.argument.message(.native("Array<\(element.spelledInMessages)>")) }
            return NilLiteralMistake.argument.message(type)
        case .element: return "'nil' is not compatible with expected element type '\(name)'"
        case .dictionaryKey: return "'nil' is not compatible with expected dictionary key type '\(name)'"
        case .dictionaryValue: return "'nil' is not compatible with expected dictionary value type '\(name)'"
        case .returnValue: return "'nil' is incompatible with return type '\(name)'"
        case .closureResult: return "'nil' is not compatible with closure result type '\(name)'"
        case .defaultArgument: return "nil default argument value cannot be converted to type '\(name)'"
        case .assignment: return "'nil' cannot be assigned to type '\(name)'"
        case .subscriptAssignment: return "'nil' cannot be assigned to subscript of type '\(name)'"
        case .context: return "'nil' cannot be used in context expecting type '\(name)'"
        }
    }
}
