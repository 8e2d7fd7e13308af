/// Calls of a top-level function with a variadic parameter (`func average(_ values: Double...)`): the arguments are
/// grouped into the array the parameter receives as the generator groups them, with the same array node
/// (`Compiler.variadicArguments`), and each value checked against the parameter's element type.
extension TypeChecker {
    /// `name(arguments)` where `infos` (the functions `name` refers to) is one function with a variadic parameter:
    /// its result type, the grouped arguments checked (`.some(nil)` when unknown); nil for any other function.
    func variadicCall(_ callee: Expr, _ infos: [FunctionInfo], _ arguments: [Argument]) -> CType?? {
        guard infos.count == 1, let info = infos.first, info.parameters.contains(where: \.isVariadic) else { return nil }
        let parameters = info.parameters
        let grouped = compiler.variadicArguments(callee, info, arguments)
        guard parameters.filter(\.isVariadic).count == 1,
              !parameters.contains(where: { $0.isAutoclosure || $0.resultBuilder != nil }),
              let positions = Self.match(parameters.map { ($0.label, $0.type, $0.defaultValue != nil) }, grouped) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        for (argument, position) in zip(grouped, positions) {
            let parameter = parameters[position]
            if parameter.isInout {
                check(argument.value, expected: nil)
            } else if parameter.isVariadic {
                variadicGroup(argument.value, parameter.type)
            } else {
                checkConverting(argument.value, to: parameter.type) { .argumentType($0, expected: $1) }
            }
        }
        resolvedCallee = info
        return .some(info.returnType)
    }

    /// The array a variadic parameter of type `type` (`[Element]`) receives: each value checked against the element
    /// type (a mismatch is the argument's), the array recorded when every value is an element.
    func variadicGroup(_ group: Expr, _ type: CType) {
        guard case .array(let items) = group.kind, case .array(let element) = type else { return }
        var same = true
        for item in items {
            let found = checkConverting(item, to: element) { .argumentType($0, expected: $1) }
            // As an array literal's elements: a conforming value held as its protocol, a value promoted to optional.
            if !holds(found, as: element) && !Self.isOptionalPromotion(found, to: element) { same = false }
        }
        if same { record(group, type, expected: type) }
    }
}
