import Diagnostics

/// Class inheritance: `class B: A`, `override`, `final`, `super`, inherited and delegating initializers.
///
/// A subclass's stored properties are its superclass's followed by its own (so a field has the same index through
/// a base-class reference), and it starts from its superclass's methods and computed properties. Each class keeps,
/// for every inherited method, getter or initializer it overrides, its own implementation (`UserType.overrides`):
/// a call through a base-class reference looks the receiver's class up there, which costs nothing measurable for
/// classes without subclasses (their table is empty).
extension Compiler {
    // MARK: Declarations

    /// Links a class to its superclass (the first inherited name, when it is a class) and inherits its stored
    /// properties, members and conformances; returns the other inherited names (protocols) for the caller.
    func declareSuperclass(_ type: UserType, _ decl: TypeDecl) -> [String] {
        type.membersDeclared = true
        type.isFinal = decl.isFinal
        guard type.kind == .classType, let first = decl.conformances.first, let base = declarations.userTypes[first],
              base.kind == .classType, base !== type else {
            return decl.conformances
        }
        guard base.membersDeclared else {
            cannotGenerate(at: decl.location)  // refused by `UnsupportedConstructs`
            return Array(decl.conformances.dropFirst())
        }
        type.superclass = base
        type.fields = base.fields
        type.computed = base.computed
        type.setters = base.setters
        type.observers = base.observers
        type.lazyInitializers = base.lazyInitializers
        type.subscripts = base.subscripts
        type.methods = base.methods
        type.conformances = base.conformances
        type.finalMembers = base.finalMembers
        type.overrides = base.overrides
        type.deinitializer = base.deinitializer
        return Array(decl.conformances.dropFirst())
    }

    /// Adds an instance method, replacing the inherited one it overrides (swiftc's checks of `override` and `final`
    /// are the declaration checks', `DeclarationChecks`).
    func addMethod(_ info: FunctionInfo, _ decl: FunctionDecl, to type: UserType) {
        if decl.name == "deinit" { return declareDeinitializer(info, of: type) }
        if decl.isFinal { type.finalMembers.insert(info) }
        let inherited = type.superclass?.methods[decl.name] ?? []
        let parameters = Array(info.parameters.dropFirst())
        guard let overridden = inherited.first(where: { Compiler.sameParameters(Array($0.parameters.dropFirst()), parameters) }) else {
            type.methods[decl.name, default: []].append(info)
            return
        }
        recordOverride(of: overridden, by: info, in: type)
        type.methods[decl.name] = (type.methods[decl.name] ?? []).map { $0 === overridden ? info : $0 }
    }

    /// A class's `deinit`: runs when an instance is freed (as Swift's ARC frees it: when the last reference goes),
    /// then its superclass's. A run-time error in it ends the `deinit`; the cell reports it when it ends.
    private func declareDeinitializer(_ info: FunctionInfo, of type: UserType) {
        let runtime = self.runtime, globals = self.globals, location = info.location
        let inherited = type.superclass?.deinitializer
        type.deinitializer = { object in
            do {
                _ = try Compiler.invoke(info, parent: globals, arguments: [object], runtime: runtime, location: location)
            } catch {
                runtime.noteLateFailure(error)
            }
            inherited?(object)
        }
    }

    /// Adds a computed property, replacing the inherited one it overrides (a stored property's name, `override`
    /// and `final` are the declaration checks', `DeclarationChecks`).
    func addComputed(_ info: FunctionInfo, _ decl: TypeDecl.Computed, to type: UserType) {
        if decl.isFinal { type.finalMembers.insert(info) }
        defer { type.computed[decl.name] = info }
        guard let base = type.superclass, base.fieldIndex(decl.name) == nil, let overridden = base.computed[decl.name] else { return }
        recordOverride(of: overridden, by: info, in: type)
    }

    /// Adds an initializer; in a subclass, one with an inherited initializer's parameters overrides it (the checks of
    /// `override`, `required` and failability are the declaration checks', `DeclarationChecks`).
    func addInitializer(_ info: FunctionInfo, _ decl: FunctionDecl, to type: UserType) {
        type.initializers.append(info)
        guard let base = type.superclass,
              let match = availableInitializers(base).first(where: { Compiler.sameParameters($0.parameters, info.parameters) }) else { return }
        recordOverride(of: match, by: info, in: type)
    }

    func recordOverride(of overridden: FunctionInfo, by info: FunctionInfo, in type: UserType) {
        for (key, value) in type.overrides where value === overridden { type.overrides[key] = info }
        type.overrides[overridden] = info
    }

    static func sameParameters(_ lhs: [FunctionInfo.Parameter], _ rhs: [FunctionInfo.Parameter]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.label == $1.label && $0.type == $1.type }
    }

    /// The initializers `Type(…)` may call: its own, and those it inherits by Swift's rules (all of the superclass's
    /// when it declares no designated initializer; its convenience ones when it overrides all designated ones).
    func availableInitializers(_ type: UserType) -> [FunctionInfo] {
        type.availableInitializers
    }

    // MARK: Dispatch

    /// The implementation of `info` for the receiver's class (itself unless a subclass overrides it).
    @inline(__always) static func dispatchTarget(_ info: FunctionInfo, _ receiver: Value) -> FunctionInfo {
        guard case .object(let box) = receiver, !box.type.overrides.isEmpty else { return info }
        return box.type.overrides[info] ?? info
    }

    /// Whether a method of a class may have another implementation in a subclass (declared now or in a later cell).
    static func mayBeOverridden(_ info: FunctionInfo, in type: UserType) -> Bool {
        !type.isFinal && !type.finalMembers.contains(info)
    }

    /// A member call whose implementation the receiver's class chooses (`dispatch`), or an initializer run on an
    /// object made beforehand (`presetSelf`: by a subclass's construction, `super.init` or `self.init`).
    func compileDispatchedCall(_ info: FunctionInfo, _ codes: [(Frame) throws -> Value], dispatch: Bool,
                               presetSelf: ((Frame) throws -> Value)?, writingBack inouts: MethodArguments? = nil,
                               at location: SourceLocation) -> Typed {
        let runtime = self.runtime, globals = self.globals
        if presetSelf == nil, !codes.isEmpty, inouts == nil {
            // A method chosen by the receiver's class: the receiver first, then the arguments into the target's frame.
            let receiver = codes[0], rest = Array(codes.dropFirst())
            @inline(__always) func run<T>(_ frame: Frame, read: (FunctionInfo, Frame) -> T) throws -> T {
                let object = try receiver(frame)
                let target = Compiler.dispatchTarget(info, object)
                return try Compiler.call(target, parent: globals, runtime: runtime, location: location, store: { callee in
                    Compiler.store(object, of: target, into: callee, at: 0)
                    try Compiler.store(rest, of: target, in: frame, into: callee, from: 1)
                }, read: { read(target, $0) })
            }
            if info.returnType.isWord {
                // An Int, Double or Bool result is read as a word (as direct calls read it), not boxed.
                return Typed.fromWord(info.returnType) { frame in try run(frame) { $1.word($0.context.returnSlot) } }
            }
            return Typed.fromValue(info.returnType) { frame in try run(frame) { Compiler.result(of: $0, in: $1) } }
        }
        return Typed.fromValue(info.returnType) { frame in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for code in codes { values.append(try code(frame)) }
            let object = try presetSelf?(frame)
            let target = dispatch ? Compiler.dispatchTarget(info, object ?? values[0]) : info
            let callee = try Compiler.invoke(target, parent: globals, arguments: values, runtime: runtime, location: location,
                                             presetSelf: object)
            try inouts?.writeBack(frame, callee, target)  // the `inout` arguments, from the frame of the method that ran
            return Compiler.result(of: target, in: callee)
        }
    }

    /// Calls a computed property's getter on `receiver`, through the receiver's class when `dispatch` is set.
    func compileGetterCall(_ getter: FunctionInfo, receiver: @escaping (Frame) throws -> Value, dispatch: Bool,
                           at location: SourceLocation) -> Typed {
        let runtime = self.runtime
        let globals = self.globals
        guard dispatch else { return leanReceiverCall(getter, receiver: receiver, at: location) }
        return Typed.fromValue(getter.returnType) { frame in
            let value = try receiver(frame)
            return try Compiler.call(Compiler.dispatchTarget(getter, value), on: value, parent: globals, runtime: runtime,
                                     location: location)
        }
    }

    // MARK: super

    /// `super.property` in a subclass's method: the superclass's stored or computed property, without dispatch.
    func compileSuperMember(_ base: Expr?, _ name: String, at location: SourceLocation) -> Typed? {
        guard let base, case .name("super") = base.kind, nameBinding("super", node: base) == nil else { return nil }
        guard let superclass = superclassInScope(at: base.location) else { return .invalid }
        let receiver = compileExpr(synthesizedSelf(at: base.location), expected: nil).value
        if let getter = superclass.computed[name] {
            return compileGetterCall(getter, receiver: receiver, dispatch: false, at: location)
        }
        if superclass.fieldIndex(name) != nil {
            return compileInstanceMember(Typed(type: .user(superclass), code: .value(receiver)), superclass, name, at: location)
                ?? .invalid
        }
        cannotGenerate(at: location)
        return .invalid
    }

    /// `super.method(…)` and `super.init(…)` in a subclass.
    func compileSuperCall(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard case .member(let base?, let name, let nameLocation) = callee.kind, case .name("super") = base.kind,
              nameBinding("super", node: base) == nil else { return nil }
        guard let superclass = superclassInScope(at: base.location) else { return .invalid }
        let receiver = compileExpr(synthesizedSelf(at: base.location), expected: nil).value
        if name == "init" {
            guard scope.context.function.initializerSelf != nil else {
                cannotGenerate(at: nameLocation)
                return .invalid
            }
            let initializers = availableInitializers(superclass)
            if initializers.isEmpty, arguments.isEmpty { return Typed(type: .void, code: .void { _ in }) }
            guard let (info, _) = selectOverload(initializers, arguments, at: nameLocation) else { return .invalid }
            let call = delegatedResult(info, compileMemberCall(info, receiver: nil, arguments, at: nameLocation,
                                                               presetSelf: receiver).value, at: nameLocation)
            return Typed(type: .void, code: .void { frame in _ = try call(frame) })
        }
        guard let methods = superclass.methods[name] else {
            cannotGenerate(at: nameLocation)
            return .invalid
        }
        let signatures = methods.map(FunctionInfo.withoutSelf)
        guard let (chosen, _) = selectOverload(signatures, arguments, at: nameLocation) else { return .invalid }
        guard let index = signatures.firstIndex(where: { $0 === chosen }) else {
            cannotGenerate(at: nameLocation)
            return .invalid
        }
        return compileMemberCall(methods[index], receiver: receiver, arguments, at: nameLocation)
    }

    func superclassInScope(at location: SourceLocation) -> UserType? {
        guard let context = selfContexts.last, scope.lookup("self") != nil else {
            cannotGenerate(at: location)
            return nil
        }
        guard let superclass = context.type.superclass else {
            cannotGenerate(at: location)
            return nil
        }
        return superclass
    }

    // MARK: Initializers

    /// `B(…)` for a class: its own or an inherited initializer (run on a new `B`); nil for the implicit `init()`.
    func compileClassConstruction(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        let initializers = availableInitializers(type)
        guard type.superclass != nil, !initializers.isEmpty else { return nil }
        guard let (info, _) = selectOverload(initializers, arguments, at: location) else { return .invalid }
        if info.returnType == .user(type) || info.returnType == .optional(.user(type)) {
            return failableConstruction(info, compileMemberCall(info, receiver: nil, arguments, at: location))
        }
        // Inheriting the superclass's designated initializers needs a value for every new stored property.
        let ownFields = type.fields.dropFirst(type.superclass?.fields.count ?? 0)
        if !type.initializers.contains(where: { !$0.isConvenience }), ownFields.contains(where: { $0.defaultValue == nil }) {
            // The class's declaration and the call are the checks' and the checker's mistakes.
            cannotGenerate(at: location)
            return .invalid
        }
        let defaults = type.fields.map { $0.defaultValue?.value }
        let globals = self.globals
        let object: (Frame) throws -> Value = { _ in
            var fields: [Value] = []
            fields.reserveCapacity(defaults.count)
            for value in defaults { fields.append(try value?(globals) ?? .void) }
            return .object(ObjectBox(type: type, fields: fields))
        }
        let call = compileMemberCall(info, receiver: nil, arguments, at: location, presetSelf: object)
        if case .optional = info.returnType { return failableConstruction(info, Typed(type: .optional(.user(type)), code: call.code)) }
        return Typed(type: .user(type), code: call.code)
    }

    /// `self.init(…)` in a class's (convenience) initializer: another initializer runs on the same object, chosen by
    /// the object's class (a subclass may override it).
    func compileClassInitializerDelegation(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        let receiver = compileExpr(synthesizedSelf(at: location), expected: nil).value
        guard let (info, _) = selectOverload(availableInitializers(type), arguments, at: location) else { return .invalid }
        let call = delegatedResult(info, compileMemberCall(info, receiver: nil, arguments, at: location, dispatch: true,
                                                           presetSelf: receiver).value, at: location)
        return Typed(type: .void, code: .void { frame in _ = try call(frame) })
    }
}

extension UserType {
    /// The initializers `Type(…)` may call: its own, and those it inherits by Swift's rules (all of the superclass's
    /// when it declares no designated initializer; its convenience ones when it overrides all designated ones).
    var availableInitializers: [FunctionInfo] {
        guard let base = superclass else { return initializers }
        let own = initializers
        let inherited = base.availableInitializers.filter { overrides[$0] == nil }
        if !own.contains(where: { !$0.isConvenience }) { return own + inherited }
        if !inherited.contains(where: { !$0.isConvenience }) { return own + inherited }
        return own
    }
}
