import Diagnostics

extension DefiniteInitialization {
    /// The reads and initializing assignments in `expr`, in evaluation order.
    mutating func expr(_ expr: Expr, _ state: inout State) {
        switch expr.kind {
        case .name(let name):
            if !bareName(name, at: expr.location, &state) { read(name, at: expr.location, &state) }
        case .assign(let op, let target, let value, let location):
            assignment(op, target, value, at: location, &state)
        case .binary(_, let left, let right, _):
            self.expr(left, &state)
            self.expr(right, &state)
        case .prefix(_, let operand), .forceUnwrap(let operand), .optionalChain(let operand), .cast(let operand, _, _),
             .tryExpr(let operand, _):
            self.expr(operand, &state)
        case .inoutArgument(let target):
            if let field = storedPropertyOfSelf(target) {
                readField(field, at: callLocation ?? target.location, state, byReference: true)
                state.definite.insert(field)
            } else if case .name(let name) = target.kind {
                read(name, at: target.location, &state, byReference: true)
                // The callee may assign it; a `var` is initialized afterwards.
                state.definite.insert(name)
            } else {
                self.expr(target, &state)
            }
        case .call(let callee, let arguments):
            call(expr, callee, arguments, &state)
        case .member(let base?, let name, let location):
            if case .name("self") = base.kind, initializing != nil {
                memberOfSelf(name, at: location, base: base.location, &state)
            } else if !memberOfSuper(expr, call: false, state) {  // `super.x` (+NestedFunctions)
                self.expr(base, &state)
            }
        case .member(nil, _, _):
            break
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
            for capture in literal.captures where !bareName(capture.name, at: capture.location, &state) {
                read(capture.name, at: capture.location, &state)
            }
            var inner = state
            inClosure(at: expr.location) { analysis in
                analysis.closureBody(literal.body, parameters: literal.parameters.map(\.name) + literal.captures.map(\.name), &inner)
            }
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .typeReference, .invalid:
            break
        }
    }

    /// An assignment: `=` sets a name, a stored property of `self`, `self` itself or the parts of a tuple; an
    /// operator assignment (`+=`) passes its target by reference.
    private mutating func assignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation,
                                     _ state: inout State) {
        if op == "=", let field = storedPropertyOfSelf(target) {
            self.expr(value, &state)
            assign(field, at: location, &state)
        } else if op == "=", case .name("self") = target.kind, initializing != nil {
            self.expr(value, &state)
            assignSelf(&state)
        } else if op == "=", case .name(let name) = target.kind, tracked[name] == nil,
                  initializing?.properties.contains(name) == true {
            // A setter or an inherited property of `self`, named alone.
            self.expr(value, &state)
            useSelf("property access", name, at: location, state)
        } else if op == "=", case .name(let name) = target.kind {
            self.expr(value, &state)
            assign(name, at: location, &state)
        } else if op == "=", case .tuple = target.kind {
            self.expr(value, &state)
            assignTuple(target, at: location, &state)
        } else if op == "=", case .member(let base?, let name, _) = target.kind, case .name("self") = base.kind,
                  initializing != nil {
            // A setter or an inherited property of `self`.
            self.expr(value, &state)
            useSelf("property access", name, at: location, state)
        } else if op == "=", case .member(let base?, let member, _) = target.kind, let field = storedPropertyOfSelf(base) {
            self.expr(value, &state)
            if storeIntoTupleElement(of: field, member, &state) { return }  // `pos.0 = 1`
            storeIntoMember(of: field, at: location, state)
            state.definite.insert(field)  // swiftc reports the property once: it counts as set from here on
        } else if let field = storedPropertyOfSelf(target) {
            // `x += 1` passes the stored property to the operator by reference.
            readField(field, at: location, state, byReference: true)
            state.definite.insert(field)  // swiftc reports the property once: it counts as set from here on
            self.expr(value, &state)
        } else if case .name(let name) = target.kind {
            // `n += 1` passes `n` to the operator by reference.
            read(name, at: location, &state, byReference: true)
            self.expr(value, &state)
        } else {
            self.expr(target, &state)
            self.expr(value, &state)
        }
    }

    /// A call: `super.init(…)`, a mutating call on a variable or stored property, any other; its arguments in order.
    private mutating func call(_ expr: Expr, _ callee: Expr, _ arguments: [Argument], _ state: inout State) {
        if case .member(let base?, "init", let location) = callee.kind, case .name("super") = base.kind {
            for argument in arguments { self.expr(argument.value, &state) }
            superInit(at: location, &state)
            return
        }
        if case .member(let base?, let method, let location) = callee.kind, let field = storedPropertyOfSelf(base),
           DefiniteInitialization.mutatingMethods.contains(method) {
            // swiftc reports a mutating call on an unset stored property at the method's name.
            readField(field, at: location, state, mutation: true)
            state.definite.insert(field)  // swiftc reports the property once: it counts as set from here on
        } else if case .member(let base?, let method, let location) = callee.kind, case .name(let name) = base.kind,
           tracked[name] != nil, DefiniteInitialization.mutatingMethods.contains(method) {  // (the tables only for a tracked name)
            // swiftc reports a mutating call on an uninitialized variable at the method's name.
            read(name, at: location, &state)
        } else if !memberOfSuper(callee, call: true, state) {  // `super.m()` (+NestedFunctions)
            self.expr(callee, &state)
        }
        let outerCall = callLocation
        callLocation = expr.location
        for argument in arguments { self.expr(argument.value, &state) }
        callLocation = outerCall
        callOfNestedFunction(callee, state)  // `helper()` reading `self` (+NestedFunctions)
    }

    /// `(a, b) = …`: each name or stored property of the tuple is assigned (after the value is evaluated).
    private mutating func assignTuple(_ target: Expr, at location: SourceLocation, _ state: inout State) {
        switch target.kind {
        case .tuple(let elements):
            for element in elements { assignTuple(element.value, at: location, &state) }
        case .name(let name) where storedPropertyOfSelf(target) == nil:
            assign(name, at: location, &state)
        default:
            if let field = storedPropertyOfSelf(target) { assign(field, at: location, &state) } else { expr(target, &state) }
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
