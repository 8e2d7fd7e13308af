extension FactsAnalyzer {
    // MARK: Names

    /// Whether `name`, at this point of the walk, refers to a top-level name rather than a local.
    func isGlobal(_ name: String) -> Bool {
        if name.hasPrefix("$") || scopes.contains(where: { $0.contains(name) }) { return false }
        return topLevel.contains(name) || known.contains(name)
    }

    /// Records a read of `name` (when global) and everything using it may do.
    mutating func read(_ name: String) {
        guard isGlobal(name) else { return }
        effects.reads.insert(name)
        if let hidden = latent[name] {
            effects.formUnion(hidden)
            carried.formUnion(hidden)
        }
    }

    /// Records a write of `name` (when global).
    mutating func write(_ name: String) {
        guard isGlobal(name) else { return }
        effects.writes.insert(name)
    }

    /// The variable an assignment target, receiver or argument starts from: `a` in `a.b[i].c`.
    static func root(of expr: Expr) -> String? {
        switch expr.kind {
        case .name(let name): return name
        case .member(let base?, _, _): return root(of: base)
        case .subscriptAccess(let base, _), .forceUnwrap(let base), .optionalChain(let base): return root(of: base)
        default: return nil
        }
    }

    // MARK: Expressions

    mutating func expr(_ expr: Expr) {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .invalid:
            break
        case .stringLiteral(let parts):
            for case .interpolation(let value) in parts { self.expr(value) }
        case .name(let name):
            read(name)
        case .typeReference(let type):
            typeExpr(type)
        case .binary(_, let left, let right, _):
            self.expr(left)
            self.expr(right)
        case .assign(let op, let target, let value, _):
            let valueEffects = carriedEffects { $0.expr(value) }
            place(target, alsoRead: op != "=")
            if let root = Self.root(of: target), isGlobal(root) {
                assignments.append((root, globalsMentioned(in: value)))
                addLatent(valueEffects, to: root)
            }
        case .prefix(_, let operand):
            self.expr(operand)
        case .call(let callee, let arguments):
            call(callee, arguments)
        case .member(let base, _, _):
            if let base { self.expr(base) }
        case .subscriptAccess(let base, let arguments):
            self.expr(base)
            for argument in arguments { self.expr(argument.value) }
        case .array(let items):
            items.forEach { self.expr($0) }
        case .dictionary(let pairs):
            for (key, value) in pairs {
                self.expr(key)
                self.expr(value)
            }
        case .tuple(let arguments):
            for argument in arguments { self.expr(argument.value) }
        case .closure(let closure):
            var names = Set(closure.parameters.map(\.name))
            names.formUnion((0..<closure.anonymousCount).map { "$\($0)" })
            scopes.append(names)
            closure.parameters.compactMap(\.type).forEach { typeExpr($0) }
            if let result = closure.returnType { typeExpr(result) }
            let body = gathering { $0.block(closure.body) }
            carried.formUnion(body)
            scopes.removeLast()
        case .ternary(let condition, let whenTrue, let whenFalse):
            self.expr(condition)
            self.expr(whenTrue)
            self.expr(whenFalse)
        case .forceUnwrap(let value), .optionalChain(let value), .tryExpr(let value, _):
            self.expr(value)
        case .cast(let value, let type, _):
            self.expr(value)
            typeExpr(type)
        case .inoutArgument(let target):
            place(target, alsoRead: true)
        }
    }

    /// A target that is written (`x = …`, `x[i] += …`, `&x`): its root is written; the indices and bases are read.
    private mutating func place(_ target: Expr, alsoRead: Bool) {
        switch target.kind {
        case .name(let name):
            if alsoRead { read(name) }
            write(name)
        case .member(let base?, _, _):
            place(base, alsoRead: true)
        case .subscriptAccess(let base, let arguments):
            for argument in arguments { expr(argument.value) }
            place(base, alsoRead: true)
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
        case .name(let name) where !isGlobal(name):
            noteNative(name, arguments)
            argumentsMayBeChanged = !Self.readOnlyFunctions.contains(name)
            read(name)
        case .name(let name):
            read(name)
            // Calling a closure held in a global may change what it captured.
            if mayHoldReferences(name) { write(name) }
        case .member(let base?, let method, _):
            expr(base)
            if Self.randomMembers.contains(method) { usesRandomness = true }
            if let root = Self.root(of: base), isGlobal(root),
               mayHoldReferences(root) || !StdlibTables.nonMutatingMemberNames.contains(method) {
                write(root)
            }
        default:
            expr(callee)
        }
        for argument in arguments {
            if argument.label == "seed" { usesRandomness = true }
            expr(argument.value)
            if argumentsMayBeChanged, let root = Self.root(of: argument.value), isGlobal(root), mayHoldReferences(root) {
                write(root)
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

    func typeNames(_ type: TypeExpr) -> [String] {
        switch type {
        case .named(let name, _): return [name]
        case .array(let element), .set(let element), .optional(let element), .implicitlyUnwrapped(let element):
            return typeNames(element)
        case .dictionary(let key, let value): return typeNames(key) + typeNames(value)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return parameters.flatMap(typeNames) + typeNames(result)
        case .tuple(_, let elements): return elements.flatMap(typeNames)
        }
    }

    /// Records the user types a type annotation names.
    mutating func typeExpr(_ type: TypeExpr) {
        for name in typeNames(type) { read(name) }
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
        case .tuple(let items): return items.reduce(into: Set<String>()) { $0.formUnion(casePatternNames($1)) }
        case .enumCase(_, let items, _):
            return (items ?? []).reduce(into: Set<String>()) { $0.formUnion(casePatternNames($1)) }
        case .cast(let inner, _, _): return inner.map(casePatternNames) ?? []
        }
    }

    static func conditionNames(_ condition: Condition) -> [String] {
        switch condition {
        case .expression: return []
        case .optionalBinding(_, let name, _, _, _): return [name]
        case .pattern(let pattern, _, _): return Array(casePatternNames(pattern))
        }
    }
}
