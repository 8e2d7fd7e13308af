/// Calls of a name the cell declares as top-level functions and the library declares too (`exp`, `sqrt`, `abs`,
/// `max`…): the cell's function overloads the library's, as in Swift. The generator takes the checker's choice
/// (`TypeChecker.libraryOverloadCall`), and decides the same way itself where the checker did not.
extension Compiler {
    /// `name(arguments)` where `overloads` are the cell's global functions of a library function's name: the
    /// library's call when it is chosen (or the error when neither fits); nil when the cell's overloads are.
    func compileLibraryOverloadCall(_ name: String, _ overloads: [FunctionInfo], _ arguments: [Argument], expected: CType?,
                                    at location: SourceLocation) -> Typed? {
        guard LibraryOverloadChoice.libraryNames.contains(name), protocolState.genericFunctions[name] == nil,
              case .functions(let globals)? = globalScope.names[name],
              overloads.contains(where: { overload in globals.contains { $0 === overload } }) else { return nil }
        switch checkedLibraryChoice(at: location) ?? libraryChoice(name, overloads, arguments) {
        case .cell:
            return nil
        case .library:
            noteResolution(.builtin(name))
            return compileBuiltinCall(name, arguments, expected: expected, at: location)
        case .ambiguous:
            error(.ambiguousUse(name), at: location)
            return .invalid
        case .noMatch:
            error(.noMatchingGlobalFunction(name), at: location)
            return .invalid
        }
    }

    /// The checker's choice for the call at `location`; nil while the type-check oracle runs (the generator then
    /// decides on its own, to be compared) or when the checker did not decide.
    private func checkedLibraryChoice(at location: SourceLocation) -> LibraryOverloadChoice? {
        guard !comparesCheckedDecisions, Compiler.readsCheckedTypes else { return nil }
        return typeTable.checked?.libraryChoices[location]
    }

    /// The choice made here, the arguments' types found as the checker finds them (without context, literals aside).
    private func libraryChoice(_ name: String, _ overloads: [FunctionInfo], _ arguments: [Argument]) -> LibraryOverloadChoice {
        let types = arguments.map { argument -> CType? in
            let value = argument.value
            if LibraryOverloadChoice.isTypedChoice(value) { return checkerType(value) }  // as the checker types it
            guard TypeChecker.isContextFree(value), !Compiler.isNumericLiteral(value) else { return nil }
            // Type-only: the argument compiles once the choice is made.
            return checkerType(value)
        }
        return LibraryOverloadChoice.choose(name, overloads, arguments, types: types)
    }
}
