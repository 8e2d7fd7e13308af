/// `Any` and `AnyObject` values, collection literals of values converted to their element type, and the cast
/// patterns that read values back out of a protocol type, typed as the generator compiles them (`Compiler+AnyType`,
/// `Compiler.compileCastPattern`).
///
/// `Any` is the standard protocol type every value converts to: a value checked against it keeps its own type (the
/// generator records the value's type and wraps it, `var things: [Any] = []; things.append(0)`), and the checker
/// reports no conversion mistake into it (`isClosed` is false for protocol types).
extension TypeChecker {
    /// The `Any` (or `AnyObject`) protocol type when `name` spells it and the notebook declares no type or alias of
    /// that name.
    func anyType(named name: String) -> CType? {
        guard name == "Any" || name == "AnyObject", compiler.declarations.typeAliases[name] == nil,
              compiler.declarations.userTypes[name] == nil else { return nil }
        return .user(name == "Any" ? compiler.anyType : compiler.anyObjectType)
    }

    /// The contextual type a collection literal is checked with: none where `Any` is expected (the generator infers
    /// `[1, 2, 3]` appended to an `[Any]` as `[Int]`, then wraps it).
    func literalContext(_ expected: CType?) -> CType? {
        guard case .user(let type)? = expected, type === compiler.protocolState.anyType else { return expected }
        return nil
    }

    /// Whether an element of type `found` is held in a collection literal of `element`s as the generator holds it
    /// (`coerce`): the same type, any value but `()` wrapped as `Any`, a subclass's instance upcast, or a declared
    /// type's value wrapped as a protocol it conforms to (`AnyObject`: a class instance).
    func holds(_ found: CType?, as element: CType) -> Bool {
        guard let found else { return false }
        if found == element { return true }
        guard case .user(let target) = element else { return false }
        if target === compiler.protocolState.anyType { return found != .void }
        // An array whose conditional conformance holds (`[d6, d12]` among `[TextRepresentable]` values).
        if case .array = found, target.kind == .protocolType, target !== compiler.protocolState.anyObject,
           protocolType(named: target.name) == element {
            return compiler.conforms(found, to: target)
        }
        guard case .user(let source) = found, source.kind != .protocolType else { return false }
        switch target.kind {
        case .classType:
            return source.kind == .classType && source.isSubclass(of: target)
        case .protocolType:
            guard target === compiler.protocolState.anyObject || protocolType(named: target.name) == element else { return false }
            return compiler.conforms(found, to: target)
        default:
            return false
        }
    }

    /// `case let p as T` (and `case is T`, which binds nothing) on a subject of type `subject`: the inner pattern is
    /// matched against `T` where the generator can test for it (a value held as a protocol type, or a class instance
    /// tested for a subclass); otherwise the pattern is refused (`refusesCastPattern`) and nothing is checked.
    func castPattern(_ inner: CasePattern?, _ typeExpr: TypeExpr, _ subject: CType, at location: SourceLocation) {
        guard let target = resolve(typeExpr), !refusesCastPattern(subject, target, at: location),  // TypeChecker+CastRefusals
              let inner, case .user(let held) = subject else { return }
        switch held.kind {
        case .protocolType:
            guard compiler.existentialTest(to: target) != nil else { return }
        case .classType:
            guard case .user(let sub) = target, sub.kind == .classType, sub.isSubclass(of: held) else { return }
        default:
            return
        }
        casePattern(inner, target)
    }
}
