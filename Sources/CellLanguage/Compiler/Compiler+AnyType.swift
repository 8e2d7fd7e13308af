import Diagnostics

/// `Any`: the protocol type every value conforms to (`var things: [Any] = [0, "hello", (3.0, 5.0), { … }]`), held as
/// an existential whose tag is the value's concrete type (a tag without witnesses for types that conform to no
/// protocol); and the cast patterns of `switch` (`case let n as Int`, `case is Double`) that read it back.
extension Compiler {
    /// The `Any` protocol type.
    var anyType: UserType { standardProtocol("Any", \.anyType) }

    /// Whether `type` is a protocol type (its values are existentials already).
    static func isProtocolType(_ type: CType) -> Bool {
        if case .user(let userType) = type { return userType.kind == .protocolType }
        return false
    }

    /// The tag of values of `type` held as `Any`: its existential tag, or a tag without witnesses.
    func anyTag(for type: CType) -> ExistentialTag? {
        switch type {
        case .error, .void:
            return nil
        case .user(let userType) where userType.kind == .protocolType:
            return nil
        default:
            if let tag = existentialTag(for: type) { return tag }
            let tag = protocolState.builtinTags[type.description] ?? ExistentialTag(type: type)
            protocolState.builtinTags[type.description] = tag
            return tag
        }
    }

    /// A `case` pattern `p as T` (`inner` nil for `is T`) on a subject of `type`: held as a protocol type, or a class
    /// instance tested for a subclass.
    func compileCastPattern(_ inner: CasePattern?, _ typeExpr: TypeExpr, type: CType,
                            at location: SourceLocation) -> (Frame, Value) throws -> Bool {
        let target = resolveType(typeExpr)
        var test: ((Value) -> Value?)?
        switch type {
        case .user(let held) where held.kind == .protocolType:
            test = existentialTest(to: target)
        case .user(let base) where base.kind == .classType:
            if case .user(let sub) = target, sub.kind == .classType, sub.isSubclass(of: base) {
                test = { Compiler.isInstance($0, of: sub) ? $0 : nil }
            }
        default:
            break
        }
        guard let test, !target.hasError else {
            // Refused by the checker (`TypeChecker.refusesCastPattern`).
            if !target.hasError && !type.hasError { cannotGenerate(at: location) }
            declareBindings(of: inner.map { [$0] } ?? [])
            return { _, _ in false }
        }
        guard let inner else { return { _, value in test(value) != nil } }
        let match = compileCasePattern(inner, type: target)
        return { frame, value in
            guard let concrete = test(value) else { return false }
            return try match(frame, concrete)
        }
    }
}
