/// The generic higher-order members of the standard-library tables besides `map` and `reduce` (see
/// `TypeChecker+Closures`): `compactMap`, `flatMap`, a dictionary's `mapValues` and `reduce(into:)`, typed from the
/// closure literal they are given as their implementations compile it (`ArrayMembers`, `DictionaryMembers`).
extension TypeChecker {
    /// `receiver.name(arguments)` when it is one of these members; nil when not, `.some(nil)` when unknown.
    func higherOrderCall(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType?? {
        if let result = optionalMapCall(receiver, name, arguments) { return result }
        if let result = declaredOrderCall(receiver, name, arguments) { return result }
        if let result = placeholderOrderCall(receiver, name, arguments) { return result }  // +GenericValues
        if let result = mapCall(receiver, name, arguments, expected: expected) { return result }
        if let result = reduceCall(receiver, name, arguments, expected: expected) { return result }
        switch name {
        case "compactMap", "flatMap":
            guard let element = sequenceElement(receiver, name, arguments),
                  let result = transformResult(arguments[0], element) else { return nil }
            switch (name, result) {
            case ("compactMap", .optional(let wrapped)): return .array(wrapped)
            case ("flatMap", .array): return result
            case ("flatMap", .string), ("flatMap", .substring): return .array(.character)
            default: return .some(nil)
            }
        case "mapValues":
            guard case .dictionary(let key, let value) = receiver, !extendsBuiltin(member: name), arguments.count == 1,
                  arguments[0].label == nil, let result = transformResult(arguments[0], value) else { return nil }
            return .dictionary(key, result)
        case "reduce":
            return reduceIntoCall(receiver, arguments, expected: expected)
        default:
            return nil
        }
    }

    /// `xs.reduce(into: initial) { accumulator, element in … }`: the initial value's type (given by the context or
    /// inferred from the closure's first use of the accumulator, `Compiler.inferredReduceAccumulator`); the closure's
    /// first parameter is the accumulator, updated in place, its result Void.
    private func reduceIntoCall(_ receiver: CType, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard arguments.count == 2, arguments[0].label == "into", arguments[1].label == nil,
              let element = sequenceElement(receiver, "reduce", arguments),
              case .closure(let literal) = arguments[1].value.kind,
              literal.parameters.allSatisfy({ $0.type == nil }), literal.returnType == nil,
              literal.captures.isEmpty, literal.ownedCaptures.isEmpty,
              literal.hasExplicitParameters ? literal.parameters.count == 2 : literal.anonymousCount <= 2 else { return nil }
        let initialExpected = expected ?? compiler.inferredReduceAccumulator(arguments[0].value, literal, element: element)
        guard let result = check(arguments[0].value, expected: initialExpected) else { return .some(nil) }
        declareParameters(of: literal, at: arguments[1].value.location, [result, element])
        let saved = bodyContext
        (returnType, returnTyping, bodyContext.inClosureBody) = (.void, .given, true)
        statements(literal.body)
        bodyContext = saved
        return result
    }
}
