extension CompileError {
    /// The message of a member or subscript error, or nil for another category.
    var memberMessage: String? {
        switch self {
        case .typeHasNoMember(let type, let member, _): return "type \(Self.akaSpelling(.native(type))) has no member '\(member)'"
        case .moduleHasNoMember(let module, let member): return "module '\(module)' has no member named '\(member)'"
        case .valueHasNoMember(let type, let member, _): return "\(CompileError.valueOfType(type)) has no member '\(member)'"
        case .optionalMemberNeedsUnwrap(let type, let member):
            return "value of optional type '\(type)' must be unwrapped to refer to member '\(member)' of wrapped base type '\(type.unwrapped)'"
        case .cannotInferContextualBase(let member, chained: true): return "cannot infer contextual base in reference to member '\(member)'"
        case .cannotInferContextualBase(let member, chained: false):
            return "reference to member '\(member)' cannot be resolved without a contextual type"
        case .noSubscripts(let type): return "value of type '\(type)' has no subscripts"
        case .tupleSubscript(let type, let index):
            let advice = index.map { "did you mean to use '.\($0)'?" } ?? "use '.' notation instead"
            return "cannot access element using subscript for tuple type '\(type)'; \(advice)"
        case .stringIntegerSubscript:
            return "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead."
        case .subscriptArguments(let mistake): return mistake.message
        case .enumCaseNeedsValues(let name): return "enum case '\(name)' has associated values; use '\(name)(…)'"
        case .enumCasePatternLength(let payload): return "tuple pattern has the wrong length for tuple type '\(payload)'"
        case .sequenceMethodRequires(let method, let element, let protocolName, let owner):
            // A tuple, a function or `Any` can conform to no protocol: swiftc says so instead.
            if "\(element)".hasPrefix("(") || "\(element)" == "Any" { return "type '\(element)' cannot conform to '\(protocolName)'" }
            return "referencing instance method '\(method)' on '\(owner)' requires that '\(element)' conform to '\(protocolName)'"
        case .getOnlyProperty(let name): return "cannot assign to property: '\(name)' is a get-only property"
        case .getOnlySubscript(let mutatingOperator):
            return (mutatingOperator ? "left side of mutating operator isn't mutable" : "cannot assign through subscript") + ": subscript is get-only"
        case .getOnlyVariable(let name): return "cannot assign to value: '\(name)' is a get-only property"
        case .mutatingOperatorOnGetOnly(let name): return "left side of mutating operator isn't mutable: '\(name)' is a get-only property"
        case .mutatingMemberOnGetOnly(let name): return "cannot use mutating member on immutable value: '\(name)' is a get-only property"
        case .getOnlyPropertyThroughSubscript(let name): return "cannot assign through subscript: '\(name)' is a get-only property"
        case .assignThroughSubscriptOfConstant(let name): return "cannot assign through subscript: " + Self.constantReason(name)
        case .changeOfCallResult(let access, let source): return "\(access): \(source) returns immutable value"
        case .stateChangeOfCopy(let change, let access):
            return "\(change) a copy: \(access) returns a copy, not a view, so the change would be lost"
        case .noAccessibleInitializers(let name): return "'\(name)' cannot be constructed because it has no accessible initializers"
        case .classWithoutInitializers(let name, _): return "class '\(name)' has no initializers"
        default: return nil
        }
    }

    /// How swiftc names a value of `type` in "has no member" errors (`value of tuple type '(x: Int)'`).
    static func valueOfType(_ type: CType) -> String {
        if case .tuple = type { return "value of tuple type '\(type)'" }
        return "value of type '\(type)'"
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}
