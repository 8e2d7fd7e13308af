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

    /// Notes the `let` names a case pattern of a condition or a `for case` loop binds as constants that hold a value
    /// from the start (swiftc calls them `'x' is a 'let' constant`; a `switch` case's are `'x' is immutable`).
    func noteConstantBindings(_ pattern: CasePattern) {
        switch pattern {
        case .binding(let name, let location, let isVar):
            if !isVar, let index = declarationIndex(name, at: location) { initializedConstants.insert(index) }
        case .tuple(let items, _):
            items.forEach(noteConstantBindings)
        case .enumCase(_, let payload, _):
            payload?.forEach(noteConstantBindings)
        case .cast(let inner, _, _):
            if let inner { noteConstantBindings(inner) }
        case .wildcard, .expression:
            break
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
            guard let (name, _) = constantName(target) else { return false }
            (mistake, position) = op == "=" ? (.assignToConstant(name), target.location) : (.mutatingOperatorOnConstant(name), location)
        case .subscriptAccess(let base, let arguments):
            guard Self.isPlainIndexList(arguments), let root = rootConstant(of: base) else { return false }
            switch constantPlaceType(base) {
            case .array?, .dictionary?: break
            default: return false
            }
            (mistake, position) = op == "=" ? (.assignThroughSubscriptOfConstant(root), target.location)
                : (.mutatingOperatorOnConstant(root), location)
        case .member(let base?, let name, let nameLocation):
            guard let baseType = constantPlaceType(base), storedMemberType(of: baseType, name) != nil,
                  let root = rootConstant(of: base) else { return false }
            (mistake, position) = op == "=" ? (.assignToConstantProperty(root), nameLocation) : (.mutatingOperatorOnConstant(root), location)
        default:
            return false
        }
        report(mistake, at: position)
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

    /// Reports `=` to a `let` property of a class instance (`c.k = 1`, `k = 1` or `self.k = 1` in a member body), at
    /// the property, as the generator's `classFieldPlace` does: anywhere but in an initializer of the class itself
    /// setting one of its own (not inherited) properties; true when it reported.
    func reportsClassConstantTarget(_ op: String, _ target: Expr) -> Bool {
        guard op == "=" else { return false }
        switch target.kind {
        case .name(let name):
            guard case .member? = resolution.referent(of: target), genericSelf == nil, let owner = selfType,
                  isConstantProperty(owner, name) else { return false }
            report(.assignToConstantProperty(name), at: target.location)
        case .member(let base?, let name, let nameLocation):
            if case .name("super") = base.kind { return false }
            // The base is read (and its nodes typed) as the generator reads it, when it reports.
            guard typeNamed(base) == nil, onTrial({ check(base, expected: nil) }, keepingIf: { found in
                guard case .user(let owner) = found else { return false }
                return self.isConstantProperty(owner, name)
            }) != nil else { return false }
            report(.assignToConstantProperty(name), at: nameLocation)
        default:
            return false
        }
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

    /// Whether `name` is a `let` property of class `type` that the body checked may not set: any but the class's
    /// own properties in one of its initializers (in a closure, left to the generator).
    private func isConstantProperty(_ type: UserType, _ name: String) -> Bool {
        guard type.kind == .classType, let index = type.fieldIndex(name), type.fields[index].isLet else { return false }
        let ownProperty = index >= (type.superclass?.fields.count ?? 0)
        return !(ownProperty && (bodyContext.inClosureBody != false || (bodyContext.initializesSelf && selfType === type)))
    }

    /// Reports `++u` or `u--` on a constant `u` (a `let` or a parameter) where the declared operator function taking
    /// `type` has an `inout` parameter: swiftc's `cannot pass immutable value to mutating operator`, at the operator.
    func reportConstantOperand(_ op: String, _ operand: Expr, _ type: CType, at location: SourceLocation) {
        guard let info = compiler.operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }),
              info.parameters.first?.isInout == true, case .name(let name) = operand.kind, name != "self",
              let referent = resolution.referent(of: operand), isConstant(referent, named: name) else { return }
        let isPostfix = op.hasPrefix(Expr.postfixOperatorPrefix)
        report(.mutatingOperatorOnConstant(name, unary: true), at: isPostfix ? compiler.reportedTokens[location] ?? location : location)
    }

    /// Whether a name refers to a constant: a `let` of this cell or an earlier one (not one initialized later), a
    /// loop's or a pattern's binding, a function's parameter that is not `inout`.
    private func isConstant(_ referent: Referent, named name: String) -> Bool {
        if case .earlierGlobal = referent {
            guard case .variable(let variable)? = compiler.globalScope.names[name] else { return false }
            return variable.isLet && !variable.initializedLater
        }
        guard let index = referent.declaration else { return false }
        return resolution.declarations[index].kind == .constant || constantParameters.contains(index)
    }

    /// Reports `&name` of a constant given to `swap` (at the `&`); true when it reported.
    func reportsConstantInout(_ argument: Argument) -> Bool {
        guard case .inoutArgument(let target) = argument.value.kind, let (name, _) = constantName(target) else { return false }
        report(.inoutConstant(name), at: argument.value.location)
        return true
    }

    /// Reports a call of a standard-library mutating method (`xs.append(1)`) on a constant or an array element of
    /// one, at the method's name, when the arguments fit one of its declarations; returns the error type, nil when it
    /// did not report.
    func constantMutatingCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                              at nameLocation: SourceLocation) -> CType? {
        guard Self.isNameOrElement(base), let root = rootConstant(of: base), certainlyBuiltinMembers(of: receiver),
              !extendsBuiltin(member: name), let candidates = StdlibTables.table(for: receiver)?.methods(named: name),
              !candidates.isEmpty, candidates.allSatisfy({ $0.kind == .mutatingMethod }),
              candidates.contains(where: { $0.accepts(arguments) }) else { return nil }
        report(.mutatingMemberOnConstant(root), at: nameLocation)
        return .error
    }

    /// Reports a call of a `mutating` method declared in a struct or an enum (`p.moveBy(x: 1)`, every overload of
    /// the name mutating, the labels already fitting one) on a constant or a place inside one, at the method's name,
    /// as the generator does before it compiles the arguments; returns the error type, nil when it did not report.
    func constantDeclaredMutatingCall(_ base: Expr, _ receiver: CType, _ name: String,
                                      at nameLocation: SourceLocation) -> CType? {
        guard case .user(let type) = receiver, type.kind == .structure || type.kind == .enumeration, !isGeneric(type),
              !hasTemplateMembers(type), !hasGenericMember(named: name), let infos = type.methods[name], !infos.isEmpty,
              infos.allSatisfy(\.isMutating), let root = rootConstant(of: base) else { return nil }
        report(.mutatingMemberOnConstant(root), at: nameLocation)
        return .error
    }

    /// A name, or an element of an array a chain of plain subscripts reaches from a name (`xs[0]`, `grid[1][2]`).
    private static func isNameOrElement(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name: return true
        case .subscriptAccess(let base, _): return isNameOrElement(base)
        default: return false
        }
    }

    /// The name and type of the initialized constant or the parameter (not `inout`) of a declared function `expr`
    /// names (not `self`, not a member, not an earlier cell's).
    func constantName(_ expr: Expr) -> (String, CType)? {
        guard case .name(let name) = expr.kind, name != "self", let index = resolution.referent(of: expr)?.declaration,
              (initializedConstants.contains(index) && resolution.declarations[index].kind == .constant)
                || constantParameters.contains(index),
              let type = declarationTypes[index], Self.holdsNoNativeValue(type) else { return nil }
        // An initializer may set its own type's constants' properties: left to the generator.
        if case .user(let user) = type, user === selfType { return nil }
        return (name, type)
    }

    /// The constant a place starts from, when the place is one `constantPlaceType` follows.
    func rootConstant(of expr: Expr) -> String? {
        guard constantPlaceType(expr) != nil else { return nil }
        var node = expr
        while true {
            switch node.kind {
            case .name(let name): return name
            case .member(let base?, _, _), .subscriptAccess(let base, _): node = base
            default: return nil
            }
        }
    }

    /// The type of a place inside a constant: the constant, a stored property of a struct or a tuple's element in
    /// it, an array's element at a plain index; nil for anything else.
    private func constantPlaceType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name:
            return constantName(expr)?.1
        case .member(let base?, let name, _):
            return constantPlaceType(base).flatMap { storedMemberType(of: $0, name) }
        case .subscriptAccess(let base, let arguments):
            guard Self.isPlainIndexList(arguments), case .array(let element)? = constantPlaceType(base) else { return nil }
            return element
        default:
            return nil
        }
    }

    /// The type of stored property `name` (or computed one with a setter) of a non-generic struct (anyone may set
    /// it) or of a tuple's element `name`.
    private func storedMemberType(of type: CType, _ name: String) -> CType? {
        switch type {
        case .user(let user) where user.kind == .structure && !isGeneric(user):
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
        default: return false
        }
    }
}
