import Diagnostics

/// The checker's diagnostics for changes of constants (issue 12): an assignment, a compound assignment or an `inout`
/// argument whose place starts from a `let` declared with a value (`let xs = [1]; xs[0] = 2`), worded and placed as
/// the generator reports them (`Compiler+ConstantTargets`, `Compiler+Places`): at the name for `x = v`, at the `[`
/// for `xs[i] = v`, at the property for `p.x = v`, at the operator for a compound assignment, at the `&` of `swap`'s
/// argument. Only places the checker follows completely: stored properties of non-generic structs, tuple elements,
/// array elements and dictionary values with a literal or a name as index, from a constant of a type with no native
/// value in it. The generator reads the target to find its constant but leaves the value: the value is not checked
/// (no cascade).
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

    /// Reports an assignment (`op` at `location`) whose target is part of a constant; true when it reported.
    func reportsConstantTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        if reportsImmutableSelfTarget(op, target, at: location) { return true }
        let mistake: CompileError
        let position: SourceLocation
        switch target.kind {
        case .name:
            guard let (name, _) = constantName(target), op != "=" || !isDeclaredWithoutValue(target) else { return false }
            (mistake, position) = op == "=" ? (.assignToConstant(name), target.location) : (.mutatingOperatorOnConstant(name), location)
        case .subscriptAccess(let base, let arguments):
            guard let root = rootConstant(of: base) else { return false }
            switch constantPlaceType(base) {
            case .array?, .dictionary?: break
            default: return false
            }
            // swiftc refuses the subscript's labels first, alone (`d[1, defaultx: 0] += 1`: TypeChecker+Subscripts).
            if arguments.contains(where: { $0.label != nil }), reportsSubscriptMistake(target) { return true }
            (mistake, position) = op == "=" ? (.assignThroughSubscriptOfConstant(root), target.location)
                : (.mutatingOperatorOnConstant(root), location)
        case .member(let base?, let name, let nameLocation):
            guard let baseType = constantPlaceType(base), storedMemberType(of: baseType, name) != nil,
                  let root = rootConstant(of: base) else { return false }
            (mistake, position) = op == "=" ? (.assignToConstantProperty(root), nameLocation) : (.mutatingOperatorOnConstant(root), location)
        default:
            return false
        }
        report(constantChange(mistake, of: target), at: position)
        // The generator reads the target's parts to find the constant (not the value, which it leaves).
        place(target)
        return true
    }

    /// Reports `value = 1` or `self.value += 1` (a stored `var`) in a method of a struct or enum that is not
    /// `mutating`, where `self` is a constant: swiftc's `cannot assign to property: 'self' is immutable` at the name
    /// or the property, `left side of mutating operator isn't mutable: 'self' is immutable` at the operator of a
    /// compound assignment; true when it reported.
    private func reportsImmutableSelfTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        let position: SourceLocation
        switch target.kind {
        case .name(let name):
            guard case .member? = resolution.referent(of: target), isStoredVariableOfImmutableSelf(name) else { return false }
            position = target.location
        case .member(let base?, let name, let nameLocation):
            guard case .name("self") = base.kind, isStoredVariableOfImmutableSelf(name) else { return false }
            position = nameLocation
        default:
            return false
        }
        report(op == "=" ? .assignToConstantProperty("self") : .mutatingOperatorOnConstant("self"), at: op == "=" ? position : location)
        place(target)
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

    /// Reports `&name` of a constant given to `swap` (at the `&`); true when it reported.
    func reportsConstantInout(_ argument: Argument) -> Bool {
        guard case .inoutArgument(let target) = argument.value.kind,
              let name = constantProperty(target)?.name ?? immutableRoot(target, implicitSelf: true) else { return false }
        report(constantChange(.inoutConstant(name), of: target), at: argument.value.location)
        return true
    }

    /// Reports a call of a standard-library mutating method (`xs.append(1)`) on a constant or an array element of
    /// one, at the method's name, when the arguments fit one of its declarations; returns the error type, nil when it
    /// did not report.
    func constantMutatingCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                              at nameLocation: SourceLocation) -> CType? {
        guard let root = mutatedConstant(base), certainlyBuiltinMembers(of: receiver),
              !extendsBuiltin(member: name), let candidates = StdlibTables.table(for: receiver)?.methods(named: name),
              !candidates.isEmpty, candidates.allSatisfy({ $0.kind == .mutatingMethod }),
              candidates.contains(where: { $0.accepts(arguments) }) else { return nil }
        report(constantChange(.mutatingMemberOnConstant(root), of: base), at: nameLocation)
        return .error
    }

    /// Reports a call of a `mutating` method declared in a struct or an enum (`p.moveBy(x: 1)`, every overload of
    /// the name mutating, the labels already fitting one) on a constant or a place inside one, at the method's name,
    /// as the generator does before it compiles the arguments; returns the error type, nil when it did not report.
    func constantDeclaredMutatingCall(_ base: Expr, _ receiver: CType, _ name: String,
                                      at nameLocation: SourceLocation) -> CType? {
        if isMutatingGenericOrRequirement(receiver, name), let root = constantProperty(base)?.name ?? rootConstant(of: base) {
            report(constantChange(.mutatingMemberOnConstant(root), of: base), at: nameLocation)
            return .error
        }
        guard case .user(let type) = receiver, type.kind == .structure || type.kind == .enumeration, !isGeneric(type),
              !hasTemplateMembers(type), !hasGenericMember(named: name), let infos = type.methods[name], !infos.isEmpty,
              infos.allSatisfy(\.isMutating), let root = constantProperty(base)?.name ?? rootConstant(of: base) else { return nil }
        report(constantChange(.mutatingMemberOnConstant(root), of: base), at: nameLocation)
        return .error
    }

    /// Whether every method `name` of `receiver` is `mutating`, one of them generic (`mutating func bump<T>`), or
    /// `receiver` is a protocol whose requirement `name` is a `mutating` method (`let o: any P; o.update()`).
    private func isMutatingGenericOrRequirement(_ receiver: CType, _ name: String) -> Bool {
        guard case .user(let type) = receiver else { return false }
        if type.kind == .protocolType {
            guard !compiler.isClassBound(receiver), let requirement = compiler.findRequirement(type, name) else { return false }
            return requirement.kind == .method && requirement.isMutating && !requirement.isStatic
        }
        guard type.kind == .structure || type.kind == .enumeration,
              let generic = compiler.protocolState.genericMembers[type]?[name], !generic.isEmpty else { return false }
        return generic.allSatisfy(\.decl.isMutating) && (type.methods[name] ?? []).allSatisfy(\.isMutating)
    }

    /// The constant a mutating method called on `base` would change: the `let` property `base` names, or the constant
    /// a name or an array element of it starts from.
    private func mutatedConstant(_ base: Expr) -> String? {
        constantProperty(base)?.name ?? rootConstant(of: base)
    }

    /// The name and type of the constant `expr` names (`isConstantDeclaration`, an earlier cell's `let` with a
    /// value, or `self` in a method of a struct or an enumeration that is not `mutating`; not a member).
    func constantName(_ expr: Expr) -> (String, CType)? {
        guard case .name(let name) = expr.kind else { return nil }
        if name == "self" {
            guard bodyContext.immutableSelf, let selfType else { return nil }
            return (name, .user(selfType))
        }
        guard let referent = resolution.referent(of: expr) else { return nil }
        if case .earlierGlobal = referent {
            guard case .variable(let variable)? = compiler.globalScope.names[name], variable.isLet, !variable.initializedLater,
                  Self.holdsNoNativeValue(variable.type) else { return nil }
            return (name, variable.type)
        }
        guard let index = referent.declaration, isConstantDeclaration(index),
              let type = declarationTypes[index], Self.holdsNoNativeValue(type) else { return nil }
        return (name, type)
    }

    /// The constant a place starts from, when the place is one `constantPlaceType` follows.
    func rootConstant(of expr: Expr) -> String? {
        guard constantPlaceType(expr) != nil else { return nil }
        var node = expr
        while true {
            switch node.kind {
            case .name(let name):
                if case .member? = resolution.referent(of: node) { return "self" }  // `p.x` for `self.p.x`
                return name
            case .member(let base?, _, _), .subscriptAccess(let base, _), .optionalChain(let base), .forceUnwrap(let base): node = base
            default: return nil
            }
        }
    }

    /// The type of a place inside a constant: the constant, a stored property of a struct or a tuple's element in
    /// it, an array's element at a plain index; nil for anything else.
    private func constantPlaceType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            if case .member? = resolution.referent(of: expr) {
                // A stored `var` of a constant `self`, named alone (`p` in `p.x = 1`).
                guard isStoredVariableOfImmutableSelf(name), let selfType, let index = selfType.fieldIndex(name) else { return nil }
                return selfType.fields[index].type
            }
            return constantName(expr)?.1
        case .member(let base?, let name, _):
            return constantPlaceType(base).flatMap { storedMemberType(of: $0, name) }
        case .subscriptAccess(let base, let arguments):
            guard Self.isPlainIndexList(arguments), case .array(let element)? = constantPlaceType(base) else { return nil }
            return element
        case .optionalChain(let base), .forceUnwrap(let base):
            // `o?.x = 1`, `o!.x = 1`: the optional's payload.
            guard case .optional(let wrapped)? = constantPlaceType(base) else { return nil }
            return wrapped
        default:
            return nil
        }
    }

    /// The type of stored property `name` (or computed one with a setter) of a struct (anyone may set it) or of a
    /// tuple's element `name`.
    private func storedMemberType(of type: CType, _ name: String) -> CType? {
        switch type {
        case .user(let user) where user.kind == .structure:
            if user.setters[name] != nil { return user.computed[name]?.returnType }
            guard let index = user.fieldIndex(name), !user.fields[index].hasPrivateSetter else { return nil }
            return user.fields[index].type
        case .tuple(let elements):
            if let index = Int(name) { return index >= 0 && index < elements.count ? elements[index].type : nil }
            return elements.first { $0.label == name }?.type
        default:
            return nil
        }
    }

    /// One unlabelled index that is a literal or a name (no call to hoist, no range to replace).
    static func isPlainIndexList(_ arguments: [Argument]) -> Bool {
        guard arguments.count == 1, arguments[0].label == nil else { return false }
        switch arguments[0].value.kind {
        case .intLiteral, .stringLiteral, .name: return arguments[0].value.largeLiteral == nil
        default: return false
        }
    }

    /// Whether no part of `type` is a native value or a function (their stores take other paths in the generator).
    private static func holdsNoNativeValue(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .integer, .user: return true
        case .array(let element), .set(let element), .optional(let element): return holdsNoNativeValue(element)
        case .dictionary(let key, let value): return holdsNoNativeValue(key) && holdsNoNativeValue(value)
        case .tuple(let elements): return elements.allSatisfy { holdsNoNativeValue($0.type) }
        case .native(let name): return name == "Error"  // a caught error (`anyErrorType`)
        default: return false
        }
    }
}
