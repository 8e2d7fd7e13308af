import Diagnostics

/// Subscripts declared in an extension of a built-in type (`extension Int { subscript(digitIndex: Int) -> Int }`,
/// used as `746381295[0]`).
extension Compiler {
    /// Whether one of the extension's subscripts takes these arguments (labels and types); otherwise the built-in
    /// type's own subscript (a String's `s[i]`) applies.
    func extensionSubscriptFits(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        // The checker's choice (`TypeChecker.extensionSubscript`); taken again below only where it chose none.
        if let fits = checkedPlainMemberFits(arguments) { return fits }
        compileCounts.noteGeneratorDecision(file: #fileID, line: #line)
        // The checker's type (`checkerType`): the argument types decide whether an extension subscript applies, before they compile.
        let argumentTypes = arguments.map { checkerType($0.value) }
        return type.subscripts.contains { accessors in
            let parameters = FunctionInfo.withoutSelf(accessors.getter).parameters
            let shapes = parameters.map { ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: false) }
            return matchArguments(shapes, arguments, at: location, report: false) != nil
                && zip(parameters, argumentTypes).allSatisfy { $0.type == $1 || $1 == .int && $0.type == .double }
        }
    }
}
