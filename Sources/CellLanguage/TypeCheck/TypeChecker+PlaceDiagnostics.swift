import Diagnostics

/// The checker's diagnostics for assignments to what is no place (issue 12), worded and placed as the generator
/// reports them (`Compiler+CallResultTargets`, `Compiler.refuseOptionalChainPlace`, `Compiler.namePlace`): a change of
/// a value a call returned (`f()[0] = 1` at the `[`, `f().x = 2` at `x`, a compound assignment at its operator,
/// `f().append(1)` at the method's name), a call, a binary operator's result, a literal, an array literal or a function
/// assigned to, and an optional chain as an element of a tuple assignment or as `swap`'s `inout` argument. Only where
/// the checker knows the types the generator's choice depends on; the value assigned is then not compiled by the
/// generator, so it is not checked (no cascade).
extension TypeChecker {
    /// Reports an assignment (`op` at `location`) to what is no place; true when it reported.
    func reportsImmutableTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard !Compiler.containsOptionalChain(target) else { return false }
        switch target.kind {
        case .subscriptAccess(let base, let arguments):
            guard Self.isPlainIndexList(arguments), let source = callResultSource(base) else { return false }
            reportCallResultChange(op, source, "cannot assign through subscript", at: target.location, operator: location)
        case .member(let base?, let name, let nameLocation):
            guard let source = callResultSource(base) else { return false }
            // A `private(set)` property is reported as such first.
            if case .user(let type)? = checked.type(of: base), let index = type.fieldIndex(name), type.fields[index].hasPrivateSetter {
                return false
            }
            reportCallResultChange(op, source, "cannot assign to property", at: nameLocation, operator: location)
        default:
            guard op == "=", let mistake = notAPlace(target) else { return false }
            report(mistake.error, at: mistake.location)
        }
        return true
    }

    /// Reports a mutating standard-library or declared method called on a value a call returned (`f().append(1)`,
    /// `c.increment().increment()`), at the method's name; returns the error type, nil when it did not report.
    func callResultMutatingCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                                at nameLocation: SourceLocation) -> CType? {
        guard case .call = base.kind else { return nil }
        // A declared struct's or enum's mutating methods (`c.increment().increment()`), every overload mutating.
        if case .user(let type) = receiver, type.kind == .structure || type.kind == .enumeration, !hasTemplateMembers(type),
           !hasGenericMember(named: name), let infos = type.methods[name], !infos.isEmpty, infos.allSatisfy(\.isMutating),
           let source = callResultSource(base, known: receiver) {
            uncheckedArguments(arguments)
            report(.changeOfCallResult(access: "cannot use mutating member on immutable value", source: source), at: nameLocation)
            return .error
        }
        guard let source = callResultSource(base, known: receiver), certainlyTableMember(name, of: receiver),
              let candidates = StdlibTables.table(for: receiver)?.methods(named: name), !candidates.isEmpty,
              candidates.allSatisfy({ $0.kind == .mutatingMethod }), candidates.contains(where: { $0.accepts(arguments) })
        else { return nil }
        report(.changeOfCallResult(access: "cannot use mutating member on immutable value", source: source), at: nameLocation)
        return .error
    }

    /// Reports an optional chain given as an `inout` argument of `swap` (`swap(&a?.x, &b?.x)`), at the `&`; true
    /// when it reported.
    func reportsOptionalChainInout(_ argument: Argument) -> Bool {
        guard case .inoutArgument(let target) = argument.value.kind, Compiler.containsOptionalChain(target) else { return false }
        guard let type = onTrial({ check(target, expected: nil) }, keepingIf: isClosed) else { return false }
        report(.inoutImmutableValue(type), at: argument.value.location)
        return true
    }

    /// Checks an argument of `swap` written without `&`; reports it (at the value) when it names a variable of a
    /// known type, and returns true then.
    func reportsMissingAmpersand(_ argument: Argument) -> Bool {
        let found = check(argument.value, expected: nil)
        guard case .name = argument.value.kind, let found, isClosed(found) else { return false }
        report(.inoutNeedsAmpersand(found), at: argument.value.location)
        return true
    }

    /// Reports the first element of a tuple assignment that is certainly no place (a constant, an optional chain, a
    /// literal…) when every element before it is certainly one (`_` or a `var`); true when it reported.
    func reportsTupleElementMistake(_ elements: [Argument]) -> Bool {
        for element in elements {
            let value = element.value
            switch value.kind {
            case .name("_"):
                continue
            case .name:
                // A `var` (not one with accessors, which may be get-only) is a place.
                if let index = resolution.referent(of: value)?.declaration, resolution.declarations[index].kind == .variable,
                   !accessorDeclarations.contains(index) { continue }
                if let referent = resolution.referent(of: value), declarationKind(of: referent) == .function {
                    guard let mistake = notAPlace(value) else { return false }
                    report(mistake.error, at: mistake.location)
                    return true
                }
                // Any other place (an `inout` parameter, `(a, b) = (b, a)` with `a` one) is mutable: the next is looked at.
                guard let part = immutablePart(of: value), !part.isImplicitMember, !isDeclaredWithoutValue(value) else { continue }
                report(constantChange(.assignToConstant(part.name), of: value), at: value.location)
            default:
                if Compiler.containsOptionalChain(value) {
                    guard let type = onTrial({ check(value, expected: nil) }, keepingIf: isClosed) else { return false }
                    var position = value.location
                    if case .member(_, _, let nameLocation) = value.kind { position = nameLocation }
                    report(.assignToImmutableExpression(type), at: position)
                } else {
                    guard let mistake = notAPlace(value) else { return false }
                    report(mistake.error, at: mistake.location)
                }
            }
            return true
        }
        return false
    }

    /// The generator's error for `=` to `expr` when it is certainly no place: a call, a binary operator, a literal,
    /// an array literal, a function's name; nil for anything else (or when a type it depends on is unknown).
    private func notAPlace(_ expr: Expr) -> (error: CompileError, location: SourceLocation)? {
        switch expr.kind {
        case .name(let name):
            guard let referent = resolution.referent(of: expr), declarationKind(of: referent) == .function else { return nil }
            return (.assignToFunction(name), expr.location)
        case .intLiteral, .floatLiteral, .boolLiteral, .stringLiteral:
            guard check(expr, expected: nil) != nil else { return nil }
            return (.assignToLiteral, expr.location)
        case .binary(_, _, _, let operatorLocation):
            guard onTrial({ check(expr, expected: nil) }, keepingIf: isClosed) != nil else { return nil }
            return (.changeOfCallResult(access: "cannot assign to value", source: "binary operator"), operatorLocation)
        case .array:
            guard let type = onTrial({ check(expr, expected: nil) }, keepingIf: isClosed) else { return nil }
            return (.assignToImmutableExpression(type), expr.location)
        case .call(let callee, _):
            guard onTrial({ check(expr, expected: nil) }, keepingIf: isClosed) != nil else { return nil }
            switch callee.kind {
            case .name(let function): return (.assignToCallResult(function: function), expr.location)
            case .member(_, _, let nameLocation): return (.assignToCallResult(function: nil), nameLocation)
            default: return (.assignToCallResult(function: nil), expr.location)
            }
        default:
            return nil
        }
    }

    /// How the generator names the source of a call's value result (`'f'`, `function call`), when `expr` is a call
    /// whose type the checker knows and is a value (a struct, an enum, a collection, a tuple, a string).
    /// `known`: the call's type when it was checked already.
    private func callResultSource(_ expr: Expr, known: CType? = nil) -> String? {
        guard case .call = expr.kind else { return nil }
        // Checked here only when it is a call's value; otherwise undone (the caller checks the place its own way).
        let trial = known == nil ? beginTrial() : nil
        switch known ?? check(expr, expected: nil) {
        case .user(let user)? where user.kind == .structure || user.kind == .enumeration: break
        case .array?, .dictionary?, .set?, .tuple?, .string?: break
        default:
            if let trial { rollback(to: trial) }
            return nil
        }
        if let trial { commit(trial) }
        return Self.callResultSource(expr, compiler: compiler)
    }

    /// How swiftc names the source of an immutable call result: `'f'` for a called function, `function call` for an
    /// initializer or a method; nil when `expr` is no call.
    private static func callResultSource(_ expr: Expr, compiler: Compiler) -> String? {
        guard case .call(let callee, _) = expr.kind else { return nil }
        if case .name(let name) = callee.kind, compiler.declarations.userTypes[name] == nil,
           compiler.builtinType(named: name) == nil, compiler.registry.types[name] == nil {
            return "'\(name)'"
        }
        return "function call"
    }

    /// Reports a change of a call's value result: `access` at `position` for `=`, the mutating operator's wording at
    /// the operator for a compound assignment.
    private func reportCallResultChange(_ op: String, _ source: String, _ access: String, at position: SourceLocation,
                                        operator location: SourceLocation) {
        if op == "=" {
            report(.changeOfCallResult(access: access, source: source), at: position)
        } else {
            report(.changeOfCallResult(access: "left side of mutating operator isn't mutable", source: source), at: location)
        }
    }
}
