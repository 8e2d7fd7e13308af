import Diagnostics

/// The checker's diagnostics for changes of `let` stored properties (issue 12: the generator no longer checks them),
/// worded and placed as swiftc reports them: `c.k = 1`, `s.k = 1`, `k = 1` or `self.k = 1` in a member body and
/// `T.k = 1` for a static `let` (`cannot assign to property: 'k' is a 'let' constant`, at the property), a compound
/// assignment (`left side of mutating operator isn't mutable: …`, at the operator), an `inout` argument (`&c.k`, at
/// the `&`) and a mutating method called on one (`c.list.append(1)`, at the method's name). A class's or a struct's
/// initializer may set the type's own (not inherited) properties.
extension TypeChecker {
    /// Reports an assignment (`op` at `location`) to a `let` stored property; true when it reported.
    func reportsConstantPropertyTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard let (name, position) = constantProperty(target) else { return false }
        report(op == "=" ? .assignToConstantProperty(name) : .mutatingOperatorOnConstant(name), at: op == "=" ? position : location)
        return true
    }

    /// The `let` stored property `target` names, and where, when the body checked may not set it: a declared class's
    /// or struct's (`c.k`, `s.k`, `k` alone in a member body) or a static one (`T.k`); nil otherwise. A base that names
    /// one is typed, as the generator reads it.
    func constantProperty(_ target: Expr) -> (name: String, location: SourceLocation)? {
        // A generic type's members are checked per specialization (`self` that specialization); other generic bodies (a
        // generic method or initializer, an extension checked per specialization) do not note whether they initialize
        // `self`.
        guard genericSelf != nil || (specialization == nil && conformingSelf == nil), protocolSelf == nil else { return nil }
        switch target.kind {
        case .name(let name):
            guard case .member? = resolution.referent(of: target), let owner = ownSelfType,
                  isConstantProperty(owner, name) else { return nil }
            return (name, target.location)
        case .member(let base?, let name, let nameLocation):
            if case .name("super") = base.kind { return nil }
            if let owner = typeNamed(base) {
                guard owner.staticField(named: name)?.isLet == true else { return nil }
                return (name, nameLocation)
            }
            // `o?.k = 1`, `o!.k = 1`: the optional's payload.
            var value = base, unwraps = false
            if case .optionalChain(let inner) = base.kind { (value, unwraps) = (inner, true) }
            if case .forceUnwrap(let inner) = base.kind { (value, unwraps) = (inner, true) }
            guard onTrial({ check(value, expected: nil) }, keepingIf: { found in
                guard case .user(let owner) = unwraps ? found.unwrapped : found else { return false }
                return self.isConstantProperty(owner, name)
            }) != nil else { return nil }
            return (name, nameLocation)
        default:
            return nil
        }
    }

    /// Whether `name` is a `let` stored property of the class or struct `type` that the body checked may not set: any
    /// but the type's own properties in one of its initializers.
    private func isConstantProperty(_ type: UserType, _ name: String) -> Bool {
        guard type.kind == .classType || type.kind == .structure, let index = type.fieldIndex(name), type.fields[index].isLet
        else { return false }
        let ownProperty = index >= (type.superclass?.fields.count ?? 0)
        return !(ownProperty && bodyContext.initializesSelf && ownSelfType === type)
    }

    /// The type whose members are checked: the declared type, or the specialization of the generic type.
    private var ownSelfType: UserType? {
        if genericSelf != nil, case .user(let type)? = conformingSelf?.type { return type }
        return genericSelf == nil ? selfType : nil
    }
}
