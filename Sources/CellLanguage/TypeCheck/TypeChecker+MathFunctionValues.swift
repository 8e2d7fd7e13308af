import Diagnostics

/// A member of a C library math function's name (`log.append(x)`, `log.count`), which a cell writes when the variable
/// it meant is misspelled or gone (`var logx: [String]`): swiftc finds the function only where a cell imports
/// Foundation (or Glibc, Darwin), and then cannot pick one of its overloads (`reference to member 'append' cannot be
/// resolved without a contextual type`, at the member); elsewhere the name is unknown (`cannot find 'log' in
/// scope`, at the name).
extension TypeChecker {
    /// Reports `base.name` when `base` names a built-in math function (see the file's header); true when reported.
    func reportsMathFunctionMember(_ base: Expr, _ name: String, at location: SourceLocation) -> Bool {
        guard case .name(let function) = base.kind, resolution.referent(of: base) == .builtin,
              Compiler.unaryMathFunctions[function] != nil || Compiler.binaryMathFunctions[function] != nil,
              compiler.globalScope.names[function] == nil, compiler.registry.functions[function] == nil,
              compiler.declarations.userTypes[function] == nil, compiler.protocolState.genericFunctions[function] == nil else {
            return false
        }
        if compiler.declarations.importedModules.isDisjoint(with: Compiler.mathModules) {
            reportInEveryBody(.cannotFindInScope(function, suggestion: nil), at: base.location)
        } else {
            reportInEveryBody(.cannotInferContextualBase(name, chained: false), at: location)
        }
        return true
    }
}
