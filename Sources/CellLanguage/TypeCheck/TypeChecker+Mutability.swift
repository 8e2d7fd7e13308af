import Diagnostics

/// Whether a place may be written (issue 12): every write — an assignment, a compound assignment, a mutating method's
/// receiver, an `inout` argument — asks `immutablePart(of:)` for the part of its place that cannot change, as swiftc
/// finds it from the outermost step in: a stored `let` property names itself (`'k' is a 'let' constant`); a property
/// or an element of a value (a struct, an enumeration, a tuple, an array, a dictionary, an optional) is as mutable as
/// the value holding it, up to the name the place starts from (a `let`, a parameter, a pattern's binding, or `self` in
/// a non-`mutating` method of a value type); a property reached through a class reference (or a class-bound
/// existential) is mutable whatever holds the reference. A step whose type the checker did not record (or does not
/// follow: a get-only property or subscript, a call's result) ends the search without a mistake: those are other
/// checks' (`+GetOnlyDiagnostics`, `+PlaceDiagnostics`). The place's nodes are read as the checker typed them.
extension TypeChecker {
    /// The immutable part of a place: the name swiftc's message gives (`'x' is a 'let' constant`, `'self' is
    /// immutable`), and whether that part is a property named alone in a member body (`k = 1` for a `let k`).
    struct ImmutablePart {
        let name: String
        let isImplicitMember: Bool
    }

    /// The part of `place` that makes it immutable; nil when the place may be written, or the checker cannot tell.
    func immutablePart(of place: Expr) -> ImmutablePart? {
        switch place.kind {
        case .name(let name):
            if name == "self" { return bodyContext.constantSelf ? ImmutablePart(name: "self", isImplicitMember: false) : nil }
            guard let referent = resolution.referent(of: place) else { return nil }
            if case .member = referent { return implicitMemberImmutability(name) }
            return isConstant(referent, named: name) ? ImmutablePart(name: name, isImplicitMember: false) : nil
        case .member(let base?, let name, _):
            if case .name("super") = base.kind { return nil }
            if let owner = typeNamed(base) {
                return owner.staticField(named: name)?.isLet == true ? ImmutablePart(name: name, isImplicitMember: false) : nil
            }
            guard let baseType = recordedPlaceType(base)?.unwrapped else { return nil }
            return memberImmutability(baseType, name, base: base)
        case .subscriptAccess(let base, _):
            guard let baseType = recordedPlaceType(base)?.unwrapped else { return nil }
            switch baseType {
            case .array, .dictionary, .arraySlice, .string:
                return immutablePart(of: base)
            case .user(let user) where user.kind == .structure || user.kind == .enumeration:
                // A declared subscript is written through its setter: every one of the type's must have one.
                guard !user.subscripts.isEmpty, user.subscripts.allSatisfy({ $0.setter != nil }) else { return nil }
                return immutablePart(of: base)
            default:
                return nil
            }
        case .optionalChain(let base), .forceUnwrap(let base):
            // Through an optional's payload (`o!.x`, `o?.x`); a non-optional is that other mistake's.
            guard case .optional? = recordedPlaceType(base) else { return nil }
            return immutablePart(of: base)
        default:
            return nil
        }
    }

    /// The immutable part of the property `name` of a value of type `type` held by `base`.
    private func memberImmutability(_ type: CType, _ name: String, base: Expr) -> ImmutablePart? {
        switch type {
        case .user(let user) where user.kind == .classType:
            return isLetProperty(user, name) ? ImmutablePart(name: name, isImplicitMember: false) : nil
        case .user(let user) where user.kind == .structure || user.kind == .enumeration:
            if isLetProperty(user, name) { return ImmutablePart(name: name, isImplicitMember: false) }
            guard isSettableProperty(user, name) else { return nil }
            return immutablePart(of: base)
        case .user(let proto) where proto.kind == .protocolType:
            guard !compiler.isClassBound(type), let requirement = compiler.findRequirement(proto, name),
                  requirement.kind == .property, requirement.settable, !requirement.isStatic else { return nil }
            return immutablePart(of: base)
        case .tuple(let elements):
            let known = Int(name).map { $0 >= 0 && $0 < elements.count } ?? elements.contains { $0.label == name }
            return known ? immutablePart(of: base) : nil
        default:
            return nil
        }
    }

    /// The immutable part of the property `name` named alone in a member body (`items` for `self.items`).
    private func implicitMemberImmutability(_ name: String) -> ImmutablePart? {
        guard let owner = mutabilitySelfType else { return nil }
        if owner.kind == .protocolType {
            // A protocol extension's body checked with `Self`'s placeholder: a `{ get set }` requirement of `self`.
            guard bodyContext.constantSelf, let requirement = compiler.findRequirement(owner, name), requirement.kind == .property,
                  requirement.settable, !requirement.isStatic else { return nil }
            return ImmutablePart(name: "self", isImplicitMember: true)
        }
        let instance = owner.fieldIndex(name) != nil || owner.computed[name] != nil
        let isStatic = owner.staticFields[name] != nil || owner.staticComputed[name] != nil
        if isStatic, !instance {
            return owner.staticFields[name]?.isLet == true ? ImmutablePart(name: name, isImplicitMember: true) : nil
        }
        guard instance, !isStatic else { return nil }
        if isLetProperty(owner, name) { return ImmutablePart(name: name, isImplicitMember: true) }
        guard owner.kind == .structure || owner.kind == .enumeration, isSettableProperty(owner, name),
              bodyContext.constantSelf else { return nil }
        return ImmutablePart(name: "self", isImplicitMember: true)
    }

    /// Whether `name` is a stored `let` property of `type` that the body checked may not set (an initializer sets its
    /// own type's).
    private func isLetProperty(_ type: UserType, _ name: String) -> Bool {
        guard let index = type.fieldIndex(name), type.fields[index].isLet else { return false }
        // In an initializer, any own `let` without a value may be the one it sets (a specialization's `self` is a copy
        // of its type); one with a value (`let n = 0`) is set already.
        let field = type.fields[index]
        let hasValue = field.defaultValue != nil && !field.type.isOptional
        return hasValue || !(bodyContext.initializesSelf && index >= (type.superclass?.fields.count ?? 0))
    }

    /// The type whose member bodies are checked: the declared type, or a generic type's specialization.
    private var mutabilitySelfType: UserType? {
        if let selfType { return selfType }
        if case .user(let type)? = conformingSelf?.type { return type }
        return nil
    }

    /// Notes, entering the body of `decl` checked per specialization (a generic function or method, a generic type's
    /// member), which of its parameters are constants and whether `self` (of type `selfValue`) is one.
    func noteSpecializedMutability(of decl: FunctionDecl, self selfValue: CType?) {
        for parameter in decl.parameters where !parameter.isInout {
            if let index = declarationIndex(parameter.name, at: parameter.location) { constantParameters.insert(index) }
        }
        bodyContext.constantSelf = !decl.isStatic && !decl.isMutating && decl.name != "init" && selfValue.map(isValueType) == true
        bodyContext.initializesSelf = decl.name == "init" && !decl.isStatic
    }

    /// Whether values of `type` are copied (a struct, an enumeration, a built-in collection or value, the placeholder
    /// of a protocol's `Self` that is not class-bound), not shared.
    private func isValueType(_ type: CType) -> Bool {
        switch type {
        case .user(let user):
            if compiler.protocolState.placeholderTypes.contains(user) { return !compiler.isClassBound(type) && user.kind != .classType }
            return user.kind == .structure || user.kind == .enumeration
        case .array, .dictionary, .set, .string, .int, .double, .bool, .character: return true
        default: return false
        }
    }

    /// Whether `name` is a stored `var` property of `type` or a computed one with a setter.
    private func isSettableProperty(_ type: UserType, _ name: String) -> Bool {
        if let index = type.fieldIndex(name) { return !type.fields[index].isLet && !type.fields[index].hasPrivateSetter }
        return type.computed[name] != nil && type.setters[name] != nil
    }

    /// The type the checker recorded for a node of a place in the body it checks (in its specialization).
    private func recordedPlaceType(_ node: Expr) -> CType? {
        if let specialization { return checked.specialized.type(of: node, in: .arguments(specialization)) }
        return checked.type(of: node)
    }

    /// Reports a write (`op` at `location`) to a place with an immutable part: `cannot assign to value` at a name,
    /// `cannot assign to property` at a property, `cannot assign through subscript` at the `[`, `left side of mutating
    /// operator isn't mutable` at a compound assignment's operator; true when it reported.
    func reportsImmutablePlace(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard let part = immutablePart(of: target), !initializesOwnProperty(op, target, part) else { return false }
        // swiftc refuses a subscript's labels first, alone (`d[1, defaultx: 0] += 1`: TypeChecker+Subscripts).
        if case .subscriptAccess(_, let arguments) = target.kind, arguments.contains(where: { $0.label != nil }),
           reportsSubscriptMistake(target) { return true }
        let mistake: CompileError, position: SourceLocation
        if op != "=" {
            (mistake, position) = (.mutatingOperatorOnConstant(part.name), location)
        } else {
            switch target.kind {
            case .name:
                guard !isDeclaredWithoutValue(target) else { return false }
                mistake = part.isImplicitMember ? .assignToConstantProperty(part.name) : .assignToConstant(part.name)
                position = target.location
            case .member(_, _, let nameLocation): (mistake, position) = (.assignToConstantProperty(part.name), nameLocation)
            case .subscriptAccess: (mistake, position) = (.assignThroughSubscriptOfConstant(part.name), target.location)
            default: return false
            }
        }
        reportOnce(mutability: constantChange(mistake, of: target), at: position)
        return true
    }

    /// Whether `target = value` in an initializer sets one of its own `let` properties (`self.c = 1`, `c = 1`): the
    /// definite-initialization check's (`immutable value 'self.c' may only be initialized once` for one with a value).
    private func initializesOwnProperty(_ op: String, _ target: Expr, _ part: ImmutablePart) -> Bool {
        guard op == "=", bodyContext.initializesSelf else { return false }
        switch target.kind {
        case .name(let name): return part.isImplicitMember && part.name == name
        case .member(let base?, let name, _):
            guard case .name("self") = base.kind else { return false }
            return part.name == name
        default: return false
        }
    }

    /// Reports a mutating method (`name`, certainly one: `isCertainlyMutating`) called on a place with an immutable
    /// part, at the method's name; returns the error type, nil when it did not report.
    func immutableReceiverCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                               at nameLocation: SourceLocation) -> CType? {
        guard isCertainlyMutating(receiver, name, arguments), let part = immutablePart(of: base) else { return nil }
        reportOnce(mutability: constantChange(.mutatingMemberOnConstant(part.name), of: base), at: nameLocation)
        return .error
    }

    /// Reports an `inout` argument `&target` (the argument `value`) whose place has an immutable part, at the `&`;
    /// true when it reported.
    func reportsImmutableInout(_ target: Expr, _ value: Expr) -> Bool {
        guard let part = immutablePart(of: target) else { return false }
        reportOnce(mutability: constantChange(.inoutConstant(part.name), of: target), at: value.location)
        return true
    }

    /// Whether every method `name` of `receiver` that `arguments` may call is `mutating`: a standard-library one
    /// (one of them fitting the arguments), a struct's or an enumeration's (its generic ones too), a requirement of a
    /// protocol that is not class-bound.
    private func isCertainlyMutating(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> Bool {
        switch receiver {
        case .user(let type) where type.kind == .structure || type.kind == .enumeration || type.kind == .classType:
            let generic = compiler.protocolState.genericMembers[type]?[name] ?? []
            let methods = type.methods[name] ?? []
            guard !methods.isEmpty || !generic.isEmpty else { return isMutatingDefault(receiver, name) }
            // A class's `mutating` method is a protocol extension's (not class-bound), copied into it.
            return methods.allSatisfy(\.isMutating) && generic.allSatisfy(\.decl.isMutating)
        case .user(let type) where type.kind == .protocolType:
            guard !compiler.isClassBound(receiver), let requirement = compiler.findRequirement(type, name) else { return false }
            return requirement.kind == .method && requirement.isMutating && !requirement.isStatic
        case .user:
            return false
        default:
            if isMutatingTemplateMethod(receiver, name) { return true }  // `xs.rotate()` (+ArrayExtensions)
            // The table's method, whatever the elements (`[() -> Int]`), unless an extension declares one of the name.
            guard !receiver.isOptional, !receiver.hasError, !extendsBuiltin(member: name), !protocolExtensionsDeclare(name),
                  let candidates = StdlibTables.table(for: receiver)?.methods(named: name), !candidates.isEmpty else { return false }
            return candidates.allSatisfy { $0.kind == .mutatingMethod } && candidates.contains { $0.accepts(arguments, closureAsValue: true) }
        }
    }

    /// Whether every method `name` the extensions of the protocols `receiver` conforms to declare is `mutating` (a
    /// class's `let` reference cannot call one either: the protocol is not class-bound); false when none does.
    private func isMutatingDefault(_ receiver: CType, _ name: String) -> Bool {
        guard case .user(let type) = receiver else { return false }
        let defaults = compiler.conformedProtocols(type).flatMap { $0.methods[name] ?? [] }.map(\.isMutating)
        let templates = compiler.protocolState.protocolExtensions.filter { compiler.conforms(receiver, to: $0.proto) }
            .flatMap { $0.decl.methods.filter { $0.name == name && !$0.isStatic } }.map(\.isMutating)
        return !(defaults + templates).isEmpty && (defaults + templates).allSatisfy { $0 }
    }

    /// Reports `self.x = x` where `x` names the property itself (an initializer's parameter renamed) or `x = x`:
    /// swiftc's `assigning a property to itself` (`assigning a variable to itself` for a variable), at the `=`; true
    /// when it reported.
    func reportsSelfAssignment(_ target: Expr, _ value: Expr, at location: SourceLocation) -> Bool {
        guard let target = assignedName(target), let value = assignedName(value), target == value else { return false }
        reportOnce(mutability: .assignToItself(property: target.isProperty), at: location)
        return true
    }

    /// Reports `kind` at `location` unless the checker reported it there already (a body checked once per conforming
    /// type, an `inout` argument checked again as a value).
    private func reportOnce(mutability kind: CompileError, at location: SourceLocation) {
        guard !checked.hasReported(kind.diagnostic(at: location)) else { return }
        report(kind, at: location)
    }

    /// What `expr` names when it is a name or `self.name`: the property, or the declaration; nil otherwise.
    private func assignedName(_ expr: Expr) -> AssignedName? {
        switch expr.kind {
        case .name(let name) where name != "self":
            switch resolution.referent(of: expr) {
            case .member?:
                guard let owner = mutabilitySelfType, owner.fieldIndex(name) != nil || owner.staticFields[name] != nil else { return nil }
                return AssignedName(name: name, declaration: nil, isProperty: true)
            case .earlierGlobal?: return AssignedName(name: name, declaration: nil, isProperty: false)
            case let referent?:
                guard let index = referent.declaration else { return nil }
                return AssignedName(name: name, declaration: index, isProperty: false)
            case nil: return nil
            }
        case .member(let base?, let name, _):
            guard case .name("self") = base.kind, let owner = mutabilitySelfType, owner.fieldIndex(name) != nil else { return nil }
            return AssignedName(name: name, declaration: nil, isProperty: true)
        default:
            return nil
        }
    }

    /// A name an assignment's side names (`assignedName`).
    private struct AssignedName: Equatable {
        let name: String
        let declaration: Int?
        let isProperty: Bool
    }
}
