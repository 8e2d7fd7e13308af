import Diagnostics

extension DefiniteInitialization {
    /// `self.c`, or a bare `c` not declared in the initializer, naming a `let` stored property: `"self.c"`.
    private func storedPropertyOfSelf(_ target: Expr) -> String? {
        switch target.kind {
        case .member(let base?, let name, _):
            guard case .name("self") = base.kind, isTracked("self." + name) else { return nil }
            return "self." + name
        case .name(let name):
            guard !isTracked(name), selfFields.contains(name) else { return nil }
            return "self." + name
        default:
            return nil
        }
    }

    /// The reads and initializing assignments in `expr`, in evaluation order.
    mutating func expr(_ expr: Expr, _ state: inout State) {
        switch expr.kind {
        case .name(let name):
            read(name, at: expr.location, &state)
        case .assign(let op, let target, let value, let location):
            if op == "=", let field = storedPropertyOfSelf(target) {
                self.expr(value, &state)
                assign(field, at: location, &state)
            } else if op == "=", case .name(let name) = target.kind {
                self.expr(value, &state)
                assign(name, at: location, &state)
            } else if case .name(let name) = target.kind {
                // `n += 1` passes `n` to the operator by reference.
                read(name, at: location, &state, byReference: true)
                self.expr(value, &state)
            } else {
                self.expr(target, &state)
                self.expr(value, &state)
            }
        case .binary(_, let left, let right, _):
            self.expr(left, &state)
            self.expr(right, &state)
        case .prefix(_, let operand), .forceUnwrap(let operand), .optionalChain(let operand), .cast(let operand, _, _),
             .tryExpr(let operand, _):
            self.expr(operand, &state)
        case .inoutArgument(let target):
            if case .name(let name) = target.kind {
                read(name, at: target.location, &state, byReference: true)
                // The callee may assign it; a `var` is initialized afterwards.
                state.definite.insert(name)
            } else {
                self.expr(target, &state)
            }
        case .call(let callee, let arguments):
            if case .member(let base?, let method, let location) = callee.kind, case .name(let name) = base.kind,
               isTracked(name), DefiniteInitialization.mutatingMethods.contains(method) {
                // swiftc reports a mutating call on an uninitialized variable at the method's name.
                read(name, at: location, &state)
            } else {
                self.expr(callee, &state)
            }
            for argument in arguments { self.expr(argument.value, &state) }
        case .member(let base, _, _):
            if let base { self.expr(base, &state) }
        case .subscriptAccess(let base, let arguments):
            self.expr(base, &state)
            for argument in arguments { self.expr(argument.value, &state) }
        case .array(let elements):
            for element in elements { self.expr(element, &state) }
        case .dictionary(let pairs):
            for (key, value) in pairs {
                self.expr(key, &state)
                self.expr(value, &state)
            }
        case .tuple(let elements):
            for element in elements { self.expr(element.value, &state) }
        case .ternary(let condition, let then, let otherwise):
            self.expr(condition, &state)
            var thenState = state, elseState = state
            self.expr(then, &thenState)
            self.expr(otherwise, &elseState)
            state = thenState.merged(with: elseState)
        case .stringLiteral(let parts):
            for case .interpolation(let inner) in parts { self.expr(inner, &state) }
        case .closure(let literal):
            // A closure captures what it reads when it is created; its capture list's entries are read then.
            for capture in literal.captures { read(capture.name, at: capture.location, &state) }
            var inner = state
            closureBody(literal.body, parameters: literal.parameters.map(\.name) + literal.captures.map(\.name), &inner)
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .typeReference, .invalid:
            break
        }
    }

    /// The names of the built-in types' mutating methods (from their tables).
    static let mutatingMethods: Set<String> = Set(StdlibTables.all.flatMap(\.members).filter { $0.kind == .mutatingMethod }.map(\.name))

    /// The names a binding or case pattern declares.
    static func names(in pattern: BindingPattern) -> [String] {
        switch pattern {
        case .name(let name, _): return [name]
        case .wildcard: return []
        case .tuple(let parts): return parts.flatMap(names(in:))
        }
    }

    /// The names a `case` pattern binds.
    static func names(in pattern: CasePattern) -> [String] {
        switch pattern {
        case .binding(let name, _, _): return [name]
        case .wildcard, .expression: return []
        case .tuple(let parts, _): return parts.flatMap(names(in:))
        case .enumCase(_, let parts, _): return (parts ?? []).flatMap(names(in:))
        case .cast(let inner, _, _): return inner.map(names(in:)) ?? []
        }
    }
}
