extension FactsAnalyzer {
    // MARK: Names

    /// Records a read of the name `expr` (when the resolution says it is global) and everything using it may do.
    mutating func read(_ expr: Expr, _ name: String) {
        readGlobal(name, isGlobal: resolution.isGlobal(expr))
    }

    /// Records a read of a global (a no-op for locals) and the latent effects of using it.
    mutating func readGlobal(_ name: String, isGlobal: Bool) {
        guard isGlobal else { return }
        effects.reads.insert(name)
        if let hidden = latent[name] {
            effects.formUnion(hidden)
            carried.formUnion(hidden)
        }
    }

    /// Records a read of the types an extension gave a member named `name` (see `extensionMembers`).
    mutating func readExtensionMember(_ name: String) {
        guard let types = extensionMembers[name] else { return }
        for type in types.sorted() { readGlobal(type, isGlobal: true) }
    }

    /// Records a write of the name `expr` (when global).
    mutating func write(_ expr: Expr, _ name: String) {
        guard resolution.isGlobal(expr) else { return }
        effects.writes.insert(name)
    }

    /// The variable an assignment target, receiver or argument starts from (`a` in `a.b[i].c`), with its node.
    static func root(of expr: Expr) -> (name: String, node: Expr)? {
        switch expr.kind {
        case .name(let name): return (name, expr)
        case .member(let base?, _, _): return root(of: base)
        case .subscriptAccess(let base, _), .forceUnwrap(let base), .optionalChain(let base): return root(of: base)
        default: return nil
        }
    }

    /// The global an assignment target, receiver or argument starts from, nil when it starts from a local.
    func globalRoot(of expr: Expr) -> String? {
        guard let root = Self.root(of: expr), resolution.isGlobal(root.node) else { return nil }
        return root.name
    }

    // MARK: Expressions

    mutating func expr(_ expr: Expr) {
        switch expr.kind {
        case .name(let name):
            read(expr, name)
        case .typeReference(let type):
            typeExpr(type)
        case .assign(let op, let target, let value, _):
            let valueEffects = carriedEffects { $0.expr(value) }
            place(target, alsoRead: op != "=")
            if let root = globalRoot(of: target) {
                assignments.append((root, globalsMentioned(in: value)))
                addLatent(valueEffects, to: root)
            }
        case .call(let callee, let arguments):
            call(callee, arguments)
        case .member(_, let name, _):
            expr.forEachChild { self.expr($0) }
            readExtensionMember(name)
        case .subscriptAccess:
            expr.forEachChild { self.expr($0) }
            readExtensionMember("subscript")
        case .closure(let closure):
            closure.parameters.compactMap(\.type).forEach { typeExpr($0) }
            if let result = closure.returnType { typeExpr(result) }
            let body = gathering { $0.block(closure.body) }
            carried.formUnion(body)
        case .cast(let value, let type, _):
            self.expr(value)
            typeExpr(type)
        case .inoutArgument(let target):
            place(target, alsoRead: true)
        default:
            expr.forEachChild { self.expr($0) }
        }
    }

    /// A target that is written (`x = …`, `x[i] += …`, `&x`): its root is written; the indices and bases are read.
    private mutating func place(_ target: Expr, alsoRead: Bool) {
        switch target.kind {
        case .name(let name):
            if alsoRead { read(target, name) }
            write(target, name)
        case .member(let base?, let name, _):
            place(base, alsoRead: true)
            readExtensionMember(name)
        case .subscriptAccess(let base, let arguments):
            for argument in arguments { expr(argument.value) }
            place(base, alsoRead: true)
            readExtensionMember("subscript")
        case .forceUnwrap(let base), .optionalChain(let base):
            place(base, alsoRead: true)
        case .tuple(let items):
            for item in items { place(item.value, alsoRead: alsoRead) }
        default:
            expr(target)
        }
    }

    private mutating func call(_ callee: Expr, _ arguments: [Argument]) {
        var argumentsMayBeChanged = true
        switch callee.kind {
        case .name(let name) where !resolution.isGlobal(callee):
            noteNative(name, arguments)
            argumentsMayBeChanged = !Self.readOnlyFunctions.contains(name)
            read(callee, name)
        case .name(let name):
            read(callee, name)
            // Calling a closure held in a global may change what it captured.
            if mayHoldReferences(name) { effects.writes.insert(name) }
        case .member(let base?, let method, _):
            expr(base)
            readExtensionMember(method)
            if Self.randomMembers.contains(method) { usesRandomness = true }
            if let root = globalRoot(of: base),
               mayHoldReferences(root) || !StdlibTables.nonMutatingMemberNames.contains(method) {
                effects.writes.insert(root)
            }
        default:
            expr(callee)
        }
        for argument in arguments {
            if argument.label == "seed" { usesRandomness = true }
            expr(argument.value)
            if argumentsMayBeChanged, let root = globalRoot(of: argument.value), mayHoldReferences(root) {
                effects.writes.insert(root)
            }
        }
    }

    /// Notes the calls of built-ins that later layers care about (controls, figures, course text, randomness).
    private mutating func noteNative(_ name: String, _ arguments: [Argument]) {
        switch name {
        case "slider", "choice", "toggle":
            if case .stringLiteral(let parts)? = arguments.first?.value.kind, parts.count <= 1 {
                var text = ""
                for case .text(let piece) in parts { text += piece }
                controls.insert(text)
            }
        case "show": draws = true
        case "courseText": readsCourseText = true
        case "Random": usesRandomness = true
        default: break
        }
    }

    /// Records the user types a type annotation names (each resolved at its position).
    mutating func typeExpr(_ type: TypeExpr) {
        type.forEachName { name, location in readGlobal(name, isGlobal: resolution.isGlobal(at: location)) }
    }

    /// The globals an expression reads, without recording anything.
    func globalsMentioned(in value: Expr) -> Set<String> {
        var probe = self
        probe.effects = GlobalEffects()
        probe.expr(value)
        return probe.effects.reads
    }

    // MARK: Patterns

    static func patternNames(_ pattern: BindingPattern) -> Set<String> {
        switch pattern {
        case .name(let name, _): return [name]
        case .wildcard: return []
        case .tuple(let items): return items.reduce(into: Set<String>()) { $0.formUnion(patternNames($1)) }
        }
    }

    static func casePatternNames(_ pattern: CasePattern) -> Set<String> {
        switch pattern {
        case .binding(let name, _, _): return [name]
        case .wildcard, .expression: return []
        case .tuple(let items, _): return items.reduce(into: Set<String>()) { $0.formUnion(casePatternNames($1)) }
        case .enumCase(_, let items, _):
            return (items ?? []).reduce(into: Set<String>()) { $0.formUnion(casePatternNames($1)) }
        case .cast(let inner, _, _): return inner.map(casePatternNames) ?? []
        }
    }
}
