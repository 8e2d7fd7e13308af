import Diagnostics

/// Protocol-extension methods specialized per conforming type, as swiftc specializes them: `shape.score()` on an
/// `any Shape` runs a copy of `score` compiled for the value's concrete type, in which the requirements called on
/// `self` (`area()`, `perimeter`) are the concrete type's members, called directly instead of looked up in the
/// value's witnesses on every call. The copy's `self` is still the existential value (it has the protocol's type,
/// so everything else in the body compiles as in the shared version); only the requirement calls on `self` change,
/// and they are exactly what dispatch would have chosen, since the copy only ever runs on values of that type. The
/// caller also stores the unwrapped value in a hidden slot of the copy's frame, which those calls read, so the
/// existential is not unwrapped again on every requirement call.
/// Values of other types (or of types met after the call compiled) run the shared version.
extension Compiler {
    /// The concrete type the protocol-extension method being compiled is specialized to.
    struct SpecializedSelf {
        let owner: UserType
        let proto: UserType
        /// The level of the copy's `self` variable.
        let level: Int
        /// The copy's hidden value slot holding `self` unwrapped (stored by the caller).
        let concreteSlot: Int
    }

    /// A specialized copy and its hidden slot for the unwrapped `self`.
    struct SpecializedCopy {
        let info: FunctionInfo
        let concreteSlot: Int
    }

    // MARK: Calls on existentials

    /// `value.name()` on a protocol-typed value where `name` is a protocol extension's method without arguments
    /// (not a requirement): the call runs the copy specialized to the value's type. Nil when no copy applies.
    func compileSpecializedExtensionCall(_ methods: [FunctionInfo], receiverType: UserType, _ base: Expr,
                                         _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard methods.count == 1, arguments.isEmpty, let method = methods.first, method.parameters.count == 1,
              !method.isMutating, !method.isThrowing, !method.hasErrors, method.level == 0,
              declarations.userTypes[receiverType.name] === receiverType, receiverType.protocolInfo != nil,
              !protocolState.associatedTypeProtocols.contains(receiverType),
              let decl = declaration(of: method), !FrameCapture.mayCapture(decl.body) else { return nil }
        let table = specializations(of: method, decl, receiverType: receiverType)
        guard !table.isEmpty else { return nil }
        let lent = lentLoopElement(base)
        let receiver = compileExpr(base, expected: nil).value
        noteCall(method)
        let targets = SpecializedTargets(tags: table.map { Unmanaged.passUnretained($0.tag) },
                                         callees: table.map { LeanCallee($0.copy.info) }, slots: table.map(\.copy.concreteSlot),
                                         shared: LeanCallee(method))
        let globals = self.globals, runtime = self.runtime
        if let lent { return lentSpecializedCall(method.returnType, lent, targets, at: location) }
        if method.returnType.isWord {
            @inline(__always) func word(_ frame: Frame) throws -> Int {
                let existential = try receiver(frame)
                let (callee, concrete) = targets.target(existential)
                return try callee.call(on: existential, also: concrete, parent: globals, runtime: runtime,
                                       location: location) { $0.words[callee.returnSlot] }
            }
            return Typed.fromWord(method.returnType, int: { try word($0) }, double: { WordCoding.double(try word($0)) },
                                  bool: { try word($0) != 0 })
        }
        return Typed.fromValue(method.returnType) { frame in
            let existential = try receiver(frame)
            let (callee, concrete) = targets.target(existential)
            return try callee.call(on: existential, also: concrete, parent: globals, runtime: runtime,
                                   location: location) { callee.result(in: $0) }
        }
    }

    /// The declaration of a member function (its body, to compile again).
    private func declaration(of info: FunctionInfo) -> FunctionDecl? {
        declarations.functionInfos.first { $0.value === info }?.key
    }

    /// The copies of `method` for the conforming types known so far (structures, enumerations and final classes: a
    /// class a subclass may override members of keeps the shared version), compiled once per type.
    private func specializations(of method: FunctionInfo, _ decl: FunctionDecl,
                                 receiverType proto: UserType) -> [(tag: ExistentialTag, copy: SpecializedCopy)] {
        var table: [(tag: ExistentialTag, copy: SpecializedCopy)] = []
        let candidates = declarations.userTypes.values.filter { type in
            type.kind == .structure || type.kind == .enumeration || (type.kind == .classType && type.isFinal)
        }.sorted { $0.name < $1.name }
        for type in candidates where type.extendedBuiltin == nil && type.genericArguments.isEmpty
            && conforms(.user(type), to: proto) {
            let key = SpecializationKey(method, owner: type, arguments: [])
            let copy: SpecializedCopy?
            if let cached = protocolState.extensionSpecializations[key] {
                copy = cached.copy
            } else {
                // While the copy compiles, a call of `method` in it (recursion, directly or through another type's
                // copy) runs the shared version on values of this type.
                protocolState.extensionSpecializations[key] = (method, type, nil)
                copy = specializedCopy(of: method, decl, for: type)
                protocolState.extensionSpecializations[key] = (method, type, copy)
            }
            guard let copy, let tag = existentialTag(for: .user(type)) else { continue }
            table.append((tag, copy))
        }
        return table
    }

    /// Compiles `decl` (a protocol extension's method, declared as `method`) again with its requirement calls on
    /// `self` bound to `owner`'s members. Nil when the copy does not compile cleanly (the shared version is used).
    private func specializedCopy(of method: FunctionInfo, _ decl: FunctionDecl, for owner: UserType) -> SpecializedCopy? {
        // The extended protocol (one with associated types has its extension compiled per type already).
        guard case .user(let proto) = method.parameters[0].type,
              !protocolState.associatedTypeProtocols.contains(proto) else { return nil }
        let copy = FunctionInfo(name: method.name, parameters: method.parameters, returnType: method.returnType,
                                level: method.level, location: method.location)
        copy.cell = method.cell
        compiledFunctions.append(copy)
        copy.allocateSignatureSlots()
        let concreteSlot = copy.context.allocate(.tuple([]))  // a value slot, whatever the type
        copy.runtime.pointee.recyclesFrames = method.runtime.pointee.recyclesFrames
        let diagnosticsBefore = errorMark(), savedErrorHandling = errorHandling, savedLookups = nameLookups
        nameLookups = nil  // the resolution oracle compares the shared version's lookups only
        let saved = (protocolState.specializedSelf, compilingFunction)
        protocolState.specializedSelf = SpecializedSelf(owner: owner, proto: proto, level: copy.context.level,
                                                         concreteSlot: concreteSlot)
        compilingFunction = copy
        atTopLevel(with: [:]) {
            compileMemberBody(copy, parameters: decl.parameters, body: resultBuilderFunctionBody(decl), type: proto,
                              hasSelf: true, mutableSelf: false, location: decl.location)
        }
        (protocolState.specializedSelf, compilingFunction) = saved
        let clean = !hasErrors(since: diagnosticsBefore) && !copy.hasErrors
        // A copy with errors is not used: a compilation thrown away.
        if !clean { compileCounts.noteThrowAwayCompilation(file: #fileID, line: #line) }
        forgetErrors(since: diagnosticsBefore)
        errorHandling = savedErrorHandling
        nameLookups = savedLookups
        return clean ? SpecializedCopy(info: copy, concreteSlot: concreteSlot) : nil
    }

    // MARK: Requirements on `self` in a copy

    /// `self.name` / `self.name(arguments)` (also written without `self.`) in a specialized copy, where `name` is a
    /// requirement: the concrete type's stored property, getter or method, called directly. Nil elsewhere, and for
    /// requirements implemented by a protocol extension's default.
    func compileSpecializedRequirement(_ requirement: ProtocolInfo.Requirement, _ base: Expr, _ arguments: [Argument]?,
                                       at location: SourceLocation) -> Typed? {
        guard let special = protocolState.specializedSelf, case .name("self") = base.kind,
              case .variable(let variable)? = scope.lookup("self"), variable.level == special.level,
              !requirement.isStatic, !requirement.isMutating,
              let source = witnessSource(requirement, in: special.owner, for: special.proto) else { return nil }
        _ = compileExpr(base, expected: nil)  // records the use of `self`
        let slot = special.concreteSlot
        let concrete: Typed
        // The hidden slot, which only these calls read: lent to argument-free members (`LeanCallee.call(lending:)`).
        let lent: (Frame) -> UnsafeMutablePointer<Value>
        if special.level == scope.context.level {
            concrete = Typed(type: .user(special.owner), code: .value { $0.values[slot] })
            lent = { $0.values + slot }
        } else {
            let values = valuesAccessor(level: special.level)
            concrete = Typed(type: .user(special.owner), code: .value { values($0)[slot] })
            lent = { values($0) + slot }
        }
        switch (source, arguments) {
        case (.field, nil):
            return compileInstanceMember(concrete, special.owner, requirement.name, at: location)
        case (.member(let getter), nil) where requirement.kind == .property:
            return lentReceiverCall(getter, slot: lent, at: location)
        case (.member(let method), let arguments?) where requirement.kind == .method:
            let call = compileMemberCall(method, receiver: concrete.value, arguments, at: location)
            guard arguments.isEmpty, method.parameters.count == 1, call.type == method.returnType else { return call }
            return lentReceiverCall(method, slot: lent, at: location)
        default:
            return nil
        }
    }

    /// A call of a getter or of a method without arguments on `receiver`, retaining nothing per call (`LeanCallee`).
    func leanReceiverCall(_ info: FunctionInfo, receiver: @escaping (Frame) throws -> Value, at location: SourceLocation) -> Typed {
        let callee = LeanCallee(info)
        let globals = self.globals, runtime = self.runtime
        if info.returnType.isWord {
            @inline(__always) func word(_ frame: Frame) throws -> Int {
                try callee.call(on: try receiver(frame), parent: globals, runtime: runtime, location: location) {
                    $0.words[callee.returnSlot]
                }
            }
            return Typed.fromWord(info.returnType, int: { try word($0) }, double: { WordCoding.double(try word($0)) },
                                  bool: { try word($0) != 0 })
        }
        return Typed.fromValue(info.returnType) { frame in
            try callee.call(on: try receiver(frame), parent: globals, runtime: runtime, location: location) { callee.result(in: $0) }
        }
    }
}
