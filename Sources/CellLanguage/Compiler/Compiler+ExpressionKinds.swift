import Diagnostics

/// The expression kinds `compileExprUnrecorded` compiles in more than a few lines, one function each.
extension Compiler {

    /// `operand as Type` (and `as?`, `as!`, `is`).
    func compileCast(_ expr: Expr, _ operand: Expr, _ typeExpr: TypeExpr, _ op: String, expected: CType?) -> Typed {
        if op != "as" { return compileTypeCast(operand, typeExpr, op, at: expr.location) }
        if case .named("Any", _) = typeExpr {
            // `x as Any` (to silence swiftc's optional-to-Any warning in print) keeps the value as is.
            return compileExpr(operand, expected: nil)
        }
        let type = resolveType(typeExpr)
        let typed = compileExpr(operand, expected: type)
        if let upcast = classUpcast(typed, to: type) { return upcast }
        // `Square() as Shape`: the value held as a protocol it conforms to.
        if let existential = existentialCoercion(typed, to: type) { return existential }
        if case .optional(let wrapped) = type, wrapped == typed.type { return Typed(type: type, code: .value(typed.value)) }
        return Typed(type: type, code: typed.code)
    }

    /// `operand?`: a link of an optional chain (a nil stops the chain).
    func compileOptionalChainLink(_ expr: Expr, _ operand: Expr, expected: CType?) -> Typed {
        let typed = compileExpr(operand, expected: nil)
        guard case .optional(let wrapped) = typed.type else { return typed }  // the checker's mistake
        let code = typed.value
        return Typed.fromValue(wrapped) { frame in
            let value = try code(frame)
            if case .none = value { throw OptionalChainNil() }
            return value
        }
    }

    /// `operand!`.
    func compileForceUnwrap(_ expr: Expr, _ operand: Expr, expected: CType?) -> Typed {
        if Compiler.isInitializerDelegation(operand) { return compileForcedDelegation(operand, expected: expected, at: expr.location) }
        let typed = compileExpr(operand, expected: expected.map { .optional($0) })
        guard case .optional(let wrapped) = typed.type else { return typed }  // the checker's mistake
        let code = typed.value
        let location = expr.location
        let message = implicitUnwraps.contains(expr)
            ? "unexpectedly found nil while implicitly unwrapping an Optional value"
            : "unexpectedly found nil while unwrapping an Optional value"
        return Typed.fromValue(wrapped) { frame in
            let value = try code(frame)
            if case .none = value {
                throw RuntimeError(message: message, location: location)
            }
            return value
        }
    }

    /// A closure literal, with the parameter and result types the context expects.
    func compileClosureExpr(_ expr: Expr, _ literal: ClosureLiteral, expected: CType?) -> Typed {
        // A closure where an optional function is expected (`handlers["square"] = { $0 * $0 }`) gets its types too.
        if case .function(let parameters, let result)? = expected?.unwrapped {
            return compileClosure(literal, parameterHints: parameters, returnHint: result, at: expr.location,
                                  rethrowsThrough: errorHandling.rethrowingArguments.contains(expr))
        }
        if case .throwingFunction(let parameters, let result)? = expected?.unwrapped {
            return compileClosure(literal, parameterHints: parameters, returnHint: result, at: expr.location, throwing: true)
        }
        // Without a context, a closure an error leaves is a throwing one (`let c = { try f() }`), as the checker found it.
        return compileClosure(literal, parameterHints: nil, returnHint: nil, at: expr.location,
                              throwing: literal.isThrowing || (expected == nil && checkedClosureThrows(expr) == true))
    }

    /// An array literal (or a set literal, when a set is expected).
    func compileArrayExpr(_ expr: Expr, _ elements: [Expr], expected: CType?) -> Typed {
        // `let s: Set<P> = []` with P not Hashable: the annotation was reported, the empty literal is not.
        if elements.isEmpty, expected == .error { return .invalid }
        if case .set(let element)? = expected?.unwrapped {
            // `let s: Set = [1, 2]` leaves the element type to the literal.
            let array = compileArrayLiteral(elements, expected: element == .error ? nil : .array(element), at: expr.location)
            guard case .array(let actual) = array.type else { return .invalid }
            let code = array.value, keying = keyFunction(for: actual)
            return Typed(type: .set(actual), code: .value { Compiler.makeSet(try code($0).arrayValue, keying: keying) })
        }
        return compileArrayLiteral(elements, expected: expected, at: expr.location, variadic: expr.isVariadicGroup, literal: expr)
    }

    /// A call expression, with the positions its diagnostics need.
    func compileCallExpr(_ expr: Expr, _ callee: Expr, _ arguments: [Argument], expected: CType?) -> Typed {
        if let checked = checkedCallee(callee, arguments, expected: expected, at: expr.location) { return checked }
        if let hoisted = compileCallWithHoistedPlaces(expr, expected: expected) { return hoisted }
        return compileCall(callee, arguments, expected: expected, at: expr.location)
    }

    /// A string literal (or a character, unicode scalar or substring literal, when one is expected).
    func compileStringLiteral(_ expr: Expr, _ parts: [StringPart], expected: CType?) -> Typed {
        if expected?.unwrapped == .unicodeScalar, let scalar = unicodeScalarLiteral(parts, at: expr.location) { return scalar }
        if expected?.unwrapped == .character, parts.count <= 1 {
            var text = ""
            if case .text(let literal)? = parts.first { text = literal }
            if text.count == 1 {
                return Typed(type: .character, code: .value { _ in .string(text) })
            }
            cannotGenerate(at: expr.location)  // no Character: the checker's mistake
            return .invalid
        }
        if expected?.unwrapped == .substring { return substringLiteral(parts) }
        return compileString(parts)
    }

    /// An integer literal (a `Double` or fixed-width integer when one is expected).
    func compileIntLiteral(_ expr: Expr, _ value: Int, expected: CType?) -> Typed {
        if let large = expr.largeLiteral { return largeLiteral(value, large, expected: expected, at: expr.location) }
        if case .integer(let kind)? = expected?.unwrapped { return integerLiteral(value, kind, at: expr.location) }
        if let placeholder = placeholderIntegerLiteral(expected: expected, at: expr.location) { return placeholder }
        if expected == .double || expected == .optional(.double) {
            noteResolution(.literal(.double))
            let double = Double(value)
            return Typed(type: .double, code: .double { _ in double }, operand: .constant(Compiler.bits(double)))
        }
        return Typed(type: .int, code: .int { _ in value }, operand: .constant(value))
    }

    /// The outermost expression of an optional chain (`a?.b.c()`): a nil anywhere in the chain makes it nil.
    func compileOptionalChainRoot(_ expr: Expr, expected: CType?) -> Typed {
        // The outermost expression of `a?.b.c()` turns a nil anywhere in the chain into nil. Only the chain's own
        // nodes compile as links; arguments and closures inside it are expressions of their own.
        let saved = optionalChainSpine
        optionalChainSpine = Compiler.optionalChainSpine(of: expr)
        let inner = compileExpr(expr, expected: expected?.unwrapped)
        // `a?.append(f())`: when `a` is nil the arguments are not evaluated, so the chain's outermost link is checked
        // first when reading it twice is harmless.
        var probe: ((Frame) throws -> Value)?
        if case .call(let callee, let arguments) = expr.kind, arguments.contains(where: { Compiler.containsCall($0.value) }),
           let link = Compiler.outermostOptionalLink(callee), Compiler.isSideEffectFree(link) {
            probe = compileExpr(link, expected: nil).value
        }
        optionalChainSpine = saved
        if inner.type.hasError { return inner }
        let code = inner.value
        let type: CType = { if case .optional = inner.type { return inner.type } else { return .optional(inner.type) } }()
        return Typed(type: type, code: .value { frame in
            do {
                _ = try probe?(frame)
                return try code(frame)
            } catch is OptionalChainNil {
                return .none
            }
        })
    }
}
