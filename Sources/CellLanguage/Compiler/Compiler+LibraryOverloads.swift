/// Calls of a name the cell declares as top-level functions and the library declares too (`exp`, `sqrt`, `abs`,
/// `max`…): the cell's function overloads the library's, as in Swift. The generator takes the checker's choice
/// (`TypeChecker.libraryOverloadCall`) and cannot build the call where the checker made none.
extension Compiler {
    /// `name(arguments)` where `overloads` are the cell's global functions of a library function's name: the
    /// library's call when it is chosen (or the error when neither fits); nil when the cell's overloads are.
    func compileLibraryOverloadCall(_ name: String, _ overloads: [FunctionInfo], _ arguments: [Argument], expected: CType?,
                                    at location: SourceLocation) -> Typed? {
        guard LibraryOverloadChoice.libraryNames.contains(name), protocolState.genericFunctions[name] == nil,
              case .functions(let globals)? = globalScope.names[name],
              overloads.contains(where: { overload in globals.contains { $0 === overload } }) else { return nil }
        guard Compiler.readsCheckedTypes, let choice = typeTable.checked?.libraryChoices[location] else {
            cannotGenerate(at: location)
            return .invalid
        }
        switch choice {
        case .cell:
            return nil
        case .library:
            noteResolution(.builtin(name))
            return compileBuiltinCall(name, arguments, expected: expected, at: location)
        case .ambiguous, .noMatch:
            cannotGenerate(at: location)  // the checker's mistake (`ambiguous use`, `no exact matches`)
            return .invalid
        }
    }
}
