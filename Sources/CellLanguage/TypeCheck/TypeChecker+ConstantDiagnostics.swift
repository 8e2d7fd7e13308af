import Diagnostics

/// The checker's notes on constants (issue 12) that `TypeChecker.immutablePart(of:)` (+Mutability), the one
/// mutability question of every write, reads: the `let`s declared with a value, the constant bindings of patterns,
/// the names declared without a value; and the wording of a change of a capture-list entry or a pattern's binding
/// (`constantChange`), a `private(set)` setter written from outside, a constant given to an `inout` operator, and the
/// `inout` argument of `swap` or a random generator whose place has an immutable part.
extension TypeChecker {
    /// Notes the names `let pattern = value` declares as constants that hold a value from the start.
    func noteInitializedConstants(_ pattern: BindingPattern) {
        switch pattern {
        case .name(let name, let location):
            if let index = declarationIndex(name, at: location) { initializedConstants.insert(index) }
        case .tuple(let items):
            items.forEach(noteInitializedConstants)
        case .wildcard:
            break
        }
    }

    /// Notes the `let` names a case pattern of a condition, a `for case` loop, a `switch` case or a `catch` clause
    /// binds as constants that hold a value from the start.
    /// (`immutable`: swiftc calls them `'x' is immutable`, those of a `switch` case and a `catch` clause.)
    func noteConstantBindings(_ pattern: CasePattern, immutable: Bool = false) {
        switch pattern {
        case .binding(let name, let location, let isVar):
            if !isVar { noteConstantBinding(name, at: location, immutable: immutable) }
        case .tuple(let items, _):
            items.forEach { noteConstantBindings($0, immutable: immutable) }
        case .enumCase(_, let payload, _):
            payload?.forEach { noteConstantBindings($0, immutable: immutable) }
        case .cast(let inner, _, _):
            if let inner { noteConstantBindings(inner, immutable: immutable) }
        case .wildcard, .expression:
            break
        }
    }

    /// Notes the names `let pattern: T` declares without a value (`isDeclaredWithoutValue`).
    func noteConstantsWithoutValue(_ pattern: BindingPattern) {
        if case .name(let name, let location) = pattern, let index = declarationIndex(name, at: location) {
            constantsWithoutValue.insert(index)
        }
    }

    /// Notes the constant `name` a pattern binds at `location` (`catch let e`; `immutable` as in `noteConstantBindings`).
    func noteConstantBinding(_ name: String, at location: SourceLocation, immutable: Bool = false) {
        guard let index = declarationIndex(name, at: location) else { return }
        initializedConstants.insert(index)
        if immutable { immutableBindings.insert(index) }
    }

    /// Notes the closure given to `reduce(into:_:)` or `sequence(state:next:)`, whose first parameter is `inout`
    /// (`Compiler.compileClosure`'s `firstParameterInout`).
    func noteInoutFirstParameterClosure(_ callee: Expr, _ arguments: [Argument]) {
        guard arguments.count == 2, case .closure(let literal) = arguments[1].value.kind else { return }
        switch callee.kind {
        case .member(_, "reduce", _) where arguments[0].label == "into", .name("reduce") where arguments[0].label == "into": break
        case .name("sequence") where arguments[0].label == "state": break
        default: return
        }
        inoutFirstParameterClosures.insert(literal)
    }

    /// `mistake`, a change of the constant `place` starts from, worded as swiftc words it for a capture list's entry
    /// (`cannot assign to value: 'c' is an immutable capture`), a `switch` case's or a `catch` clause's binding and a
    /// closure's `$0` (`… 'x' is immutable`) when the constant is one.
    func constantChange(_ mistake: CompileError, of place: Expr) -> CompileError {
        let node = Self.placeRoot(place)
        guard case .name(let name) = node.kind, let index = resolution.referent(of: node)?.declaration else { return mistake }
        let kind = resolution.declarations[index].kind, capture = kind == .captureListEntry
        guard capture || immutableBindings.contains(index) || (kind == .closureParameter && name.hasPrefix("$")) else { return mistake }
        let reason = ": " + CompileError.constantReason(name), message = mistake.message
        guard message.hasSuffix(reason) else { return mistake }
        return .immutableBindingChange(access: String(message.dropLast(reason.count)), name: name, capture: capture)
    }

    /// The node a chain of members and subscripts starts from (`a` for `a[0].b`).
    private static func placeRoot(_ place: Expr) -> Expr {
        switch place.kind {
        case .member(let base?, _, _), .subscriptAccess(let base, _), .optionalChain(let base), .forceUnwrap(let base):
            return placeRoot(base)
        default: return place
        }
    }

    /// Whether a declaration's value is its accessors (`let x: Int { 1 }`), not a value.
    static func hasAccessors(_ value: Expr) -> Bool {
        if case .closure(let literal) = value.kind { return literal.accessors != nil }
        return false
    }

    /// Reports `&place` given to `swap` or to a generator's `inout` parameter (its place typed already) whose place has
    /// an immutable part (`TypeChecker.immutablePart(of:)`), at the `&`; true when it reported.
    func reportsConstantInout(_ argument: Argument) -> Bool {
        guard case .inoutArgument(let target) = argument.value.kind, let part = immutablePart(of: target) else { return false }
        report(constantChange(.inoutConstant(part.name), of: target), at: argument.value.location)
        return true
    }

    /// Reports an assignment (`op` at `location`) to a `private(set)` property outside the members of the type that
    /// declares it (`s.count = 1`), as the generator's `reportInaccessibleSetter` does before anything else: at the
    /// property for `=`, at the operator for a compound assignment; true when it reported.
    func reportsInaccessibleSetter(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard case .member(let base?, let name, let nameLocation) = target.kind, typeNamed(base) == nil,
              onTrial({ check(base, expected: nil) }, keepingIf: { found in
                  guard case .user(let type) = found, let index = type.fieldIndex(name), type.fields[index].hasPrivateSetter
                  else { return false }
                  // Inside the type's own members (or a type nested in them) the setter is accessible.
                  return self.selfType !== type
                      && !(self.bodyContext.typeNamePrefix?.split(separator: ".").contains { $0 == type.name } ?? false)
              }) != nil else { return false }
        report(.setterInaccessible(name, compound: op != "="), at: op == "=" ? nameLocation : location)
        return true
    }

    /// Reports `++u` or `u--` on a constant `u` (a `let` or a parameter) where the declared operator function taking
    /// `type` has an `inout` parameter: swiftc's `cannot pass immutable value to mutating operator`, at the operator.
    func reportConstantOperand(_ op: String, _ operand: Expr, _ type: CType, at location: SourceLocation) {
        guard let info = compiler.operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }),
              info.parameters.first?.isInout == true, case .name(let name) = operand.kind, name != "self",
              let referent = resolution.referent(of: operand), isConstant(referent, named: name) else { return }
        let isPostfix = op.hasPrefix(Expr.postfixOperatorPrefix)
        report(constantChange(.mutatingOperatorOnConstant(name, unary: true), of: operand), at: isPostfix ? compiler.reportedTokens[location] ?? location : location)
    }

    /// Whether a name refers to a constant: a `let` of this cell or an earlier one (not one initialized later), a
    /// loop's or a pattern's binding, a function's parameter that is not `inout`.
    func isConstant(_ referent: Referent, named name: String) -> Bool {
        if case .earlierGlobal = referent {
            guard case .variable(let variable)? = compiler.globalScope.names[name] else { return false }
            return variable.isLet && !variable.initializedLater
        }
        guard let index = referent.declaration else { return false }
        return resolution.declarations[index].kind == .constant || isConstantDeclaration(index)
    }

    /// Whether the declaration at `index` is a constant: a `let` (one declared without a value may be assigned once:
    /// `isDeclaredWithoutValue`), a pattern's `let` binding, a parameter or a closure's parameter that is not `inout`, a
    /// capture-list entry.
    private func isConstantDeclaration(_ index: Int) -> Bool {
        switch resolution.declarations[index].kind {
        case .constant: return !accessorDeclarations.contains(index)
        case .parameter: return constantParameters.contains(index)
        case .closureParameter: return constantClosureParameters.contains(index)
        case .captureListEntry: return !accessorDeclarations.contains(index)
        default: return false
        }
    }

    /// Whether `expr` names a `let` declared without a value (`let x: Int`), which a plain assignment initializes (twice
    /// is the definite-initialization check's mistake).
    func isDeclaredWithoutValue(_ expr: Expr) -> Bool {
        guard let index = resolution.referent(of: expr)?.declaration else { return false }
        return constantsWithoutValue.contains(index)
    }

    /// One unlabelled index that is a literal or a name (no call to hoist, no range to replace).
    static func isPlainIndexList(_ arguments: [Argument]) -> Bool {
        guard arguments.count == 1, arguments[0].label == nil else { return false }
        switch arguments[0].value.kind {
        case .intLiteral, .stringLiteral, .name: return arguments[0].value.largeLiteral == nil
        default: return false
        }
    }
}
