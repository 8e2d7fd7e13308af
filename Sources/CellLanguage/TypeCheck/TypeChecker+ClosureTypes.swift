import Diagnostics

/// How the `return` statements of the body being checked find their contextual type.
enum ReturnTyping {
    /// The checker's `returnType` (nil: unknown, returns checked without a context).
    case given
    /// A closure without a result type from its text or its context: the first `return` decides it, as the
    /// generator's `infersReturnType` does; the later ones are checked against it.
    case inferred
    /// A closure whose result type the checker cannot tell: only returned values whose type does not depend on a
    /// context are checked.
    case unknown
}

/// Closure literals typed as the generator compiles them (`Compiler.compileClosure`): parameter types written or
/// given by the context (a closure over one tuple may name its elements), the result written, given by the context
/// or inferred from the single expression or the first `return`; operators used as function values
/// (`reduce(0, +)`); calls of closures held in variables and parameters.
extension TypeChecker {
    /// The contextual parameter and result types a closure literal may take from `expected`.
    struct ClosureContext {
        var parameters: [CType]?
        var result: CType?
        var throwing = false
    }

    /// A closure literal checked against `expected`: its body checked, its type when every part of it is known.
    func closureType(_ literal: ClosureLiteral, at location: SourceLocation, expected: CType?) -> CType? {
        var context = ClosureContext()
        // An optional function expected types the closure too (`Compiler.compileClosureExpr`).
        if case .function(let parameters, let result)? = expected?.unwrapped {
            context = ClosureContext(parameters: parameters, result: result)
        } else if case .throwingFunction(let parameters, let result)? = expected?.unwrapped {
            context = ClosureContext(parameters: parameters, result: result, throwing: true)
        }
        return closureType(literal, at: location, context)
    }

    /// A closure literal with the contextual parameter types and result of `context` (a nil result: inferred).
    func closureType(_ literal: ClosureLiteral, at location: SourceLocation, _ context: ClosureContext) -> CType? {
        refuseEnclosingVariableUses(literal, at: location)
        guard literal.accessors == nil, !literal.inoutParameters.contains(true), captureList(literal) else {
            closureBody(literal, at: location, parameters: [], result: nil, typing: .unknown)
            return nil
        }
        // Nothing outside types the parameters: the literals the body combines them with may
        // (`let half = { $0 / 2 }`, `Compiler.closureParameterTypes` alike).
        var hints = context.parameters ?? ClosureParameterInference.parameterTypes(
            of: literal, resolve: { self.resolve($0) }, variableType: { self.variableType($0, $1) })
        if hints == nil, literal.isKeyPath, literal.keyPathRoot == nil {
            // `let k = \.count`: nothing gives the key path's root (`Compiler.closureParameterTypes` alike).
            report(.keyPathRootNotInferred, at: location)
            return .error
        }
        var splat: CType?
        let written = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        if let single = hints, single.count == 1, case .tuple(let elements) = single[0], written > 1, elements.count == written {
            hints = elements.map(\.type)
            splat = single[0]
        }
        let count = literal.hasExplicitParameters ? literal.parameters.count : (hints?.count ?? literal.anonymousCount)
        // A count that does not fit is reported by the generator, which compiles no body.
        if let hints, hints.count != count || literal.anonymousCount > count { return nil }
        var parameters: [CType?] = []
        for index in 0..<count {
            if literal.hasExplicitParameters, let annotated = literal.parameters[index].type {
                parameters.append(resolve(annotated))
            } else {
                parameters.append(hints.flatMap { index < $0.count ? $0[index] : nil })
            }
        }
        var result: CType?, typing = ReturnTyping.given
        if let annotated = literal.returnType {
            result = resolve(annotated)
            if result == nil { typing = .unknown }
        } else if let hinted = context.result {
            result = hinted
        } else {
            typing = .inferred
        }
        let returned = closureBody(literal, at: location, parameters: parameters, result: result, typing: typing)
        let known = parameters.compactMap { $0 }
        guard known.count == parameters.count, let returned else { return nil }
        // A throwing context or a written `throws` makes a throwing closure, whatever its body (`Compiler.compileClosureExpr`).
        if context.throwing || literal.isThrowing { return .throwingFunction(known, returned) }
        if let splat { return .function([splat], returned) }
        return .function(known, returned)
    }

    /// The type of the variable (local, captured or global) the name `node` refers to; nil for anything else.
    func variableType(_ node: Expr, _ name: String) -> CType? {
        switch resolution.referent(of: node) {
        case .local?, .capture?, .global?, .earlierGlobal?: return self.name(node, name)
        default: return nil
        }
    }

    /// Declares a closure's parameters and checks its body; returns its result type (nil: unknown).
    @discardableResult
    func closureBody(_ literal: ClosureLiteral, at location: SourceLocation, parameters: [CType?], result: CType?,
                             typing: ReturnTyping) -> CType? {
        declareParameters(of: literal, at: location, parameters)
        let saved = bodyContext
        (returnType, returnTyping, reportsReturnMismatches) = (result, typing, false)
        bodyContext.inClosureBody = true
        if !literal.isInlineExpression { bodyContext.thrownType = nil }  // a closure's errors are `any Error`
        defer { bodyContext = saved }
        checkJumps(literal.body)
        if literal.body.count == 1, case .expression(let expr) = literal.body[0], returnType != .void {
            if case .assign(_, _, _, let operatorLocation) = expr.kind {
                check(expr, expected: nil)
                // `let f: () -> Int = { n += 1 }`: the assignment's `()` is no Int (swiftc's mistake, at the operator).
                if typing == .given, literal.returnType == nil, let returnType, isClosed(returnType) {
                    report(.closureResultType(.void, expected: returnType), at: operatorLocation)
                    return returnType
                }
                return typing == .unknown ? nil : returnType ?? .void
            }
            returned(expr)
            return typing == .unknown ? nil : returnType
        }
        statements(literal.body)
        if literal.isInlineExpression, typing != .given { checkBranchTypes(literal) }  // TypeChecker+TypedThrows
        if typing == .inferred, returnType == nil, returnTyping != .unknown { return .void }
        return typing == .unknown ? nil : returnType
    }

    /// Gives a closure's parameters (written, or `$0`, `$1`… at the closure's position) the types `types`.
    func declareParameters(of literal: ClosureLiteral, at location: SourceLocation, _ types: [CType?]) {
        let locations = literal.parameterLocations
        let inoutFirst = inoutFirstParameterClosures.contains(literal)
        for (index, type) in types.enumerated() {
            let name: String, position: SourceLocation
            if literal.hasExplicitParameters {
                guard index < literal.parameters.count else { return }
                (name, position) = (literal.parameters[index].name, index < locations.count ? locations[index] : location)
            } else {
                (name, position) = ("$\(index)", location)
            }
            declare(name, at: position, type)
            let isInout = (inoutFirst && index == 0) || (index < literal.inoutParameters.count && literal.inoutParameters[index])
            if !isInout, let declaration = declarationIndex(name, at: position) { constantClosureParameters.insert(declaration) }
        }
    }

    /// `return value`: checked against the result type, or deciding it (the first `return` of a closure whose
    /// result is inferred). A branch of an `if` or `switch` body (`Expr.isBranchValue`) is reported as swiftc words
    /// it, as a value of a specified type; a closure's result as the closure's (`closureResultType`).
    func returned(_ value: Expr) {
        switch returnTyping {
        case .given where checkReturnInVoidFunction(value) || opaqueResultReturn(value):  // +OpaqueTypes
            break
        case .given:
            let found: CType?
            // A closure's (`inClosureBody`), a declared function's, an accessor's (nil) and a branch value are reported.
            let inClosure = bodyContext.inClosureBody == true
            if reportsReturnMismatches || bodyContext.inClosureBody != false || value.isBranchValue, let returnType {
                found = checkConverting(value, to: returnType) {
                    value.isBranchValue ? .specifiedType($0, specified: $1)
                        : inClosure ? .closureResultType($0, expected: $1) : .returnType($0, expected: $1)
                }
            } else {
                found = check(value, expected: returnType)
            }
            opaqueReturn(value, found)
        case .inferred where reportsNilSwitchValue(value):  // +NilLiterals
            break
        case .inferred where returnType == nil:
            if let type = check(value, expected: nil) { returnType = type } else { returnTyping = .unknown }
        case .inferred:
            check(value, expected: returnType)
        case .unknown:
            if Self.isContextFree(value) { check(value, expected: nil) }
        }
    }

    /// A name used as a function value: a top-level function (its only overload, or the one whose parameter types
    /// the context gives, as `Compiler.compileName` picks it) or an operator (`operatorFunction`).
    func functionReference(_ expr: Expr, _ name: String, expected: CType?) -> CType? {
        guard let referent = resolution.referent(of: expr) else { return nil }
        switch referent {
        case .global(let index) where resolution.declarations[index].kind == .function: break
        case .earlierGlobal: break
        case .builtin, .unresolved:
            // A math function as a value (`integrate(sin, …)`, `Compiler.builtinFunctionValue`), whatever the context.
            if Compiler.unaryMathFunctions[name] != nil { return .function([.double], .double) }
            if Compiler.binaryMathFunctions[name] != nil { return .function([.double, .double], .double) }
            return operatorFunction(name, expected: expected) ?? Compiler.minMaxFunctionType(name, expected: expected)
        case .local(let index), .capture(let index):
            return nestedFunctionValue(index)
        default: return nil
        }
        guard compiler.protocolState.genericFunctions[name] == nil,
              case .functions(let infos)? = compiler.globalScope.names[name] else { return nil }
        if infos.count == 1 {
            functionTypedAlone = true
            return infos[0].type
        }
        guard let parameters = expected?.functionParameters else { return nil }
        return infos.first { $0.parameters.map(\.type) == parameters }?.type
    }

    /// An operator used as a function value (`reduce(0, +)`, `sorted(by: >)`), which the generator compiles as
    /// `{ $0 op $1 }` against the contextual function type: built-in arithmetic and comparisons on two operands of
    /// the same number or string type.
    /// Where the cell declares `op`, its operator functions first (`declaredOperatorFunctionResult`).
    func operatorFunction(_ op: String, expected: CType?) -> CType? {
        guard case .function(let parameters, let result)? = expected, parameters.count == 2 else { return nil }
        let declared = declaredOperators.contains(op) ? declaredOperatorFunctionResult(op, parameters[0], parameters[1]) : nil
        guard let body = declared ?? (parameters[0] == parameters[1] ? operatorResult(op, parameters[0]) : nil),
              body == result else { return nil }
        return .function(parameters, body)
    }

    /// The type of `a op b` for a built-in operator on two operands of type `operand` (nil: not modelled).
    func operatorResult(_ op: String, _ operand: CType) -> CType? {
        var body: CType?
        switch (op, operand) {
        case ("<", _), (">", _), ("<=", _), (">=", _), ("==", _), ("!=", _):
            if Self.isNumber(operand) || operand == .string || operand == .character || operand == .unicodeScalar
                || operand == .substring { body = .bool }
            if case .user(let type) = operand, op != "==", op != "!=", Self.hasSynthesizedOrder(type) { body = .bool }
        case ("+", _):
            if Self.isNumber(operand) || operand == .string { body = operand }
            if case .array = operand { body = operand }  // `matrix.reduce([], +)`
        case ("-", _), ("*", _), ("/", _):
            if Self.isNumber(operand) { body = operand }
        case ("%", .int), ("%", .integer):
            body = operand
        default:
            break
        }
        // An arithmetic placeholder's own operators (`zip(self, other).map(*)` on a `Numeric` element), as the
        // generator types them (`Compiler.placeholderOperatorResult`).
        return body ?? Compiler.placeholderOperatorResult(op, operand, operand)
    }

    private static func isNumber(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .integer: return true
        default: return false
        }
    }

    /// `f(arguments)` where `f` is a variable or parameter holding a function (`let add = { … }; add(1, 2)`).
    func functionValueCall(_ callee: Expr, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard let referent = resolution.referent(of: callee) else { return nil }
        switch referent {
        case .local, .capture, .global, .earlierGlobal: break
        default: return nil
        }
        guard declarationKind(of: referent) != .function else { return nil }
        return valueCall(type(of: referent, named: name), arguments)
    }

    /// `value.property(arguments)` where the property is a stored property of a declared type holding a function
    /// (`op.apply(4)`); `call`, when known, places its argument mistakes (`valueCall`).
    func storedFunctionCall(_ receiver: CType, _ name: String, _ arguments: [Argument], call: Expr? = nil) -> CType?? {
        if case .tuple(let elements) = receiver {
            // `account.deposit(50)`, `pair.1(2)`: a tuple's element holding a function.
            let element = Int(name).flatMap { $0 >= 0 && $0 < elements.count ? elements[$0] : nil }
                ?? elements.first { $0.label == name }
            guard let element else { return nil }
            return valueCall(element.type, arguments) ?? nonFunctionElementCall(element.type, arguments)
        }
        guard case .user(let type) = receiver, type.kind != .protocolType, !isGeneric(type), type.methods[name] == nil,
              let index = type.fieldIndex(name), !type.fields[index].holdsWeakly,
              !type.fields[index].isImplicitlyUnwrapped else { return nil }
        return valueCall(type.fields[index].type, arguments)
    }

    /// The parameter types of a function type (throwing or not); nil for any other type.
    private static func functionParameters(_ type: CType?) -> [CType]? {
        switch type {
        case .function(let parameters, _)?, .throwingFunction(let parameters, _)?: return parameters
        default: return nil
        }
    }

    /// The arguments of a call of a function value of type `type` checked against its parameters; its result (nil:
    /// `type` is not a function, `.some(nil)`: the arguments do not fit). A label, a missing or an extra argument
    /// (function values take no labels) and an optional function called unwrapped are reported as swiftc reports
    /// them, at the call being checked.
    func valueCall(_ type: CType?, _ arguments: [Argument]) -> CType?? {
        switch type {
        case .function(let parameters, let result)?, .throwingFunction(let parameters, let result)?:
            // A trailing closure's label is no argument label.
            let written = arguments.map { $0.isTrailingClosure ? Argument(label: nil, value: $0.value, location: $0.location) : $0 }
            if let call = callBeingChecked, let (mistake, position) = TypeChecker.unlabelledMistake(
                written, count: parameters.count, opening: call.openingLocation, closing: call.closingLocation,
                at: call.location) {
                uncheckedArguments(arguments)
                report(mistake, at: position)
                return .some(.error)
            }
            guard parameters.count == arguments.count else { return .some(nil) }
            for (argument, parameter) in zip(arguments, parameters) {
                checkConverting(argument.value, to: parameter) { .argumentType($0, expected: $1) }  // `a.f("s")`
            }
            return result
        case .optional(let wrapped)? where wrapped.isFunction:
            guard let call = callBeingChecked else { return nil }
            uncheckedArguments(arguments)
            report(.optionalNotUnwrapped(.optional(wrapped), wrapped: wrapped), at: call.location)
            return .some(.error)
        default:
            return nil
        }
    }

    /// `pair.x(2)` where the tuple's element `x` holds a value of a built-in type: swiftc's error at the element's name.
    private func nonFunctionElementCall(_ type: CType, _ arguments: [Argument]) -> CType?? {
        guard isClosed(type), let call = callBeingChecked, case .call(let callee, _) = call.kind,
              case .member(_, _, let nameLocation) = callee.kind else { return nil }
        uncheckedArguments(arguments)
        report(.notAFunction(type), at: nameLocation)
        return .some(.error)
    }
}
