import Diagnostics

/// The checker's diagnostics for arguments of `inout` parameters of declared functions, methods and initializers
/// (issue 12), worded and placed as the generator reports them (`Compiler.missingAmpersand`,
/// `Compiler.compileInoutPlace`): a place that starts from a constant (a `let` with a value, a parameter, or `self`
/// in a method that is not `mutating`) or a literal, at the `&` (`cannot pass immutable value as inout argument:
/// 'k' is a 'let' constant`, `… 'self' is immutable`, `… literals are not mutable`); without the `&`, a constant,
/// a literal or a binary operator's result at the call, any other value of a known type at itself (`passing value of
/// type 'Int' to an inout parameter requires explicit '&'`).
extension TypeChecker {
    /// Notes, entering the body of `decl`, which of its parameters are constants and whether `self` is one (a method
    /// of a struct or an enumeration that is not `mutating`); a function nested in a method keeps its `self`.
    func noteMutability(of decl: FunctionDecl, _ info: FunctionInfo, declared: ArraySlice<FunctionInfo.Parameter>) {
        for parameter in decl.parameters where !parameter.isInout {
            if let index = declarationIndex(parameter.name, at: parameter.location) { constantParameters.insert(index) }
        }
        guard info.parameters.count > declared.count || decl.isStatic || decl.name == "init" else { return }
        let isValue = selfType.map { $0.kind == .structure || $0.kind == .enumeration } ?? false
        bodyContext.immutableSelf = isValue && !decl.isStatic && !decl.isMutating && decl.name != "init"
            && genericSelf == nil && conformingSelf == nil && protocolSelf == nil
        bodyContext.initializesSelf = decl.name == "init" && !decl.isStatic
        bodyContext.constantSelf = isValue && !decl.isStatic && !decl.isMutating && decl.name != "init"
            && conformingSelf == nil && protocolSelf == nil
    }

    /// Checks the argument of an `inout` parameter of type `parameter`, reporting what cannot be passed; `call` is
    /// where the generator reports a value that is no place (the callee's name), nil when unknown (a variable of the
    /// parameter's type without its `&` is reported at itself all the same).
    func inoutArgument(_ argument: Argument, _ parameter: CType, call: SourceLocation?) {
        let value = argument.value
        guard case .inoutArgument(let target) = value.kind else {
            let found = check(value, expected: parameter)
            guard let found, !found.hasError else { return }
            if let part = immutablePart(of: value) {
                if let call { report(constantChange(.inoutConstant(part.name), of: value), at: call) }
            } else if let mistake = Compiler.immutableInoutValue(value) {
                if case .binary = value.kind, !isClosed(found) { return }
                if let call { report(mistake, at: call) }
            } else if isClosed(found) || found == parameter {  // a value of the parameter's type lacks only its `&`
                report(.inoutNeedsAmpersand(found), at: value.conversionLocation)
            }
            return
        }
        if Compiler.isValueLiteral(target) {
            report(.inoutLiteral, at: value.location)
        } else if Compiler.containsOptionalChain(target),
                  let type = onTrial({ check(target, expected: nil) }, keepingIf: isClosed) {
            // `inc(&p?.x)`: an optional chain is no place here (swiftc: the optional does not convert, and is immutable).
            if case .optional(let wrapped) = type, wrapped == parameter { report(.optionalNotUnwrapped(type, wrapped: wrapped), at: value.location) }
            report(.inoutImmutableValue(type), at: value.location)
            return
        } else {
            // The place's parts are typed as the generator types them; a place of another type is swiftc's conversion
            // mistake, at the `&` (an inout argument does not convert).
            _ = check(value, expected: nil)
            if immutablePart(of: target) != nil { return }  // reported as `check` typed the place (+Mutability)
            if !Compiler.containsOptionalChain(target), let found = checked.type(of: target), found != parameter,
               !found.hasError, !parameter.hasError,
               isClosed(found) || Self.isKnownInoutType(found) || found == .user(compiler.anyType),
               isClosed(parameter) || Self.isKnownInoutType(parameter),
               closedPlaceholder(found) == nil, closedPlaceholder(parameter) == nil,
               !compiler.mentionsPlaceholder(found), !compiler.mentionsPlaceholder(parameter) {
                report(.argumentType(found, expected: parameter), at: value.location)
            }
            return
        }
        // The place's parts are typed as the generator types them, reported or not.
        _ = check(value, expected: nil)
    }

    /// Whether a place of type `type` certainly does not stand for a parameter of another type (a declared struct or
    /// enumeration, which converts to nothing).
    private static func isKnownInoutType(_ type: CType) -> Bool {
        if case .user(let user) = type { return user.kind == .structure || user.kind == .enumeration }
        return false
    }

    /// `f(&v)` where the parameter is not `inout`: swiftc's `'&' used with non-inout argument of type 'Int'`, at the
    /// `&`, when the place's type is known; true when reported.
    func ampersandWithoutInout(_ argument: Argument) -> Bool {
        guard case .inoutArgument(let target) = argument.value.kind, !Compiler.containsOptionalChain(target),
              let type = check(target, expected: nil), !type.hasError, isClosed(type) else { return false }
        report(.ampersandNonInoutArgument(type), at: argument.value.location)
        return true
    }
}
