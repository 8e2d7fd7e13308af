import Diagnostics

extension Compiler {
    /// `a[f()] = g()`, `counts[f()] += 1`, `d[k(), default: 0] += 1`, `grid[g()][f()] += 5`: as in Swift, each
    /// subscript argument of the target that calls a function is evaluated exactly once, left to right (outer
    /// subscripts first), before the right side; the read and the write of a compound assignment then use those
    /// values. Nil when the target has no such argument (the usual, faster paths apply).
    func compileAssignmentWithHoistedIndices(_ op: String, _ target: Expr, _ value: Expr,
                                             at location: SourceLocation) -> Typed? {
        guard !Compiler.containsOptionalChain(target), hasCallingIndex(target) else { return nil }
        return withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            guard let rewritten = hoistingIndices(target, into: &stores) else { return .invalid }
            noteSynthesized(rewritten, from: target)
            return compileAssignment(op, rewritten, value, at: location).prefixed(by: stores)
        }
    }

    /// `xs[f()].append(g())`, `bump(&a[f()], by: g())`: the receiver's and the `inout` arguments' calling subscript
    /// arguments are evaluated once, before the call's other arguments (so the receiver's come first, as in Swift),
    /// instead of once for reading and once for writing back. Nil when no receiver or `inout` target needs it.
    func compileCallWithHoistedPlaces(_ call: Expr, expected: CType?) -> Typed? {
        guard case .call(let callee, var arguments) = call.kind else { return nil }
        var receiverNeedsIt = false
        if case .member(let base?, _, _) = callee.kind { receiverNeedsIt = hasCallingIndex(base) }
        let inoutNeedsIt = arguments.contains {
            if case .inoutArgument(let target) = $0.value.kind { return hasCallingIndex(target) }
            return false
        }
        guard receiverNeedsIt || inoutNeedsIt else { return nil }
        return withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            var newCallee = callee
            if receiverNeedsIt, case .member(let base?, let name, let location) = callee.kind {
                guard let newBase = hoistingIndices(base, into: &stores) else { return .invalid }
                newCallee = Compiler.copy(callee, kind: .member(newBase, name, location))
            }
            // Arguments before the last such `inout` target are evaluated in order too: a plain argument that calls a
            // function is kept in a hidden constant before the next target's index is evaluated.
            let lastInout = arguments.indices.last { index in
                if case .inoutArgument(let target) = arguments[index].value.kind { return hasCallingIndex(target) }
                return false
            } ?? -1
            for index in arguments.indices {
                let value = arguments[index].value
                if case .inoutArgument(let target) = value.kind {
                    guard hasCallingIndex(target) else { continue }
                    guard let newTarget = hoistingIndices(target, into: &stores) else { return .invalid }
                    arguments[index].value = Compiler.copy(value, kind: .inoutArgument(newTarget))
                } else if index < lastInout, Compiler.containsCall(value), !Compiler.needsContext(value) {
                    let typed = compileExpr(value, expected: nil)
                    if typed.type.hasError { return .invalid }
                    let hidden = declareVariable("$argument\(stores.count)", type: typed.type, isLet: true, at: value.location)
                    stores.append(store(hidden, typed))
                    arguments[index].value = Expr(.name(hidden.name), at: value.location)
                }
            }
            let rewritten = Compiler.copy(call, kind: .call(newCallee, arguments))
            noteSynthesized(rewritten, from: call)
            let typed = compileExpr(rewritten, expected: expected)
            return typed.prefixed(by: stores)
        }
    }

    /// Whether a subscript argument somewhere along the target's chain calls a function (or assigns), or the chain
    /// starts from a call that returns a class instance (`make().items[0] += 1` evaluates `make()` once).
    func hasCallingIndex(_ target: Expr) -> Bool {
        switch target.kind {
        case .subscriptAccess(let base, let arguments):
            return arguments.contains { Compiler.containsCall($0.value) } || hasCallingIndex(base)
        case .member(let base?, _, _):
            // The checker's type (`checkerType`): decides whether the target's parts are hoisted, before any of it compiles.
            if case .call = base.kind, case .user(let type) = checkerType(base), type.kind == .classType {
                return true
            }
            return hasCallingIndex(base)
        case .forceUnwrap(let base), .optionalChain(let base):
            return hasCallingIndex(base)
        default:
            return false
        }
    }

    /// Whether `expr` takes its type from where it is used (a closure, a literal collection or `nil`), so it cannot be
    /// evaluated on its own ahead of the call.
    static func needsContext(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .closure, .array, .dictionary, .nilLiteral, .intLiteral, .floatLiteral, .member(nil, _, _): return true
        case .tuple(let items): return items.contains { needsContext($0.value) }
        default: return false
        }
    }

    /// Whether evaluating `expr` may call a function, run a closure or assign.
    static func containsCall(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .call, .assign, .closure, .inoutArgument: return true
        case .binary(_, let left, let right, _): return containsCall(left) || containsCall(right)
        case .prefix(_, let operand), .forceUnwrap(let operand), .optionalChain(let operand), .cast(let operand, _, _),
             .tryExpr(let operand, _):
            return containsCall(operand)
        case .member(let base?, _, _): return containsCall(base)
        case .subscriptAccess(let base, let arguments):
            return containsCall(base) || arguments.contains { containsCall($0.value) }
        case .ternary(let condition, let whenTrue, let whenFalse):
            return containsCall(condition) || containsCall(whenTrue) || containsCall(whenFalse)
        case .array(let items): return items.contains(where: containsCall)
        case .tuple(let items): return items.contains { containsCall($0.value) }
        case .dictionary(let pairs): return pairs.contains { containsCall($0.0) || containsCall($0.1) }
        case .stringLiteral(let parts):
            return parts.contains { if case .interpolation(let inner) = $0 { return containsCall(inner) } else { return false } }
        default: return false
        }
    }

    /// `shapes[.circle(radius: 1)] = 3`: the key type of a dictionary `base` an implicit member call (`argument`)
    /// takes its type from; nil otherwise.
    private func implicitMemberKeyType(_ argument: Expr, of base: Expr) -> CType? {
        guard case .call(let callee, _) = argument.kind, case .member(nil, _, _) = callee.kind,
              case .dictionary(let key, _) = checkerType(base) else { return nil }
        return key
    }

    /// The target with every calling subscript argument replaced by a hidden constant, declared in the current
    /// scope; `stores` receives the code that evaluates them, in Swift's order. Nil after an error.
    /// Nodes at and below `stop` are left as they are.
    func hoistingIndices(_ target: Expr, into stores: inout [(Frame) throws -> Void], stoppingAt stop: Expr? = nil) -> Expr? {
        if target === stop { return target }
        switch target.kind {
        case .subscriptAccess(let base, var arguments):
            guard let newBase = hoistingIndices(base, into: &stores, stoppingAt: stop) else { return nil }
            for index in arguments.indices where Compiler.containsCall(arguments[index].value) {
                var argument = arguments[index].value
                // `s[s.index(after: i)...]`: a one-sided range is no value of its own; its bound is what is evaluated.
                let oneSided = Compiler.oneSidedRange(argument)
                if let (_, bound) = oneSided { argument = bound }
                let typed = compileExpr(argument, expected: implicitMemberKeyType(argument, of: newBase))
                if typed.type.hasError { return nil }
                // Named after its position: a nested hoisting (after an optional chain's link) must not shadow an outer one.
                let name = "$index\(argument.location.line).\(argument.location.column)"
                let hidden = declareVariable(name, type: typed.type, isLet: true, at: argument.location)
                stores.append(store(hidden, typed))
                let read = Expr(.name(hidden.name), at: argument.location)
                if let (op, _) = oneSided {
                    arguments[index].value = Compiler.copy(arguments[index].value, kind: .prefix(op, read))
                } else {
                    arguments[index].value = read
                }
            }
            return Compiler.copy(target, kind: .subscriptAccess(newBase, arguments))
        case .member(let base?, let name, let location):
            if case .call = base.kind, let typed = compileIf(base, typeFits: Compiler.isClassInstance) {
                // The object a call returns is evaluated once; the hidden constant refers to the same instance.
                let hidden = declareVariable("$receiver\(stores.count)", type: typed.type, isLet: true, at: base.location)
                stores.append(store(hidden, typed))
                return Compiler.copy(target, kind: .member(Expr(.name(hidden.name), at: base.location), name, location))
            }
            guard let newBase = hoistingIndices(base, into: &stores, stoppingAt: stop) else { return nil }
            return Compiler.copy(target, kind: .member(newBase, name, location))
        case .forceUnwrap(let base):
            guard let newBase = hoistingIndices(base, into: &stores, stoppingAt: stop) else { return nil }
            return Compiler.copy(target, kind: .forceUnwrap(newBase))
        case .optionalChain(let base):
            if case .call = base.kind, let typed = compileIf(base, typeFits: Compiler.isOptionalClassInstance) {
                // `make()?.x = g()`: the optional object the call returns is evaluated once, before the right side.
                let hidden = declareVariable("$chain\(stores.count)", type: typed.type, isLet: true, at: base.location)
                stores.append(store(hidden, typed))
                return Compiler.copy(target, kind: .optionalChain(Expr(.name(hidden.name), at: base.location)))
            }
            guard let newBase = hoistingIndices(base, into: &stores, stoppingAt: stop) else { return nil }
            return Compiler.copy(target, kind: .optionalChain(newBase))
        default:
            return target
        }
    }

    /// A new node with `kind` at the position of `expr` (opening and closing positions kept).
    static func copy(_ expr: Expr, kind: Expr.Kind) -> Expr {
        let node = Expr(kind, at: expr.location)
        node.openingLocation = expr.openingLocation
        node.closingLocation = expr.closingLocation
        return node
    }
}
