import Diagnostics

extension UserType {
    /// The type of `self` in the type's members (the built-in type for the members of `extension Int`).
    var selfType: CType { extendedBuiltin ?? .user(self) }
}

extension Compiler {
    // MARK: Declarations (pass 1)

    /// Registers a protocol's name, or finds the type an extension adds members to.
    func declareProtocolOrExtension(_ decl: TypeDecl) {
        if decl.kind == .protocolType {
            // A type this cell declared already is a redeclaration (`TypeRedeclarations`): the first one stays.
            if let existing = declarations.userTypes[decl.name], existing.cell == currentCell { return }
            let type = UserType(kind: .protocolType, name: decl.name, qualifiedName: moduleName + "." + decl.name)
            type.isExistential = true
            type.cell = currentCell
            type.protocolInfo = ProtocolInfo()
            noteAssociatedTypes(decl, of: type)
            declarations.userTypes[decl.name] = type
            declarations.typeInfos[decl] = type
            return
        }
        if let proto = decl.extendedCollectionProtocol { noteCollectionExtensionMembers(decl, of: proto) }
        if declareGenericArrayExtension(decl) || interceptsExtension(decl) { return }
        let target: UserType
        if let type = declarations.userTypes[decl.name] {
            target = type
        } else if protocolState.genericTypes[decl.name] != nil {
            declareGenericExtension(decl)
            return
        } else if decl.name == "Array" {
            declareArrayConformances(decl)
            return
        } else if let builtin = extensibleBuiltin(decl.name) {
            target = builtinExtensionOwner(builtin)
            if let initializer = decl.initializers.first {
                cannotGenerate(at: initializer.location)  // refused by the checks (`BuiltinExtensionStatics`)
                decl.initializers = []
            }
            refuseStaticMembers(of: decl)
        } else {
            cannotGenerate(at: decl.location)  // refused by the checks (`UnsupportedConstructs.extensionRefusal`)
            return
        }
        declarations.typeInfos[decl] = target
    }

    /// Before an extension's members are added (pass 1): the members it replaces (an earlier cell's extension's,
    /// when the cell runs again) are removed, and recorded for the redeclaration checks (`FunctionRedeclarations`).
    func replaceExtensionMembers(_ decl: TypeDecl, of type: UserType) {
        for method in decl.methods {
            var list = (method.isStatic ? type.staticMethods[method.name] : type.methods[method.name]) ?? []
            let offset = method.isStatic ? 0 : 1
            let labels = method.parameters.map(\.label)
            // Overloads by parameter type stay apart (the written types against the declared ones, by spelling).
            let types = method.parameters.map { SyntaxTreePrinter.describe($0.type) }
            let same: (FunctionInfo) -> Bool = {
                let parameters = Array($0.parameters.dropFirst(offset))
                return parameters.map(\.label) == labels && parameters.map(\.type.description) == types
            }
            declarations.replacedByExtensions[method.location] = list.filter(same)
            list.removeAll(where: same)
            if method.isStatic { type.staticMethods[method.name] = list } else { type.methods[method.name] = list }
        }
        for computed in decl.computed {
            let existing = computed.isStatic ? type.staticComputed[computed.name] : type.computed[computed.name]
            declarations.replacedByExtensions[computed.location] = existing.map { [$0] } ?? []
        }
    }

    /// The built-in type an extension may extend, by the name it is written with (`Int`, `[Double]`).
    func extensibleBuiltin(_ name: String) -> CType? {
        if name.hasPrefix("["), name.hasSuffix("]"), !name.contains(":") {
            return extensibleBuiltin(String(name.dropFirst().dropLast())).map { .array($0) }
        }
        switch builtinType(named: name) {
        case let type? where type.isWord || type == .string || type == .character: return type
        default: return nil
        }
    }

    /// Resolves a protocol's parents and requirements.
    func declareRequirements(_ decl: TypeDecl, of type: UserType) {
        guard let info = type.protocolInfo else { return }
        for parent in decl.conformances {
            if let parentType = declarations.userTypes[parent], parentType.kind == .protocolType, parentType !== type {
                info.parents.append(parentType)
            } else if parent == "AnyObject" {
                info.parents.append(anyObjectType)
            } else if Compiler.supportedConformances.contains(parent) {
                info.builtinParents.insert(parent)
            }  // any other parent is refused by the conformance checks (`refusedConformances`)
        }
        let associated = declareAssociatedTypes(decl, of: type)
        if !associated.isEmpty { protocolState.genericBindings.append(associated) }
        defer { if !associated.isEmpty { protocolState.genericBindings.removeLast() } }
        for requirement in decl.requirements {
            let id = protocolState.nextRequirementID
            protocolState.nextRequirementID += 1
            var resolved = ProtocolInfo.Requirement(id: id, name: requirement.name, kind: .property, labels: [], parameterTypes: [],
                                                    type: .void, isStatic: requirement.isStatic, isMutating: requirement.isMutating,
                                                    settable: false, location: requirement.location)
            switch requirement.kind {
            case .property(let typeExpr, let settable):
                resolved.type = resolveType(typeExpr)
                resolved.settable = settable
            case .associatedType:
                continue
            case .method(let function), .initializer(let function), .subscriptRequirement(let function, _):
                switch requirement.kind {
                case .initializer: resolved.kind = .initializer
                case .subscriptRequirement(_, let settable): (resolved.kind, resolved.settable) = (.subscriptRequirement, settable)
                default: resolved.kind = .method
                }
                resolved.labels = function.parameters.map(\.label)
                resolved.parameterTypes = function.parameters.map { parameter -> CType in
                    // A method's `inout` parameters are taken; an initializer's are refused by the conformance checks
                    // (`refusedConformances`).
                    if parameter.isInout, resolved.kind != .method { return .error }
                    return parameter.isVariadic ? .array(resolveType(parameter.type)) : resolveType(parameter.type)
                }
                if resolved.kind == .method, function.parameters.contains(where: \.isInout) {
                    resolved.inoutParameters = function.parameters.map(\.isInout)
                }
                resolved.type = function.returnType.map(resolveType) ?? .void
                resolved.isFailable = function.isFailable
            }
            info.requirements.append(resolved)
        }
    }

    /// Records that `type` conforms to the protocol named `name` (checked in pass 2); false when no cell declared it.
    func declareProtocolConformance(_ type: UserType, _ name: String, at location: SourceLocation) -> Bool {
        guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { return false }
        type.conformances.insert(name)
        for ancestor in protocolFamily(proto) {
            type.conformances.insert(ancestor.name)
            type.conformances.formUnion(ancestor.protocolInfo?.builtinParents ?? [])
        }
        protocolState.pendingChecks.append((type, proto, location))
        return true
    }

    /// `P & Q`: a protocol whose parents are the parts.
    func protocolComposition(_ name: String, at location: SourceLocation) -> CType {
        if let existing = protocolState.compositions[name] { return .user(existing) }
        var parents: [UserType] = []
        var superclass: UserType?
        for part in name.components(separatedBy: " & ") {
            if let type = declarations.userTypes[part], type.kind == .classType, superclass == nil {
                superclass = type
                continue
            }
            guard let type = declarations.userTypes[part], type.kind == .protocolType else {
                cannotGenerate(at: location)  // refused by the checker (`TypeChecker.refusedComposition`)
                return .error
            }
            parents.append(type)
        }
        let type = UserType(kind: .protocolType, name: name, qualifiedName: name)
        let info = ProtocolInfo()
        info.parents = parents
        info.isComposition = true
        info.superclass = superclass
        type.protocolInfo = info
        type.isExistential = superclass == nil
        protocolState.compositions[name] = type
        return .user(type)
    }

    // MARK: Protocol families

    /// A protocol and every protocol it inherits, each once.
    func protocolFamily(_ proto: UserType) -> [UserType] {
        var result: [UserType] = []
        var pending = [proto]
        while let next = pending.popLast() {
            guard !result.contains(where: { $0 === next }) else { continue }
            result.append(next)
            pending.append(contentsOf: next.protocolInfo?.parents ?? [])
        }
        return result
    }

    /// Every cell-declared protocol a concrete type conforms to, with their parents.
    func conformedProtocols(_ type: UserType) -> [UserType] {
        var result: [UserType] = []
        for name in type.conformances.sorted() {
            guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { continue }
            for member in protocolFamily(proto) where !result.contains(where: { $0 === member }) { result.append(member) }
        }
        return result
    }

    /// The requirement `name` of a protocol or of one it inherits.
    func findRequirement(_ proto: UserType, _ name: String) -> ProtocolInfo.Requirement? {
        for member in protocolFamily(proto) {
            if let found = member.protocolInfo?.requirements.first(where: { $0.name == name }) { return found }
        }
        return nil
    }

    /// The type that holds the members of values of `type`: itself, or the extension of a built-in type.
    func memberOwner(_ type: CType) -> UserType? {
        if case .user(let owner) = type { return owner }
        return protocolState.builtinExtensions[type.description]
    }

    /// Whether values of `type` can be held as `proto`.
    func conforms(_ type: CType, to proto: UserType) -> Bool {
        if proto === protocolState.anyObject { return isClassBound(type) }
        if proto === protocolState.anyType { return anyTag(for: type) != nil || Compiler.isProtocolType(type) }
        if case .user(let source) = type, source.kind == .protocolType {
            return protocolFamily(source).contains { $0 === proto }
                || (proto.protocolInfo?.isComposition == true && proto.protocolInfo!.superclass == nil
                    && proto.protocolInfo!.parents.allSatisfy { conforms(type, to: $0) })
        }
        if let info = proto.protocolInfo, info.isComposition {
            if let superclass = info.superclass {
                guard case .user(let source) = type, source.kind == .classType, source.isSubclass(of: superclass) else { return false }
            }
            return info.parents.allSatisfy { conforms(type, to: $0) }
        }
        if case .array(let element) = type, conditionallyConforms(element, to: proto) { return true }
        guard let owner = memberOwner(type) else { return false }
        return conformedProtocols(owner).contains { $0 === proto }
    }

    /// Whether a bare `name` in a member of `type` names a member that protocols give it.
    func hasProtocolMember(_ type: UserType, _ name: String) -> Bool {
        if type.kind == .protocolType {
            if findRequirement(type, name) != nil { return true }
            return protocolFamily(type).contains { $0.methods[name] != nil || $0.computed[name] != nil }
        }
        guard !type.conformances.isEmpty else { return false }
        return conformedProtocols(type).contains { $0.methods[name] != nil || $0.computed[name] != nil }
    }

    /// Whether `type` has an initializer from an extension that takes `arguments` (else its memberwise one is meant).
    func extensionInitializerMatches(_ type: UserType, _ arguments: [Argument]) -> Bool {
        type.initializers.contains { matchArguments(shapes($0), arguments, at: $0.location, report: false) != nil }
    }

    // MARK: Conversions

    /// A value of a conforming type (or a collection or optional of them) converted to a protocol type.
    func existentialCoercion(_ value: Typed, to type: CType) -> Typed? {
        let code = value.value
        switch (type, value.type) {
        case (.optional(let target), .optional(let source)):
            guard let convert = existentialConversion(from: source, to: target) else { return nil }
            return Typed(type: type, code: .value { frame in
                let inner = try code(frame)
                if case .none = inner { return .none }
                return convert(inner)
            })
        case (.optional(let target), _):
            guard let convert = existentialConversion(from: value.type, to: target) else { return nil }
            return Typed(type: type, code: .value { frame in convert(try code(frame)) })
        case (.array(let target), .array(let source)):
            guard let convert = existentialConversion(from: source, to: target) else { return nil }
            return Typed(type: type, code: .value { frame in .array(try code(frame).arrayValue.map(convert)) })
        default:
            guard let convert = existentialConversion(from: value.type, to: type) else { return nil }
            return Typed(type: type, code: .value { frame in convert(try code(frame)) })
        }
    }

    /// How a value of `source` becomes a value of the protocol type `target` (a protocol type's value is held as it
    /// is); nil when it cannot.
    func existentialConversion(from source: CType, to target: CType) -> ((Value) -> Value)? {
        guard case .user(let proto) = target, proto.kind == .protocolType, conforms(source, to: proto) else { return nil }
        if case .user(let type) = source, type.kind == .protocolType { return { $0 } }
        guard let tag = proto === protocolState.anyType ? anyTag(for: source) : existentialTag(for: source) else { return nil }
        return { tag.wrap($0) }
    }
}
