import Diagnostics

/// Protocols with associated types (`associatedtype Item`): each associated type is a placeholder (an unknown type
/// with only its constraints) that the protocol's requirements mention. A conforming type binds it, by a member
/// `typealias` or by inference from the members that implement the requirements; a type parameter constrained to
/// the protocol gets placeholders of its own. Requirements read through a receiver have its bindings substituted.
extension Compiler {
    // MARK: Declaration (pass 1)

    /// Creates the placeholders of a protocol's associated types; returns every associated type its requirements may
    /// name (its own and its parents'), by name.
    func declareAssociatedTypes(_ decl: TypeDecl, of proto: UserType) -> [String: CType] {
        guard let info = proto.protocolInfo else { return [:] }
        for requirement in decl.requirements {
            guard case .associatedType(let constraints, let sameTypes) = requirement.kind else { continue }
            info.associatedSameTypes += sameTypes.map { ($0.left, $0.right, requirement.location) }
            protocolState.hasAssociatedTypes = true
            guard let bindings = placeholders([(requirement.name, constraints)], at: requirement.location) else { continue }
            guard case .user(let placeholder)? = bindings[requirement.name], placeholder.kind == .protocolType else {
                cannotGenerate(at: requirement.location)  // refused by the checks (`UnsupportedConstructs`)
                continue
            }
            info.associatedTypes.append((requirement.name, placeholder))
        }
        var visible: [String: CType] = [:]
        for member in protocolFamily(proto) {
            for (name, type) in member.protocolInfo?.associatedTypes ?? [] where visible[name] == nil { visible[name] = .user(type) }
        }
        for requirement in decl.whereRequirements {
            guard !requirement.isSameType, visible[requirement.left] != nil,
                  declarations.userTypes[requirement.right]?.kind == .protocolType || Compiler.supportedConformances.contains(requirement.right) else {
                cannotGenerate(at: requirement.location)  // refused by the checks (`UnsupportedConstructs`)
                continue
            }
            info.associatedConstraints.append((requirement.left, requirement.right))
        }
        return visible
    }

    /// Records a type's member type aliases (`typealias Item = Int`), which may name its associated types.
    func declareMemberTypeAliases(_ decl: TypeDecl, of type: UserType) {
        for alias in decl.typeAliases {
            protocolState.memberTypeAliases[type, default: [:]][alias.name] = resolveType(alias.type)
        }
    }

    /// Whether a protocol (or one it inherits) has associated types.
    func hasAssociatedTypes(_ proto: UserType) -> Bool {
        protocolState.hasAssociatedTypes && protocolFamily(proto).contains { !($0.protocolInfo?.associatedTypes.isEmpty ?? true) }
    }

    /// A protocol named as a type: the error type when it has associated types (nbrun has no existentials of those;
    /// the checker refuses it where it is written, `TypeChecker.refusedProtocolType`).
    func protocolAsType(_ type: UserType, at location: SourceLocation) -> CType {
        guard type.kind == .protocolType, !protocolState.placeholderTypes.contains(type), hasAssociatedTypes(type) else {
            return .user(type)
        }
        cannotGenerate(at: location)
        return .error
    }

    // MARK: Type parameters

    /// For a type parameter's placeholder constrained to protocols with associated types: a placeholder of its own
    /// for each of them (so that `C1.Item` and `C2.Item` are different unknown types), also named `C1.Item`.
    func placeholderAssociatedTypes(_ placeholder: UserType, named parameter: String, into bindings: inout [String: CType]) {
        protocolState.placeholderTypes.insert(placeholder)
        guard protocolState.hasAssociatedTypes else { return }
        var map: IdentityTable<UserType, CType> = [:]
        for proto in protocolFamily(placeholder) {
            for (name, associated) in proto.protocolInfo?.associatedTypes ?? [] {
                let own = UserType(kind: .protocolType, name: "\(parameter).\(name)", qualifiedName: "\(parameter).\(name)")
                let info = ProtocolInfo()
                info.parents = associated.protocolInfo?.parents ?? []
                info.builtinParents = associated.protocolInfo?.builtinParents ?? []
                own.protocolInfo = info
                own.conformances = associated.conformances
                for member in protocolFamily(placeholder) {
                    for (constrained, constraint) in member.protocolInfo?.associatedConstraints ?? [] where constrained == name {
                        if let parent = declarations.userTypes[constraint], parent.kind == .protocolType {
                            info.parents.append(parent)
                        } else {
                            info.builtinParents.insert(constraint)
                            own.conformances.insert(constraint)
                        }
                    }
                }
                protocolState.placeholderTypes.insert(own)
                map[associated] = .user(own)
                bindings["\(parameter).\(name)"] = .user(own)
            }
        }
        protocolState.associatedBindings[placeholder] = map
    }

    // MARK: Conforming types

    /// What each associated type's placeholder stands for in values of `type` (empty for a protocol itself).
    func associatedBindings(of type: UserType) -> IdentityTable<UserType, CType> {
        if let known = protocolState.associatedBindings[type] { return known }
        guard type.kind != .protocolType else { return [:] }
        var result: IdentityTable<UserType, CType> = [:]
        for proto in conformedProtocols(type) {
            for (name, placeholder) in proto.protocolInfo?.associatedTypes ?? [] {
                if let bound = inferAssociatedType(name, placeholder, of: type, in: proto) { result[placeholder] = bound }
            }
        }
        return result
    }

    /// Binds the associated types of `proto` (and its parents) for `type` (pass 2), unless one of them cannot be bound
    /// (`protocolMissingAssociatedTypes`, which the conformance checks report); false then.
    func bindAssociatedTypes(of type: UserType, for proto: UserType) -> Bool {
        guard protocolState.hasAssociatedTypes else { return true }
        protocolState.associatedBindings[type] = nil
        guard protocolMissingAssociatedTypes(of: type, for: proto) == nil else { return false }
        protocolState.associatedBindings[type] = associatedBindings(of: type)
        if !protocolState.protocolExtensions.isEmpty { applyProtocolExtensions(to: type) }
        return true
    }

    /// The protocol of `proto`'s family whose associated types `type` does not bind, or binds to types that break their
    /// constraints, `where` requirements or same-type requirements; nil when every one is bound. Reads the
    /// declarations only (the conformance checks ask it again after the generator bound them).
    func protocolMissingAssociatedTypes(of type: UserType, for proto: UserType) -> UserType? {
        guard protocolState.hasAssociatedTypes else { return nil }
        for member in protocolFamily(proto) {
            for (name, placeholder) in member.protocolInfo?.associatedTypes ?? [] {
                guard let bound = inferAssociatedType(name, placeholder, of: type, in: member), !bound.hasError,
                      (placeholder.protocolInfo?.parents ?? []).allSatisfy({ conforms(bound, to: $0) }),
                      (placeholder.protocolInfo?.builtinParents ?? []).allSatisfy({ satisfies(bound, $0) }) else {
                    return member
                }
            }
        }
        for member in protocolFamily(proto) {
            for (name, constraint) in member.protocolInfo?.associatedConstraints ?? [] {
                guard let bound = associatedType(path: name, of: .user(type)), satisfies(bound, constraint) else { return member }
            }
            for (left, right, _) in member.protocolInfo?.associatedSameTypes ?? [] {
                let first = associatedType(path: left, of: .user(type)), second = associatedType(path: right, of: .user(type))
                if first == nil || first != second { return member }
            }
        }
        return nil
    }

    /// `Suffix.Item` of a conforming type: each name an associated type of the previous type (nil when unknown).
    private func associatedType(path: String, of type: CType) -> CType? {
        var current = type
        for name in path.split(separator: ".").map(String.init) {
            if case .array(let element) = current {
                current = element
                continue
            }
            guard case .user(let owner) = current else { return nil }
            let placeholders = conformedProtocols(owner).flatMap { $0.protocolInfo?.associatedTypes ?? [] }.filter { $0.name == name }
            let map = associatedBindings(of: owner)
            guard let bound = placeholders.lazy.compactMap({ map[$0.type] }).first else { return nil }
            current = bound
        }
        return current
    }

    /// The type `type` gives associated type `name`: its member type alias, else the type in the same position of the
    /// member that implements a requirement mentioning it (`append(_ item: Int)` for `append(_ item: Item)`, `var items:
    /// [Int]` for `var items: [Item]`).
    private func inferAssociatedType(_ name: String, _ placeholder: UserType, of type: UserType, in proto: UserType) -> CType? {
        if let alias = protocolState.memberTypeAliases[type]?[name] { return alias }
        let target = CType.user(placeholder)
        for requirement in proto.protocolInfo?.requirements ?? [] where !requirement.isStatic {
            switch requirement.kind {
            case .property:
                let witness = type.fieldIndex(requirement.name).map { type.fields[$0].type } ?? type.computed[requirement.name]?.returnType
                if let witness, let bound = Compiler.binding(of: target, in: requirement.type, by: witness) { return bound }
            case .method, .subscriptRequirement:
                let candidates = requirement.kind == .method ? type.methods[requirement.name] ?? [] : type.subscripts.map(\.getter)
                for candidate in candidates {
                    let parameters = Array(candidate.parameters.dropFirst())
                    guard parameters.map(\.label) == requirement.labels else { continue }
                    if let bound = Compiler.binding(of: target, in: requirement.type, by: candidate.returnType) { return bound }
                    for (required, actual) in zip(requirement.parameterTypes, parameters.map(\.type)) {
                        if let bound = Compiler.binding(of: target, in: required, by: actual) { return bound }
                    }
                }
            default:
                break
            }
        }
        return nil
    }

    /// What `witness` puts where `pattern` has the associated type `target` (`Int` for `Item` in `[Item]` against
    /// `[Int]`, in optionals, dictionaries, sets, tuples and function types too); nil when `pattern` does not mention it
    /// or the shapes differ.
    static func binding(of target: CType, in pattern: CType, by witness: CType) -> CType? {
        if pattern == target { return witness }
        switch (pattern, witness) {
        case (.array(let p), .array(let w)), (.optional(let p), .optional(let w)), (.set(let p), .set(let w)):
            return binding(of: target, in: p, by: w)
        case (.dictionary(let pk, let pv), .dictionary(let wk, let wv)):
            return binding(of: target, in: pk, by: wk) ?? binding(of: target, in: pv, by: wv)
        case (.tuple(let ps), .tuple(let ws)) where ps.count == ws.count:
            return zip(ps, ws).lazy.compactMap { binding(of: target, in: $0.type, by: $1.type) }.first
        case (.function(let pp, let pr), .function(let wp, let wr)) where pp.count == wp.count:
            return binding(of: target, in: pr, by: wr) ?? zip(pp, wp).lazy.compactMap { binding(of: target, in: $0, by: $1) }.first
        default:
            return nil
        }
    }

    // MARK: Substitution

    /// A requirement as seen on values of `type`: its associated types replaced by what `type` binds them to.
    func substitutedRequirement(_ requirement: ProtocolInfo.Requirement, on type: UserType) -> ProtocolInfo.Requirement {
        guard protocolState.hasAssociatedTypes else { return requirement }
        let map = associatedBindings(of: type)
        guard !map.isEmpty else { return requirement }
        var result = requirement
        result.type = Compiler.substitute(requirement.type, map)
        result.parameterTypes = requirement.parameterTypes.map { Compiler.substitute($0, map) }
        return result
    }

    static func substitute(_ type: CType, _ map: IdentityTable<UserType, CType>) -> CType {
        switch type {
        case .user(let user): return map[user] ?? type
        case .array(let element): return .array(substitute(element, map))
        case .optional(let wrapped): return .optional(substitute(wrapped, map))
        case .set(let element): return .set(substitute(element, map))
        case .dictionary(let key, let value): return .dictionary(substitute(key, map), substitute(value, map))
        case .function(let parameters, let result): return .function(parameters.map { substitute($0, map) }, substitute(result, map))
        case .tuple(let elements): return .tuple(elements.map { TupleElement(label: $0.label, type: substitute($0.type, map)) })
        default: return type
        }
    }

    // MARK: Subscripts

    /// `value[i]` on a value of a protocol type whose protocol requires a subscript: on a protocol-typed value, the
    /// requirement the labels select runs the value's own subscript (its witness); on a type parameter's placeholder
    /// while its generic body is checked, code that never runs (calls run specializations). Nil when `base` is no
    /// such value.
    func requirementSubscriptRead(_ base: Expr, _ baseType: CType, _ compiledBase: CompiledReceiver?, _ arguments: [Argument],
                                  at location: SourceLocation) -> Typed? {
        // The base's type (the caller compiled the base once) picks this path.
        guard case .user(let type) = baseType, type.kind == .protocolType else { return nil }
        let requirements = subscriptRequirements(of: type)
        let labels = arguments.map(\.label)
        guard let found = requirements.first(where: { $0.labels == labels }) ?? requirements.first else { return nil }
        let seen = substitutedRequirement(found, on: type)
        let shapes = seen.labels.map { ParameterShape(label: $0, hasDefault: false, isFunction: false) }
        guard let matched = matchArguments(shapes, arguments, at: location) else { return .invalid }
        let receiver = (adoptReceiver(compiledBase) ?? compileExpr(base, expected: nil)).value
        let codes = compileArguments(seen.parameterTypes, matched, arguments).map { $0?.value ?? { _ in .void } }
        guard !protocolState.placeholderTypes.contains(type) else {
            return Typed.fromValue(seen.type) { _ in
                throw RuntimeError(message: "a generic body ran unspecialized", location: location)
            }
        }
        let id = found.id
        return Typed.fromValue(seen.type) { frame in
            let existential = try receiver(frame)
            var values: [Value] = [.void]
            for code in codes { values.append(try code(frame)) }
            return try Compiler.dispatch(id, "subscript", on: existential, &values, at: location).1
        }
    }

    /// The subscript requirements of a protocol and of those it inherits.
    func subscriptRequirements(of proto: UserType) -> [ProtocolInfo.Requirement] {
        protocolFamily(proto).flatMap { member in
            (member.protocolInfo?.requirements ?? []).filter { $0.kind == .subscriptRequirement && !$0.isStatic }
        }
    }
}

extension Compiler {
    /// At a generic call: `C1.Item` bound to what the type argument bound to `C1` gives the associated type `Item`.
    func bindConcreteAssociatedTypes(_ parameters: [(name: String, constraints: [String])], into bindings: inout [String: CType]) {
        for parameter in parameters where parameter.constraints.contains("Sequence") || parameter.constraints.contains("Collection") {
            if let bound = bindings[parameter.name], let element = Compiler.sequenceElement(bound) {
                bindings["\(parameter.name).Element"] = element
            }
        }
        guard protocolState.hasAssociatedTypes else { return }
        for parameter in parameters {
            if case .array(let element)? = bindings[parameter.name] {
                for constraint in parameter.constraints {
                    guard let proto = declarations.userTypes[constraint], proto.kind == .protocolType else { continue }
                    for member in protocolFamily(proto) {
                        for (name, _) in member.protocolInfo?.associatedTypes ?? [] { bindings["\(parameter.name).\(name)"] = element }
                    }
                }
                continue
            }
            guard case .user(let type)? = bindings[parameter.name] else { continue }
            let map = associatedBindings(of: type)
            for constraint in parameter.constraints {
                guard let proto = declarations.userTypes[constraint], proto.kind == .protocolType else { continue }
                for member in protocolFamily(proto) {
                    for (name, placeholder) in member.protocolInfo?.associatedTypes ?? [] {
                        if let bound = map[placeholder] { bindings["\(parameter.name).\(name)"] = bound }
                    }
                }
            }
        }
    }
}

extension Compiler {
    // MARK: `where` requirements on associated types

    /// While a generic body is checked: `C1.Item: Equatable` adds the constraint to the placeholder of `C1.Item`;
    /// `C1.Item == C2.Item` makes them one placeholder, `T.Element == Int` makes it `Int`. False after reporting.
    func applyAssociatedRequirements(_ requirements: [FunctionDecl.GenericRequirement], to bindings: inout [String: CType]) -> Bool {
        for requirement in requirements {
            guard case .user(let left)? = bindings[requirement.left], protocolState.placeholderTypes.contains(left) else {
                cannotGenerate(at: requirement.location)  // refused by the checks (`GenericConstraintRefusals`)
                return false
            }
            if !requirement.isSameType {
                if let proto = declarations.userTypes[requirement.right], proto.kind == .protocolType {
                    left.protocolInfo?.parents.append(proto)
                } else if addLibraryConstraint(requirement.right, to: left) {
                    continue
                } else {
                    cannotGenerate(at: requirement.location)  // refused by the checks (`GenericConstraintRefusals`)
                    return false
                }
                continue
            }
            let right = bindings[requirement.right] ?? resolveType(.named(requirement.right, requirement.location))
            if right.hasError { return false }
            if case .user(let other) = right, other === left { continue }
            if case .user(let other) = right, protocolState.placeholderTypes.contains(other) {
                other.conformances.formUnion(left.conformances)
                other.protocolInfo?.parents += left.protocolInfo?.parents ?? []
                other.protocolInfo?.builtinParents.formUnion(left.protocolInfo?.builtinParents ?? [])
            }
            replacePlaceholder(left, with: right, in: &bindings)
        }
        return true
    }

    private func replacePlaceholder(_ placeholder: UserType, with type: CType, in bindings: inout [String: CType]) {
        let old = CType.user(placeholder)
        for (name, bound) in bindings where bound == old { bindings[name] = type }
        for (owner, map) in protocolState.associatedBindings where map.values.contains(old) {
            protocolState.associatedBindings[owner] = map.mapValues { $0 == old ? type : $0 }
        }
    }

    /// At a generic call: whether the type arguments' associated types meet the `where` requirements; the checker
    /// reports those they miss (`TypeChecker.unmetRequirement`), the generator cannot build the call (false).
    func meetsAssociatedRequirements(_ requirements: [FunctionDecl.GenericRequirement], _ bindings: [String: CType],
                                     at location: SourceLocation) -> Bool {
        let met = requirements.allSatisfy { requirement in
            guard let left = bindings[requirement.left] else { return false }
            guard requirement.isSameType else { return satisfies(left, requirement.right) }
            let right = bindings[requirement.right] ?? resolveType(.named(requirement.right, requirement.location))
            return right == left || right.hasError
        }
        if !met { cannotGenerate(at: location) }
        return met
    }
}
