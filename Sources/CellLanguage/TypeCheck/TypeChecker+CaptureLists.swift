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
            declare(capture.name, at: capture.location, resolution.referent(at: capture.location).flatMap { copiedType($0, capture.name) })
        }
        var known = true
        for (name, isWeak, location) in literal.ownedCaptures {
            let captured: CType?, taken: Bool
            if let value = literal.ownedCaptureValues[name] {
                // `[weak d = self.delegate]`: any class-bound value (`Compiler.ownedValueCapture`).
                captured = check(value, expected: nil)
                taken = captured.map { compiler.isClassBound($0.unwrapped) } ?? false
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
