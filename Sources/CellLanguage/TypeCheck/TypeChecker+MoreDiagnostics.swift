import Diagnostics

/// More of the checker's diagnostics (issue 12, session 16): optional bindings of values that are not optional, literal
/// case patterns of another type than the subject's, throwing functions where non-throwing ones are expected, `min` and
/// `max` of conflicting arguments, generic functions' type parameters nothing binds (session 21). Each is reported as
/// the generator reports it (same `CompileError`, same position) and only where the checker knows the types involved;
/// see `TypeChecker+Diagnostics` for the design.
extension TypeChecker {
    /// `if let x = 5`: the binding's value of known type `type` is not optional; reports the generator's
    /// `initializer for conditional binding must have Optional type, not 'Int'` at the `let`/`var` keyword
    /// (`Compiler.compileConditions`) and returns true, or false when the value may be optional or is unknown.
    func bindingNotOptional(_ type: CType?, keyword: SourceLocation) -> Bool {
        guard let type, !type.hasError else { return false }
        switch type {
        case .optional, .native, .constants, .error: return false
        case .user(let user) where user.kind == .protocolType: return false
        default:
            report(.bindingNotOptional(type), at: keyword)
            return true
        }
    }

    /// `case "a":` against an Int: a literal pattern (`expr`) whose type is not the built-in subject's `type` is the
    /// generator's `expression pattern of type 'String' cannot match values of type 'Int'`, at the literal
    /// (`Compiler.compileExpressionPattern`); `case 1:` or `case 0:` against a Bool is swiftc's `integer literal value
    /// '1' cannot be used as a boolean; did you mean 'true'?`.
    func literalPattern(_ expr: Expr, _ type: CType) {
        guard let found = check(expr, expected: type), found != type, !found.hasError else { return }
        if type == .bool, case .intLiteral(let value) = expr.kind, value == 0 || value == 1 {
            return report(.integerLiteralAsBoolean(value), at: expr.location)
        }
        report(.patternType(found, subject: type), at: expr.location)
    }

    /// A value of a throwing function type where the same function type without `throws` is expected (`let f: () -> Int
    /// = throwingF`): the generator's `invalid conversion from throwing function of type '() throws -> Int' to
    /// non-throwing function type '() -> Int'` (`Compiler.functionEffectCoercion`), reported at `location`, the place
    /// the conversion's other mistakes are reported; true when reported.
    func throwingToNonThrowing(_ found: CType, _ expected: CType, at location: SourceLocation) -> Bool {
        guard case .throwingFunction(let parameters, let result) = found, case .function(parameters, result) = expected,
              !found.hasError else { return false }
        report(.throwingToNonThrowing(found, expected), at: location)
        return true
    }

    /// `max(1, "a")`: arguments of `min`/`max` of known types (`found`, in order) that are not all the anchor's `type`:
    /// the generator's `conflicting arguments to generic parameter 'T' ('Int' vs. 'String')` (`Compiler.compileMinMax`:
    /// the first argument's type against the first that differs, at the call); true when reported.
    func conflictingArguments(_ found: [CType?], _ type: CType, at location: SourceLocation) -> Bool {
        let types = found.compactMap { $0 }
        guard types.count == found.count, let firstType = types.first, !types.contains(where: \.hasError),
              let conflict = types.first(where: { $0 != firstType }) ?? types.first(where: { $0 != type }) else { return false }
        let first = firstType == conflict ? type : firstType
        report(.conflictingGenericArguments(first, conflict), at: location)
        return true
    }

    /// `let g = gen()` with `func gen<U>() -> U?`: the cell's generic top-level function without parameters, called
    /// without arguments as the initial value of a variable without an annotation, whose type parameters nothing
    /// binds: the generator's `generic parameter 'U' could not be inferred` (`Compiler.inferGenericBindings`, its first
    /// type parameter), at the call. True when reported.
    func uninferredGenericParameter(_ value: Expr) -> Bool {
        guard case .call(let callee, let arguments) = value.kind, arguments.isEmpty, case .name(let name) = callee.kind,
              compiler.globalScope.names[name] == nil, compiler.protocolState.genericTypes[name] == nil,
              let templates = compiler.protocolState.genericFunctions[name], templates.count == 1,
              let decl = templates.first, decl.parameters.isEmpty, let first = decl.genericParameters.first else { return false }
        switch resolution.referent(of: callee) {
        case .global(let index)? where resolution.declarations[index].kind == .function: break
        case .earlierGlobal?: break
        default: return false
        }
        report(.genericParameterNotInferred(first.name), at: value.location)
        return true
    }

    /// `let f = ov` where `ov` names several top-level functions (and no generic one): without an annotation nothing
    /// picks one, the generator's `ambiguous use of 'ov'` (`Compiler.compileName`), at the name. True when reported.
    func ambiguousFunctionValue(_ value: Expr, _ name: String) -> Bool {
        switch resolution.referent(of: value) {
        case .global(let index)? where resolution.declarations[index].kind == .function: break
        case .earlierGlobal?: break
        default: return false
        }
        guard compiler.protocolState.genericFunctions[name] == nil, case .functions(let infos)? = compiler.globalScope.names[name],
              infos.count > 1 else { return false }
        report(.ambiguousUse(name), at: value.location)
        return true
    }
}
