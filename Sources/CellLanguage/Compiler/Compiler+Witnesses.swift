import Diagnostics

extension Compiler {
    /// Where a type implements a requirement.
    enum WitnessSource {
        case field(Int)
        case member(FunctionInfo)
        /// A default implementation from a protocol extension (its `self` is the protocol type).
        case protocolDefault(FunctionInfo)
        /// A static member or initializer (checked, never called through a protocol value).
        case typeLevel
    }

    // MARK: Conformances (pass 2)

    /// Binds the associated types of the conformances declared for `type` so far. Whether each conformance holds is
    /// the conformance checks' question (`ConformanceChecks`), which the generator does not ask again.
    func bindPendingConformances(of type: UserType) {
        let checks = protocolState.pendingChecks.filter { $0.0 === type }
        protocolState.pendingChecks.removeAll { $0.0 === type }
        for (_, proto, _) in checks where type.kind == .classType || !isClassBound(.user(proto)) {
            _ = bindAssociatedTypes(of: type, for: proto)
        }
    }

    /// The member of `type` (or the default of a protocol it conforms to) that implements `requirement`.
    func witnessSource(_ declared: ProtocolInfo.Requirement, in type: UserType, for proto: UserType) -> WitnessSource? {
        let requirement = substitutedRequirement(declared, on: type)
        let defaults = conformedProtocols(type)
        switch requirement.kind {
        case .property where requirement.isStatic:
            if let field = type.staticFields[requirement.name], field.type == requirement.type { return .typeLevel }
            if let getter = type.staticComputed[requirement.name], getter.returnType == requirement.type, !requirement.settable {
                return .typeLevel
            }
            return nil
        case .property:
            if let index = type.fieldIndex(requirement.name), type.fields[index].type == requirement.type,
               !requirement.settable || !type.fields[index].isLet {
                return .field(index)
            }
            if let getter = type.computed[requirement.name], getter.returnType == requirement.type,
               !requirement.settable || type.setters[requirement.name] != nil {
                return .member(getter)
            }
            if requirement.settable { return nil }
            for proto in defaults {
                if let getter = proto.computed[requirement.name], getter.returnType == requirement.type { return .protocolDefault(getter) }
            }
            return nil
        case .method:
            let matches: (FunctionInfo) -> Bool = { info in
                let parameters = requirement.isStatic ? info.parameters : Array(info.parameters.dropFirst())
                return parameters.map(\.label) == requirement.labels && parameters.map(\.type) == requirement.parameterTypes
                    && info.returnType == requirement.type && Compiler.inoutFlags(of: parameters) == requirement.inoutParameters
                    // A `mutating` method meets a `mutating` requirement only (swiftc: the type does not conform).
                    && (requirement.isMutating || !info.isMutating)
            }
            if requirement.isStatic {
                let own = type.staticMethods[requirement.name] ?? []
                let inherited = defaults.flatMap { $0.staticMethods[requirement.name] ?? [] }
                return (own + inherited).contains(where: matches) ? .typeLevel : nil
            }
            if let method = type.methods[requirement.name]?.first(where: matches) { return .member(method) }
            for proto in defaults {
                if let method = proto.methods[requirement.name]?.first(where: matches) { return .protocolDefault(method) }
            }
            return nil
        case .subscriptRequirement:
            // The getter, which a protocol-typed value's subscript runs (`Compiler.requirementSubscriptRead`).
            return type.subscripts.first { accessors in
                let parameters = accessors.getter.parameters.dropFirst()
                return parameters.map(\.label) == requirement.labels && parameters.map(\.type) == requirement.parameterTypes
                    && accessors.getter.returnType == requirement.type && (!requirement.settable || accessors.setter != nil)
            }.map { .member($0.getter) }
        case .initializer:
            if type.initializers.contains(where: { $0.parameters.map(\.label) == requirement.labels && $0.parameters.map(\.type) == requirement.parameterTypes }) {
                return .typeLevel
            }
            let memberwise = type.fields.filter { !($0.isLet && $0.defaultValue != nil) }
            if type.kind == .structure, type.initializers.isEmpty || type.keepsMemberwise,
               memberwise.map(\.name) == requirement.labels, memberwise.map(\.type) == requirement.parameterTypes {
                return .typeLevel
            }
            return nil
        }
    }

    /// Which of `parameters` are `inout`, as a requirement records them (empty when none is).
    static func inoutFlags(of parameters: [FunctionInfo.Parameter]) -> [Bool] {
        parameters.contains(where: \.isInout) ? parameters.map(\.isInout) : []
    }

    /// Copies the final values of a witness's `inout` parameters (after `self`) from its frame into `arguments`, for
    /// the caller to write back into its places.
    static func readInoutArguments(_ info: FunctionInfo, from frame: Frame, into arguments: inout [Value]) {
        for index in info.parameters.indices.dropFirst() where info.parameters[index].isInout && index < arguments.count {
            arguments[index] = argument(index, of: info, in: frame)
        }
    }

    // MARK: Existential tags

    /// The tag of values of `type` held as a protocol type, with the witnesses of every protocol it conforms to.
    func existentialTag(for type: CType) -> ExistentialTag? {
        noteConditionalArrayConformances(of: type)
        guard let owner = memberOwner(type) else { return nil }
        let tag: ExistentialTag
        if case .user(let userType) = type {
            tag = protocolState.userTags[userType] ?? ExistentialTag(type: type)
            protocolState.userTags[userType] = tag
        } else {
            tag = protocolState.builtinTags[type.description] ?? ExistentialTag(type: type)
            protocolState.builtinTags[type.description] = tag
        }
        for proto in conformedProtocols(owner) where !tag.protocols.contains(proto.name) {
            tag.protocols.insert(proto.name)
            for requirement in proto.protocolInfo?.requirements ?? [] {
                guard let source = witnessSource(requirement, in: owner, for: proto) else { continue }
                let takesNothing = requirement.parameterTypes.isEmpty && !requirement.isMutating
                tag.setWitness(witness(source, owner: owner, tag: tag),
                               receiverWitness: takesNothing ? receiverWitness(source) : nil, for: requirement.id)
                if requirement.kind == .property, requirement.settable, !requirement.isStatic {
                    tag.setPropertyAccess(propertyAccess(source, owner: owner, requirement.name), for: requirement.id)
                }
                if requirement.kind == .subscriptRequirement, requirement.settable {  // +ExistentialPlaces
                    tag.setSubscriptSetter(subscriptSetter(source, owner: owner), for: requirement.id)
                }
            }
        }
        return tag
    }

    private func witness(_ source: WitnessSource, owner: UserType, tag: ExistentialTag) -> ExistentialTag.Witness? {
        let globals = self.globals, runtime = self.runtime
        switch source {
        case .field(let index):
            return { arguments, _ in
                switch arguments[0] {
                case .object(let box): return index < box.fieldCount ? box.fields[index] : .void
                case .tuple(let fields): return index < fields.count ? fields[index] : .void
                default: return .void
                }
            }
        case .member(let info):
            let writesBack = info.isMutating && owner.kind != .classType
            let hasInout = info.parameters.dropFirst().contains(where: \.isInout)
            return { arguments, location in
                let values = arguments
                return try Compiler.call(info, parent: globals, runtime: runtime, location: location,
                                         store: { Compiler.store(values, of: info, into: $0, from: 0) }, read: { frame in
                    if writesBack { arguments[0] = Compiler.argument(0, of: info, in: frame) }
                    if hasInout { Compiler.readInoutArguments(info, from: frame, into: &arguments) }
                    return Compiler.result(of: info, in: frame)
                })
            }
        case .protocolDefault(let info):
            return { [unowned tag] arguments, location in
                var wrapped = arguments
                wrapped[0] = tag.wrap(arguments[0])
                return try Compiler.call(info, parent: globals, runtime: runtime, location: location,
                                         store: { Compiler.store(wrapped, of: info, into: $0, from: 0) }, read: { frame in
                    if info.isMutating, let (_, concrete) = ExistentialTag.unwrap(Compiler.argument(0, of: info, in: frame)) {
                        arguments[0] = concrete
                    }
                    Compiler.readInoutArguments(info, from: frame, into: &arguments)
                    return Compiler.result(of: info, in: frame)
                })
            }
        case .typeLevel:
            return nil
        }
    }

    /// The argument-free form of a non-mutating witness (see `ExistentialTag.ReceiverWitness`).
    private func receiverWitness(_ source: WitnessSource) -> ExistentialTag.ReceiverWitness? {
        let globals = self.globals, runtime = self.runtime
        switch source {
        case .field(let index):
            return { concrete, _, _ in
                switch concrete {
                case .object(let box): return index < box.fieldCount ? box.fields[index] : .void
                case .tuple(let fields): return index < fields.count ? fields[index] : .void
                default: return .void
                }
            }
        case .member(let info):
            return { concrete, _, location in
                try Compiler.call(info, on: concrete, parent: globals, runtime: runtime, location: location)
            }
        case .protocolDefault(let info):
            return { _, existential, location in
                try Compiler.call(info, on: existential, parent: globals, runtime: runtime, location: location)
            }
        case .typeLevel:
            return nil
        }
    }

    /// The value of parameter `index` in a finished call's frame (a mutating method's `self`).
    static func argument(_ index: Int, of info: FunctionInfo, in frame: Frame) -> Value {
        let slot = info.parameterSlots[index]
        let type = info.parameters[index].type
        return type.isWord ? WordCoding.value(frame.word(slot), type) : frame.value(slot)
    }

    /// Runs requirement `id` on an existential value; `arguments[0]` is replaced by the concrete value.
    static func dispatch(_ id: Int, _ name: String, on existential: Value, _ arguments: inout [Value],
                         at location: SourceLocation) throws -> (ExistentialTag, Value) {
        guard let (tag, concrete) = ExistentialTag.unwrap(existential), let witness = tag.witness(id) else {
            throw RuntimeError(message: "no implementation of '\(name)' for this value", location: location)
        }
        arguments[0] = concrete
        return (tag, try witness(&arguments, location))
    }

    /// Runs requirement `id`, which takes no arguments and does not mutate, on an existential value.
    static func dispatch(_ id: Int, _ name: String, on existential: Value, at location: SourceLocation) throws -> Value {
        guard let (tag, concrete) = ExistentialTag.unwrap(existential), let witness = tag.receiverWitness(id) else {
            throw RuntimeError(message: "no implementation of '\(name)' for this value", location: location)
        }
        return try witness(concrete, existential, location)
    }
}
