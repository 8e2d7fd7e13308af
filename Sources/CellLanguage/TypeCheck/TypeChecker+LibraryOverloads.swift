/// Calls of a name the cell declares as top-level functions and the library declares too (`exp`, `sqrt`, `abs`,
/// `max`…): the cell's function overloads the library's, as in Swift (`LibraryOverloadChoice`). The choice is
/// recorded by the call's position for the generator (`Compiler.compileLibraryOverloadCall`).
extension TypeChecker {
    /// Forgets the arguments settled since `mark` (`settledArguments`).
    func unsettleArguments(downTo mark: Int) {
        while settledStack.count > mark { settledArguments[settledStack.removeLast()] = nil }
    }

    /// `name(arguments)` where `name` is the cell's global function and a library function: the library's call's
    /// type when it is chosen, the error type when neither fits (reported); nil when the cell's overloads are chosen
    /// (the caller types the call as theirs) or the name is no such function.
    func libraryOverloadCall(_ expr: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument],
                             expected: CType?) -> CType?? {
        guard LibraryOverloadChoice.libraryNames.contains(name), let infos = declaredFunctions(named: name, referent) else { return nil }
        let types = arguments.map { argument -> CType? in
            let value = argument.value
            if LibraryOverloadChoice.isTypedChoice(value) { return check(value, expected: nil) }  // `c ? x : 1.0`: x's type
            return Self.isContextFree(value) && !value.isNumericLiteral ? check(value, expected: nil) : nil
        }
        let choice = LibraryOverloadChoice.choose(name, infos, arguments, types: types)
        recordLibraryChoice(choice, at: expr.location)
        // The chosen call's own checks (here, or the caller's for the cell's overloads) read these types instead of
        // walking the arguments again; `nameCall` unsettles them when it returns.
        for (argument, type) in zip(arguments, types) {
            guard let type, settledArguments[argument.value] == nil else { continue }
            settledArguments[argument.value] = type
            settledStack.append(argument.value)
        }
        switch choice {
        case .cell:
            return nil
        case .library:
            if let math = mathCall(name, .builtin, arguments) { return .some(math) }
            return moduleBuiltinCall(name, .builtin, arguments, expected: expected, at: expr.location, opening: expr.openingLocation)
        case .ambiguous:
            report(.ambiguousUse(name), at: expr.location)
            return .some(.error)
        case .noMatch:
            report(.noMatchingGlobalFunction(name), at: expr.location)
            return .some(.error)
        }
    }
}
