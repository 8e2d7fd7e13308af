/// Generic standard-library methods whose result type comes from a closure's body: `xs.map { … }` on an array, the
/// closure's parameter typed from the element and its single-expression body typed without a contextual type, as
/// the generator infers it (`ArrayMembers.map`, `Compiler.mapFunction`).
extension TypeChecker {
    /// `xs.map { body }` on an array: `[R]` where R is the body's type; nil (nothing checked) for anything else.
    func mapCall(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType? {
        guard name == "map", case .array(let element) = receiver, arguments.count == 1, arguments[0].label == nil,
              case .closure(let literal) = arguments[0].value.kind, expected != .array(.double),
              !extendsBuiltin(member: name), StdlibTables.table(for: receiver) != nil else { return nil }
        guard let result = inferredClosure(literal, at: arguments[0].value.location, parameters: [element]) else { return nil }
        record(arguments[0].value, .function([element], result), expected: .function([element], result))
        return .array(result)
    }

    /// `xs.reduce(initial, combine)` on an array: the initial value's type (a number literal takes the element's
    /// type, `[]` an array of elements), the combining closure checked as `(Result, Element) -> Result`; nil when
    /// not such a call, `.some(nil)` when the initial value's type is unknown (its nodes checked).
    func reduceCall(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "reduce", case .array(let element) = receiver, arguments.count == 2,
              arguments.allSatisfy({ $0.label == nil }), !extendsBuiltin(member: name),
              StdlibTables.table(for: receiver) != nil else { return nil }
        var initialExpected: CType?
        if Compiler.isNumericLiteral(arguments[0].value), element == .int || element == .double { initialExpected = element }
        if case .array(let items) = arguments[0].value.kind, items.isEmpty {
            if case .array = element { initialExpected = element } else { initialExpected = .array(element) }
        }
        guard let result = check(arguments[0].value, expected: initialExpected ?? expected) else { return .some(nil) }
        if case .closure = arguments[1].value.kind {
            check(arguments[1].value, expected: .function([result, element], result))
        }
        return result
    }

    /// Checks a closure whose parameters the context types and whose result its single expression infers; returns
    /// that result type, nil (the body checked or not) when the closure is not of that simple form.
    private func inferredClosure(_ literal: ClosureLiteral, at location: SourceLocation, parameters: [CType]) -> CType? {
        if case .tuple? = parameters.first { return nil }
        guard literal.returnType == nil, literal.ownedCaptures.isEmpty, !literal.inoutParameters.contains(true),
              literal.parameters.allSatisfy({ $0.type == nil }),
              literal.hasExplicitParameters ? literal.parameters.count == parameters.count
                                            : literal.anonymousCount <= parameters.count,
              literal.body.count == 1, case .expression(let body) = literal.body[0] else { return nil }
        if case .assign = body.kind { return nil }
        let locations = literal.parameterLocations
        for (index, parameter) in literal.parameters.enumerated() {
            declare(parameter.name, at: index < locations.count ? locations[index] : location, parameters[index])
        }
        for index in 0..<literal.anonymousCount { declare("$\(index)", at: location, parameters[index]) }
        let saved = returnType
        returnType = nil
        let result = check(body, expected: nil)
        returnType = saved
        guard let result, result != .void else { return nil }
        return result
    }
}
