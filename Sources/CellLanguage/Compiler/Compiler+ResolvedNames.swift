import Diagnostics

/// A declaration, named by its name and position (positions are notebook coordinates, unique across cells).
struct DeclaredLocal: Hashable {
    var name: String
    var location: SourceLocation
}

/// What a `.name` expression refers to, as the compiler needs it: an implicit member (compiled as `self.x` or
/// `T.x`), or what the scopes hold for the name (nil: nothing the notebook declares, a built-in or an unknown name).
enum ResolvedName {
    case member(Expr)
    case binding(Binding?)
}

/// What a `.name` node the compiler wrote (not the resolution's) refers to.
enum SynthesizedName {
    /// The `self` of an implicit member: the resolution's `self` declaration in scope where the member is written.
    case selfDeclaration(Int)
    /// The type name of an implicit static member (nothing in the scopes).
    case typeName
    /// A declaration the compiler makes at a known position (`$0` of an operator used as a function).
    case declared(DeclaredLocal)
}

/// Names are decided by the cell's `Resolution`, not by walking the scope chain: the resolution names the
/// declaration, and `declaredScopes` holds, for each declaration whose scope is open, the scope the compiler
/// declared it in (the binding is that scope's entry for the name, so a function's overloads declared after it
/// are seen). Scopes push their declarations when they declare them and pop them when they close, so when the
/// compiler compiles one declaration more than once (a generic function per specialization, one specialization
/// inside another, a closure typed before it is compiled) the innermost open compilation's variable is the one
/// found. Globals are one access to the global scope's table.
///
/// Names the resolution did not see (nodes synthesized by the compiler, such as the `self` of an implicit member or
/// the `$0` of an operator used as a function) still go through the scope chain; debug builds check that the
/// resolution's answer is the scope chain's.
extension Compiler {
    /// Records that the current scope declares `name` at `location` (for `resolvedName`).
    func noteDeclared(_ name: String, at location: SourceLocation) {
        guard scope.parent != nil else { return }
        let key = DeclaredLocal(name: name, location: location)
        declaredScopes[key, default: []].append(scope)
        scope.declared.append(key)
    }

    /// Closes the current scope: its declarations are no longer found, and `saved` is the scope again.
    func leaveScope(to saved: Scope) {
        for key in scope.declared {
            declaredScopes[key]?.removeLast()
            if declaredScopes[key]?.isEmpty == true { declaredScopes[key] = nil }
        }
        scope.declared = []
        scope = saved
    }

    /// What the `.name` expression `node` (named `name`) refers to, decided by the resolution; nil when the
    /// resolution did not see the node or cannot tell (the scope chain then decides).
    func resolvedName(_ name: String, node: Expr) -> ResolvedName? {
        guard let resolution else { return nil }
        guard let referent = resolution.referent(of: node) else {
            // The `self` (or type name) of an implicit member the compiler wrote for a name the resolution saw.
            switch synthesizedNames[node] {
            case .selfDeclaration(let declaration)?:
                return declaredBinding(declaration, in: resolution).map { ResolvedName.binding($0) }
            case .typeName?:
                return .binding(nil)
            case .declared(let key)?:
                return declaredScopes[key]?.last.map { .binding($0.names[key.name]) }
            case nil:
                return nil
            }
        }
        return resolvedName(name, referent, in: resolution, node: node, at: node.location)
    }

    /// The type of the variable (local, captured or global) the name `node` refers to, as the resolution decides it;
    /// nil for anything else (`TypeChecker.variableType` alike).
    func variableType(_ node: Expr, _ name: String) -> CType? {
        switch resolution?.referent(of: node) {
        case .local?, .capture?, .global?, .earlierGlobal?: break
        default: return nil
        }
        switch resolvedName(name, node: node) {
        case .binding(.variable(let variable)?)?: return variable.type
        case .binding(.accessor(let accessor)?)?: return accessor.type
        default: return nil
        }
    }

    /// `self.name` or `T.name` for an implicit member; its base is remembered as the `self` in scope at `node` (or a
    /// type name), so compiling it takes no scope walk.
    private func implicitMember(_ name: String, node: Expr?, in resolution: Resolution, at location: SourceLocation) -> Expr? {
        guard let member = selfMemberExpr(name, at: location) else { return nil }
        if let node, case .member(let base?, _, _) = member.kind, case .name(let baseName) = base.kind {
            if baseName != "self" {
                synthesizedNames[base] = .typeName
            } else if let declaration = resolution.selfOfUse[node] {
                synthesizedNames[base] = .selfDeclaration(declaration)
            }
        }
        return member
    }

    /// The binding of a name written outside an expression at `location` (a capture-list entry): the resolution's
    /// answer, or the scope chain's when the resolution did not see it; nil for members and undeclared names.
    func nameBinding(_ name: String, at location: SourceLocation) -> Binding? {
        let resolved = resolution.flatMap { resolution in
            resolution.referent(at: location).flatMap { resolvedName(name, $0, in: resolution, node: nil, at: location) }
        }
        switch resolved ?? scopeName(name, at: location) {
        case .member: return nil
        case .binding(let binding): return binding
        }
    }

    private func resolvedName(_ name: String, _ referent: Referent, in resolution: Resolution, node: Expr?,
                              at location: SourceLocation) -> ResolvedName? {
        let answer: ResolvedName?
        switch referent {
        case .member:
            answer = implicitMember(name, node: node, in: resolution, at: location).map(ResolvedName.member)
        case .local(let index), .capture(let index):
            answer = declaredBinding(index, in: resolution).map { ResolvedName.binding($0) }
        case .global(let index):
            answer = .binding(declaredBinding(index, in: resolution) ?? globalScope.names[name])
        case .earlierGlobal:
            answer = .binding(globalScope.names[name])
        case .builtin, .unresolved:
            // A member the resolver does not know (of a built-in type's extension, a protocol's default member).
            answer = implicitMember(name, node: node, in: resolution, at: location).map(ResolvedName.member) ?? .binding(nil)
        }
        if let answer { assert(agreesWithScopes(answer, name, at: location), "the resolution's \(name) at \(location) is not the scopes' (the resolution: \(referent), \(answer); the scopes: \(scopeName(name, at: location)))") }
        return answer
    }

    /// The binding of the declaration `index` in its innermost open compilation, nil when none is open.
    private func declaredBinding(_ index: Int, in resolution: Resolution) -> Binding? {
        let declaration = resolution.declarations[index]
        var location = declaration.location
        // The compiler declares a closure's parameters (and `$0`…) at the closure's position.
        if declaration.kind == .closureParameter, let function = declaration.function {
            location = resolution.functions[function].location
        }
        if let declaring = declaredScopes[DeclaredLocal(name: declaration.name, location: location)]?.last {
            return declaring.names[declaration.name]
        }
        // A capture-list entry `[x]` of a constant reads the name it copies (a `weak`/`unowned` one is declared).
        if declaration.kind == .captureListEntry, let copied = resolution.referent(at: declaration.location) {
            switch copied {
            case .local(let outer), .capture(let outer): return declaredBinding(outer, in: resolution)
            case .global(let outer): return declaredBinding(outer, in: resolution) ?? globalScope.names[declaration.name]
            case .earlierGlobal: return globalScope.names[declaration.name]
            default: return nil
            }
        }
        return nil
    }

    /// What the scope chain answers for `name` (names the resolution did not see; `Scope.walks` counts these).
    func scopeName(_ name: String, at location: SourceLocation) -> ResolvedName {
        if let member = implicitSelfMember(name, at: location) { return .member(member) }
        return .binding(scope.lookup(name))
    }

    /// The binding the name of `node` refers to (nil for members and for what the notebook does not declare).
    func nameBinding(_ name: String, node: Expr) -> Binding? {
        switch resolvedName(name, node: node) ?? scopeName(name, at: node.location) {
        case .member: return nil
        case .binding(let binding): return binding
        }
    }

    /// Whether the scope chain gives the same answer (the check of debug builds; not counted as walks).
    private func agreesWithScopes(_ answer: ResolvedName, _ name: String, at location: SourceLocation) -> Bool {
        scope.walks.paused = true
        defer { scope.walks.paused = false }
        switch (answer, scopeName(name, at: location)) {
        case (.member, .member): return true
        case (.binding(let mine), .binding(let theirs)): return Self.same(mine, theirs)
        default: return false
        }
    }

    private static func same(_ first: Binding?, _ second: Binding?) -> Bool {
        switch (first, second) {
        case (nil, nil): return true
        case (.variable(let a)?, .variable(let b)?): return a === b
        case (.accessor(let a)?, .accessor(let b)?): return a === b
        case (.functions(let a)?, .functions(let b)?): return a.count == b.count && zip(a, b).allSatisfy { $0 === $1 }
        default: return false
        }
    }
}
