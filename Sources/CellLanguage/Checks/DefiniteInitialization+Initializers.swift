import Diagnostics

/// Inside an initializer's body: the uses of `self` before every stored property is set, the returns that leave
/// one unset, and a subclass's `super.init`, with swiftc's messages and positions (its definite-initialization
/// diagnostics after SIL generation).
extension DefiniteInitialization {
    /// The stored properties of `self` not set on every path to here, as `self.x`, in declaration order.
    private func missing(_ state: State) -> [String] {
        initializing?.required.filter { !state.definite.contains($0) } ?? []
    }

    /// A return from the initializer (a `return` without `nil`, or the end of its body).
    mutating func leave(at location: SourceLocation, _ state: State) {
        guard let type = initializing else { return }
        let missing = self.missing(state)
        switch type.kind {
        case .value:
            if !missing.isEmpty { report(.initializerCoverage(.returnWithoutInitializing(missing: missing)), at: location) }
        case .rootClass:
            // A class's `return` goes to the end of the body, where swiftc reports.
            if !missing.isEmpty { report(.initializerCoverage(.returnWithoutInitializing(missing: missing)), at: type.closingBrace) }
        case .subclass(let implicitSuperInit):
            guard !state.definite.contains(Self.superInitialized) else { return }
            if !implicitSuperInit {
                report(.initializerCoverage(.superInitNotCalled), at: type.closingBrace)
            } else if let first = missing.first {
                report(.initializerCoverage(.propertyNotInitializedAtSuperInit(first, implicit: true)), at: type.location)
            }
        case .unchecked:
            break
        }
    }

    /// `super.init(…)` (its arguments evaluated): every stored property of the subclass is set before it.
    mutating func superInit(at location: SourceLocation, _ state: inout State) {
        guard let type = initializing, case .subclass = type.kind else { return }
        let missing = self.missing(state)
        if let first = missing.first {
            report(.initializerCoverage(.propertyNotInitializedAtSuperInit(first, implicit: false)), at: location)
        }
        // What was not set is reported once: it counts as set from here on.
        state.definite.formUnion(missing + [Self.superInitialized])
        state.maybe.insert(Self.superInitialized)
    }

    /// A use of `self` as a whole: `self` alone (`use` nil), a method call or a property access named `name`.
    mutating func useSelf(_ use: String?, _ name: String, at location: SourceLocation, _ state: State) {
        guard let type = initializing else { return }
        if probesSelfUse { return usesSelf = true }
        let missing = self.missing(state)
        switch type.kind {
        case .subclass:
            guard !state.definite.contains(Self.superInitialized) else { return }
            if let closure { return report(.initializerCoverage(.selfCapturedBeforeInitialized(missing: missing)), at: closure) }
            report(.initializerCoverage(.selfUsedBeforeSuperInit(use: use, name: name)), at: location)
        case .value:
            guard let first = missing.first else { return }
            if let closure { return captured(first, by: closure) }
            report(.initializerCoverage(.selfUsedBeforeInitialized(missing: missing)), at: location)
        case .rootClass:
            guard let first = missing.first else { return }
            if let closure { return report(.initializerCoverage(.selfCapturedBeforeInitialized(missing: missing)), at: closure) }
            if let use {
                report(.initializerCoverage(.selfUsedInMember(use: use, name: name, missing: missing)), at: location)
            } else {
                report(.usedBeforeInitialized(first, isLet: false, byReference: false), at: location)
            }
        case .unchecked:
            break
        }
    }

    /// A read of the stored property `field` (`self.x`), its use by reference (`x += 1`, `&x`) or a mutating call on
    /// it (`xs.append(1)`): an error when some path has not set it (a constant changed is the checker's error).
    mutating func readField(_ field: String, at location: SourceLocation, _ state: State, byReference: Bool = false,
                            mutation: Bool = false) {
        guard let type = initializing, type.kind != .unchecked else { return }
        if probesSelfUse { return usesSelf = true }
        // A closure captures `self` whole.
        if closure != nil { return useSelf(nil, "self", at: location, state) }
        guard let binding = tracked[field], !state.definite.contains(field) else { return }
        if byReference || mutation {
            if binding != .constant || mutation {
                report(.usedBeforeInitialized(field, isLet: false, byReference: byReference), at: location)
            }
            return
        }
        if type.kind == .value {
            report(.initializerCoverage(.selfUsedBeforeInitialized(missing: [field])), at: location)
        } else {
            report(.usedBeforeInitialized(field, isLet: false, byReference: false), at: location)
        }
    }

    /// A struct's closure capturing `self` before `field` is set: one error per closure, naming the first property
    /// not set.
    private mutating func captured(_ field: String, by closure: SourceLocation) {
        let suffix = "captured by a closure before being initialized"
        guard !diagnostics.contains(where: { $0.location == closure && $0.message.hasSuffix(suffix) }) else { return }
        report(.initializerCoverage(.propertyCapturedBeforeInitialized(field)), at: closure)
    }

    /// A bare name inside an initializer's body that names `self` or a member of it (not shadowed by a local name):
    /// its use checked; false when it names neither.
    mutating func bareName(_ name: String, at location: SourceLocation, _ state: inout State) -> Bool {
        guard let type = initializing else { return false }
        if name == "self" {
            useSelf(nil, name, at: location, state)
            return true
        }
        guard tracked[name] == nil else { return false }
        if type.isStored(name) {
            readField("self." + name, at: location, state)
        } else if type.methods.contains(name) {
            useSelf("method call", name, at: location, state)
        } else if type.properties.contains(name) {
            useSelf("property access", name, at: location, state)
        } else {
            return false
        }
        return true
    }

    /// `self.name` read inside an initializer's body (`self` written at `base`): a stored property's read, or a use
    /// of `self` (swiftc reports a struct's at `self`, unless the member is a stored property or a mutating method).
    mutating func memberOfSelf(_ name: String, at location: SourceLocation, base: SourceLocation, _ state: inout State) {
        guard let type = initializing else { return }
        if type.isStored(name) { return readField("self." + name, at: location, state) }
        let isMethod = type.methods.contains(name)
        let position = type.kind == .value && !type.mutatingMethods.contains(name) ? base : location
        useSelf(isMethod ? "method call" : "property access", name, at: position, state)
    }

    /// `self.x`, or a bare `x` not shadowed by a local name, naming a stored property of the initialized type: `"self.x"`.
    func storedPropertyOfSelf(_ target: Expr) -> String? {
        guard let type = initializing else { return nil }
        switch target.kind {
        case .member(let base?, let name, _):
            guard case .name("self") = base.kind, type.isStored(name) else { return nil }
            return "self." + name
        case .name(let name):
            guard tracked[name] == nil, type.isStored(name) else { return nil }
            return "self." + name
        default:
            return nil
        }
    }

    /// `self = value` (a struct's initializer): every stored property is set.
    mutating func assignSelf(_ state: inout State) {
        guard let type = initializing else { return }
        let all = type.stored.map { "self." + $0.name }
        state.definite.formUnion(all)
        state.maybe.formUnion(all)
    }

    /// `pos.0 = 1` (or `pos.x = 1`) before `pos`, a stored property of a written tuple type, is set: the element is
    /// set, the property once all of them are (swiftc tracks a tuple's elements apart); false for another member.
    mutating func storeIntoTupleElement(of field: String, _ element: String, _ state: inout State) -> Bool {
        guard let type = initializing, !state.definite.contains(field),
              let (index, count) = type.tupleElement(element, of: String(field.dropFirst("self.".count))) else { return false }
        let part = "\(field).\(index)"
        state.definite.insert(part)
        state.maybe.insert(part)
        if (0..<count).allSatisfy({ state.definite.contains("\(field).\($0)") }) {
            state.definite.insert(field)
            state.maybe.insert(field)
        }
        return true
    }

    /// `field.member = value` in a struct's initializer before `field` is set.
    mutating func storeIntoMember(of field: String, at location: SourceLocation, _ state: State) {
        guard let type = initializing, type.kind == .value, tracked[field] != nil, !state.definite.contains(field) else {
            return readField(field, at: location, state)
        }
        report(.initializerCoverage(.memberStoredBeforeInitialized(field)), at: location)
    }
}
