import Diagnostics

/// The checker's diagnostics for changes of what has a getter alone (issue 12), worded and placed as the generator
/// reports them (`Compiler+AccessorPlaces`, `Compiler+AccessorVariables`, `Compiler.reportForceUnwrappedGetOnly`,
/// `Compiler.storedMember`): a variable declared with a getter alone (`p = 2` at the name, `p += 1` at the
/// operator), a struct's only subscript without setter (`box[0] = 1` at the `[`), a built-in property (`xs.count = 2` at the property, `xs.first! = 2` at the `!`, `xs.first! += 1` at
/// the operator), and a struct's computed property without setter (`box.twice += 1` at the operator,
/// `box.list.append(4)` at the method's name). Only through a variable of this cell whose type the checker knows;
/// the value is then not compiled by the generator, so it is not checked (no cascade).
extension TypeChecker {
    /// Notes a variable declared with a getter alone (`var p: Int { 1 }`).
    func noteGetOnlyVariable(_ pattern: BindingPattern, _ value: Expr?) {
        guard let (_, accessors) = Compiler.variableAccessors(value), accessors.isComputed, accessors.setter == nil,
              case .name(let name, let location) = pattern, let index = declarationIndex(name, at: location) else { return }
        getOnlyVariables.insert(index)
    }

    /// Reports an assignment (`op` at `location`) to what has a getter alone; true when it reported.
    func reportsGetOnlyTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        if reportsGetOnlySelfMember(op, target, at: location) { return true }
        switch target.kind {
        case .name(let name):
            guard isGetOnlyVariable(target, name) else { return false }
            report(op == "=" ? .getOnlyVariable(name) : .mutatingOperatorOnGetOnly(name), at: op == "=" ? target.location : location)
        case .forceUnwrap(let operand):
            guard case .member(let base?, let name, _) = operand.kind, let type = variableType(base, allowsConstant: true),
                  hasBuiltinProperty(type, name) else { return false }
            report(op == "=" ? .assignThroughForceUnwrap(name) : .mutatingOperatorOnGetOnly(name), at: op == "=" ? target.location : location)
            check(base, expected: nil)
        case .member(let base?, let name, let nameLocation):
            if let owner = typeNamed(base) {
                // `T.s = 2` for a static computed property without setter.
                guard owner.staticComputed[name] != nil, owner.staticSetters[name] == nil,
                      op == "=" || !declaredOperators.contains(op) else { return false }
                report(op == "=" ? .getOnlyProperty(name) : .mutatingOperatorOnGetOnly(name), at: op == "=" ? nameLocation : location)
                return true
            }
            guard let type = variableType(base, allowsConstant: true) else { return false }
            if isGetOnlyRequirement(type, name), op == "=" || !declaredOperators.contains(op) {
                report(op == "=" ? .getOnlyProperty(name) : .mutatingOperatorOnGetOnly(name), at: op == "=" ? nameLocation : location)
            } else if op == "=", hasBuiltinProperty(type, name) || isGetOnlyComputed(type, name) {
                report(.getOnlyProperty(name), at: nameLocation)
            } else if op != "=", !declaredOperators.contains(op), isGetOnlyComputed(type, name) {
                report(.mutatingOperatorOnGetOnly(name), at: location)
            } else {
                return false
            }
            check(base, expected: nil)
        case .subscriptAccess(let base, let arguments):
            guard op == "=" || !declaredOperators.contains(op) else { return false }
            // `S[1] = 2` on a type whose static subscripts have no setter, or a variable's only get-only subscript.
            let statics = typeNamed(base).map { !$0.staticSubscripts.isEmpty && $0.staticSubscripts.allSatisfy { $0.setter == nil } } ?? false
            if !statics, op == "=", reportsAssignmentThroughGetOnlySubscript(base, target) { return true }  // `g[0][1] = 5`
            guard statics || variableType(base, allowsConstant: false).map({ fitsOnlyGetOnlySubscript($0, arguments) }) == true
            else { return false }
            report(.getOnlySubscript(mutatingOperator: op != "="), at: op == "=" ? target.location : location)
            if statics { uncheckedArguments(arguments) } else { check(base, expected: nil) }
        default:
            return false
        }
        return true
    }

    /// Reports `area = 1` or `self.area += 1` in a member body of the type that declares `area` as a computed
    /// property without setter: at the name or the property for `=`, at the operator of a compound assignment;
    /// true when it reported.
    private func reportsGetOnlySelfMember(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard let owner = selfType, genericSelf == nil, op == "=" || !declaredOperators.contains(op) else { return false }
        let name: String, position: SourceLocation
        switch target.kind {
        case .name(let member):
            guard case .member? = resolution.referent(of: target) else { return false }
            (name, position) = (member, target.location)
        case .member(let base?, let member, let nameLocation):
            guard case .name("self") = base.kind else { return false }
            (name, position) = (member, nameLocation)
        default:
            return false
        }
        guard isGetOnlyComputed(.user(owner), name) else { return false }
        report(op == "=" ? .getOnlyProperty(name) : .mutatingOperatorOnGetOnly(name), at: op == "=" ? position : location)
        return true
    }

    /// Whether `name` is a variable declared with a getter alone, in this cell or an earlier one.
    private func isGetOnlyVariable(_ target: Expr, _ name: String) -> Bool {
        switch resolution.referent(of: target) {
        case .earlierGlobal?:
            guard case .accessor(let variable)? = compiler.globalScope.names[name] else { return false }
            return variable.storage == nil && variable.getter != nil && variable.setter == nil
        case let referent?:
            return referent.declaration.map(getOnlyVariables.contains) ?? false
        case nil:
            return false
        }
    }

    /// `g[0][1] = 5` where `g[0]` is a variable's only get-only subscript: swiftc's `cannot assign through subscript:
    /// subscript is get-only`, at the outer subscript (`target`); true when reported.
    private func reportsAssignmentThroughGetOnlySubscript(_ base: Expr, _ target: Expr) -> Bool {
        guard case .subscriptAccess(let inner, let arguments) = base.kind,
              variableType(inner, allowsConstant: false).map({ fitsOnlyGetOnlySubscript($0, arguments) }) == true else { return false }
        report(.getOnlySubscript(), at: target.location)
        check(inner, expected: nil)
        return true
    }

    /// Whether a non-generic struct declares one subscript, without setter, whose parameters `arguments` certainly
    /// fit (the same labels, literals of the parameters' types: Int or String).
    private func fitsOnlyGetOnlySubscript(_ type: CType, _ arguments: [Argument]) -> Bool {
        guard case .user(let user) = type else { return false }
        let parameters: ArraySlice<FunctionInfo.Parameter>
        if user.kind == .protocolType, !compiler.protocolState.placeholderTypes.contains(user) {
            // A protocol-typed value (`var p: any P`) whose protocol requires one get-only subscript.
            let requirements = compiler.subscriptRequirements(of: user)
            guard requirements.count == 1, !requirements[0].settable else { return false }
            let seen = compiler.substitutedRequirement(requirements[0], on: user)
            parameters = zip(seen.labels, seen.parameterTypes).map { FunctionInfo.Parameter(label: $0, name: $0 ?? "_", type: $1) }[...]
        } else {
            guard user.kind == .structure, !isGeneric(user), user.subscripts.count == 1, user.subscripts[0].setter == nil else { return false }
            parameters = user.subscripts[0].getter.parameters.dropFirst()
        }
        guard parameters.count == arguments.count else { return false }
        return zip(parameters, arguments).allSatisfy { parameter, argument in
            guard parameter.label == argument.label, !parameter.isInout, !parameter.isVariadic else { return false }
            switch argument.value.kind {
            case .intLiteral: return parameter.type == .int && argument.value.largeLiteral == nil
            case .stringLiteral: return parameter.type == .string
            default: return false
            }
        }
    }

    /// Reports a standard-library mutating method called on a struct's computed property without setter
    /// (`box.list.append(4)`), at the method's name; returns the error type, nil when it did not report.
    func getOnlyMutatingCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                             at nameLocation: SourceLocation) -> CType? {
        guard case .member(let owner?, let property, _) = base.kind, let ownerType = variableType(owner, allowsConstant: true),
              isGetOnlyComputed(ownerType, property), certainlyTableMember(name, of: receiver),
              let candidates = StdlibTables.table(for: receiver)?.methods(named: name), !candidates.isEmpty,
              candidates.allSatisfy({ $0.kind == .mutatingMethod }), candidates.contains(where: { $0.accepts(arguments) })
        else { return nil }
        report(.mutatingMemberOnGetOnly(property), at: nameLocation)
        return .error
    }

    /// The type of the `var` (or, with `allowsConstant`, the initialized `let`) of this cell `expr` names, when
    /// the checker knows it; nil for anything else (a variable with accessors, a parameter, an earlier cell's name).
    private func variableType(_ expr: Expr, allowsConstant: Bool) -> CType? {
        guard case .name(let name) = expr.kind, name != "self", let index = resolution.referent(of: expr)?.declaration,
              !accessorDeclarations.contains(index) else { return nil }
        switch resolution.declarations[index].kind {
        case .variable: return declarationTypes[index]
        case .constant where allowsConstant && initializedConstants.contains(index): return declarationTypes[index]
        case .parameter where allowsConstant && constantParameters.contains(index): return declarationTypes[index]
        default: return nil
        }
    }

    /// Whether `type` is a built-in type whose table certainly has property `name` (every one is read-only).
    private func hasBuiltinProperty(_ type: CType, _ name: String) -> Bool {
        certainlyBuiltinMembers(of: type) && StdlibTables.table(for: type)?.property(named: name) != nil
    }

    /// Whether `name` is an instance property requirement `{ get }` of the protocol `type` is (`var q: any P`).
    private func isGetOnlyRequirement(_ type: CType, _ name: String) -> Bool {
        guard case .user(let proto) = type, proto.kind == .protocolType,
              let requirement = compiler.findRequirement(proto, name) else { return false }
        return requirement.kind == .property && !requirement.isStatic && !requirement.settable
    }

    /// Whether `name` is a computed property without setter of a non-generic struct or class.
    private func isGetOnlyComputed(_ type: CType, _ name: String) -> Bool {
        guard case .user(let user) = type, user.kind == .structure || user.kind == .classType, !isGeneric(user) else { return false }
        return user.computed[name] != nil && user.setters[name] == nil
    }
}
