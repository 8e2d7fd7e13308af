/// Whether an inherited static method's body may depend on the class it is called through (`Dog.make()` for
/// `static func make()` declared in `Animal`, where a class between overrides `class func kind()`): in Swift, such a
/// body dispatches on the subclass (`kind()`, `Self`, `self`), which nbrun's static bodies do not; a body that reaches
/// none of the overridden members runs as its declaring class's (`UserType.inheritedStaticMethods`).
extension Compiler {
    /// Whether a body of `methods` (static methods of `owner`), or of a static member of `owner` or its superclasses
    /// they name, mentions `self`, `Self` or one of `overridden`; true when a body is not found.
    func staticBodiesReach(_ owner: UserType, _ methods: [FunctionInfo], _ overridden: Set<String>) -> Bool {
        let ancestors = owner.selfAndSuperclasses
        let staticNames = Set(ancestors.flatMap { Array($0.staticMethods.keys) })
        var pending = methods, seen = IdentitySet<FunctionInfo>()
        while let info = pending.popLast() {
            guard seen.insert(info).inserted else { continue }
            guard let decl = declaration(of: info) else { return true }
            var mentioned = Self.namesMentioned(in: decl.body)
            decl.returnType?.forEachName { name, _ in mentioned.insert(name) }
            if !mentioned.isDisjoint(with: overridden.union(["self", "Self"])) { return true }
            for name in mentioned.intersection(staticNames) {
                pending += ancestors.flatMap { $0.staticMethods[name] ?? [] }
            }
        }
        return false
    }

    /// The declaration whose function `info` is (a method of a type); nil when none is known.
    private func declaration(of info: FunctionInfo) -> FunctionDecl? {
        declarations.functionInfos.keys.first { declarations.functionInfos[$0] === info }
    }

    /// The names and member names `body` mentions, closures and nested functions included.
    private static func namesMentioned(in body: [Stmt]) -> Set<String> {
        var names = Set<String>()
        var walk = SyntaxWalk()
        walk.expression = { expr in
            switch expr.kind {
            case .name(let name): names.insert(name)
            case .member(_, let name, _): names.insert(name)
            case .typeReference(let type): type.forEachName { name, _ in names.insert(name) }
            default: break
            }
        }
        walk.walk(body)
        return names
    }
}
