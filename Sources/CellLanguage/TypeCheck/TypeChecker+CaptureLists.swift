/// Capture lists of closures, declared as the generator declares them: a `weak` or `unowned` entry
/// (`{ [unowned self] in … }`, `{ [weak owner] in … }`, `[weak d = self.delegate]`) is a constant of the closure holding
/// the captured class instance, optional when `weak` (`Compiler.resolveOwnedCaptures`, `declareOwnedCaptures`); a
/// plain entry (`{ [x] in … }`) reads the name it copies (`Compiler.declaredBinding`).
extension TypeChecker {
    /// Declares the entries of `literal`'s capture list in the closure, their values checked where the closure is
    /// created; false when a `weak`/`unowned` entry is unknown or one the generator refuses (the closure is then
    /// left unknown).
    func captureList(_ literal: ClosureLiteral) -> Bool {
        for capture in literal.captures {
            let referent = resolution.referent(at: capture.location)
            if reportsUnknownCapture(capture.name, at: capture.location) {  // +NameDiagnostics
                declare(capture.name, at: capture.location, .error)
                continue
            }
            if let referent, capturesVariable(referent, capture.name) {
                // nbrun shares a closure's captured variables: a copy of one made when the closure is created is refused.
                report(.unsupported(.captureByValue), at: capture.location)
            }
            declare(capture.name, at: capture.location, referent.flatMap { copiedType($0, capture.name) })
        }
        var known = true
        for (name, isWeak, location) in literal.ownedCaptures {
            if literal.ownedCaptureValues[name] == nil { refusedOwnedCapture(name, isWeak: isWeak, at: location) }
            let captured: CType?, taken: Bool
            if let value = literal.ownedCaptureValues[name] {
                // `[weak d = self.delegate]`: any class-bound value (`Compiler.ownedValueCapture`).
                captured = check(value, expected: nil)
                taken = captured.map { compiler.isClassBound($0.unwrapped) } ?? false
                if let captured, !taken { refusedOwnedValue(captured, isWeak: isWeak, at: location) }
            } else {
                captured = resolution.referent(at: location).flatMap { ownedCaptureType($0, name) }
                taken = captured.map { Self.isClassInstance($0.unwrapped) } ?? false
            }
            guard let captured, taken else {
                declare(name, at: location, nil)
                known = false
                continue
            }
            if isWeak, case .optional = captured {
                declare(name, at: location, captured)
            } else {
                declare(name, at: location, isWeak ? .optional(captured) : captured)
            }
        }
        return known
    }

    /// nbrun's refusal, at the closure: a closure whose `weak`/`unowned` entries name variables of the function it is
    /// created in gets a copy of that function's frame without them (`Compiler.ownedCaptureInstance`), so it may not
    /// use that function's `var`s, which it would no longer share.
    func refuseEnclosingVariableUses(_ literal: ClosureLiteral, at location: SourceLocation) {
        guard !literal.ownedCaptures.isEmpty,
              let closure = resolution.functions.first(where: { $0.location == location && $0.name == "{ }" }) else { return }
        let ownsLocal = literal.ownedCaptures.contains { entry in
            guard literal.ownedCaptureValues[entry.name] == nil, case .local(let index)? = resolution.referent(at: entry.location) else {
                return false
            }
            return resolution.declarations[index].depth > 0
        }
        let usesVar = closure.captures.contains {
            resolution.declarations[$0].kind == .variable && resolution.declarations[$0].depth == closure.depth - 1
        }
        guard ownsLocal, usesVar else { return }
        reportOnce(.unsupported(.varWithOwnedCaptures), at: location)
    }

    /// Whether a plain capture-list entry names a `var` (or a variable with accessors), which nbrun cannot copy.
    private func capturesVariable(_ referent: Referent, _ name: String) -> Bool {
        if case .earlierGlobal = referent {
            switch compiler.globalScope.names[name] {
            case .variable(let variable)?: return !variable.isLet || variable.initializedLater
            case .accessor?: return true
            default: return false
            }
        }
        guard let index = referent.declaration else { return false }
        return accessorDeclarations.contains(index) || resolution.declarations[index].kind == .variable
    }

    /// Reports a `weak`/`unowned` entry naming what it cannot hold (swiftc: a value of a type that is no class, at the
    /// name) or what nbrun does not capture so (a class-bound protocol value, a variable of an outer function).
    private func refusedOwnedCapture(_ name: String, isWeak: Bool, at location: SourceLocation) {
        let ownership = isWeak ? "weak" : "unowned"
        guard let referent = resolution.referent(at: location) else { return }
        if declarationKind(of: referent) == .function {
            // A function is no class instance (swiftc names its type: a top-level function's, here).
            guard case .functions(let infos)? = compiler.globalScope.names[name], infos.count == 1 else {
                return report(.unsupported(.ownedCaptureOfName, ownership), at: location)
            }
            return report(.ownershipOfNonClass(ownership, infos[0].type), at: location)
        }
        if case .capture(let index) = referent, resolution.declarations[index].depth != 0 {
            return report(.unsupported(.ownedCaptureOfOuterVariable, ownership), at: location)
        }
        guard let type = type(of: referent, named: name)?.unwrapped, !type.hasError, closedPlaceholder(type) == nil,
              !compiler.mentionsPlaceholder(type), !Self.isClassInstance(type) else { return }
        if compiler.isClassBound(type) {
            report(.unsupported(.ownedCaptureOfNonClass, ownership), at: location)
        } else {
            report(.ownershipOfNonClass(ownership, type), at: location)
        }
    }

    /// Reports a `weak`/`unowned` entry with a value (`[weak d = self.delegate]`) of a type that is no class (swiftc:
    /// `'weak' may only be applied to class and class-bound protocol types, not 'V'`, at the entry's name).
    private func refusedOwnedValue(_ type: CType, isWeak: Bool, at location: SourceLocation) {
        let type = type.unwrapped
        guard !type.hasError, closedPlaceholder(type) == nil, !compiler.mentionsPlaceholder(type) else { return }
        report(.ownershipOfNonClass(isWeak ? "weak" : "unowned", type), at: location)
    }

    /// The type of the name a plain capture-list entry copies (nil: unknown).
    private func copiedType(_ referent: Referent, _ name: String) -> CType? {
        if let index = referent.declaration, accessorDeclarations.contains(index) { return nil }
        switch declarationKind(of: referent) {
        case .function?, .type?, .genericParameter?, .member?: return nil
        default: return type(of: referent, named: name)
        }
    }

    /// The type of the variable a `weak`/`unowned` entry captures by name, when the generator takes it: a stored
    /// variable, constant, parameter or `self` of the function the closure is created in, or of top-level code.
    private func ownedCaptureType(_ referent: Referent, _ name: String) -> CType? {
        switch referent {
        case .local, .global: break
        case .capture(let index) where resolution.declarations[index].depth == 0: break
        case .earlierGlobal:
            guard case .variable(let variable)? = compiler.globalScope.names[name] else { return nil }
            return variable.type
        default: return nil
        }
        guard let index = referent.declaration, !accessorDeclarations.contains(index) else { return nil }
        switch resolution.declarations[index].kind {
        case .constant, .variable, .parameter, .closureParameter, .selfValue, .captureListEntry: return declarationTypes[index]
        default: return nil
        }
    }

    /// Whether `type` is an instance of a declared class (what a `weak`/`unowned` entry captures by name).
    private static func isClassInstance(_ type: CType) -> Bool {
        if case .user(let user) = type { return user.kind == .classType }
        return false
    }
}
