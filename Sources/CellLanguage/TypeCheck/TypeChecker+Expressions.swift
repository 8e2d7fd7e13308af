import Diagnostics

/// Expressions: literals, names, operators, collection and tuple literals, ternaries, unwraps, casts and closures.
extension TypeChecker {
    /// Checks `expr` against the contextual type `expected` (nil: none), records and returns its type (nil: unknown).
    @discardableResult
    func check(_ expr: Expr, expected: CType?) -> CType? {
        if Compiler.containsOptionalChain(expr) {
            // The links of `a?.b.c()` are typed by the chain as a whole: only what they contain is checked.
            chainOperands(expr)
            return nil
        }
        resolvedCallee = nil
        resolvedNative = nil
        let type = type(of: expr, expected: expected)
        let callee = resolvedCallee, native = resolvedNative
        resolvedCallee = nil
        resolvedNative = nil
        if let native, type != nil { noteNative(native, for: expr) }
        return record(expr, type, expected: expected, callee: callee)
    }

    /// The type of `expr` (its children recorded on the way).
    private func type(of expr: Expr, expected: CType?) -> CType? {
        switch expr.kind {
        case .intLiteral:
            guard expr.largeLiteral == nil else { return nil }
            if case .integer(let kind)? = expected?.unwrapped { return .integer(kind) }
            return expected == .double || expected == .optional(.double) ? .double : .int
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .stringLiteral(let parts): return string(parts, expected: expected)
        case .nilLiteral:
            if case .optional? = expected { return expected }
            return nil
        case .name(let name): return self.name(expr, name)
        case .binary(let op, let lhs, let rhs, _): return binary(op, lhs, rhs, expected: expected)
        case .prefix(let op, let operand): return prefix(op, operand, expected: expected)
        case .assign(let op, let target, let value, _):
            if let native = nativeCompoundAssignment(op, target, value) { return native }
            assignment(op, target, value)
            return Compiler.containsOptionalChain(target) ? nil : .void
        case .call(let callee, let arguments): return call(expr, callee, arguments, expected: expected)
        case .member(let base, let name, _):
            if let module = moduleMember(base, name, expected: expected) { return module }
            return member(base, name, expected: expected)
        case .subscriptAccess(let base, let arguments): return subscriptAccess(base, arguments, at: expr.location)
        case .array(let elements): return array(elements, expected: expected)
        case .dictionary(let pairs): return dictionary(pairs, expected: expected)
        case .tuple(let elements): return tuple(elements, expected: expected)
        case .closure(let literal):
            return closure(literal, at: expr.location, expected: expected)
        case .ternary(let condition, let then, let otherwise): return ternary(condition, then, otherwise, expected: expected)
        case .forceUnwrap(let operand):
            guard !Compiler.isInitializerDelegation(operand),
                  case .optional(let wrapped)? = check(operand, expected: expected.map { .optional($0) }) else { return nil }
            return wrapped
        case .cast(let operand, let type, let op): return cast(operand, type, op)
        case .tryExpr(let operand, let kind):
            let type = check(operand, expected: kind == .optional ? nil : expected)
            return kind == .optional ? nil : type
        case .typeReference, .optionalChain, .inoutArgument, .invalid:
            forEachChild(of: expr)
            return nil
        }
    }

    /// Checks every child of `expr` without a contextual type (what the checker does not type itself).
    func forEachChild(of expr: Expr) {
        expr.forEachChild { check($0, expected: nil) }
    }

    /// The arguments of the calls and subscripts of an optional chain and its root, checked on their own.
    private func chainOperands(_ expr: Expr) {
        switch expr.kind {
        case .optionalChain(let base), .forceUnwrap(let base), .member(let base?, _, _):
            if Compiler.containsOptionalChain(base) { chainOperands(base) } else { check(base, expected: nil) }
        case .call(let base, let arguments), .subscriptAccess(let base, let arguments):
            if Compiler.containsOptionalChain(base) { chainOperands(base) } else { check(base, expected: nil) }
            uncheckedArguments(arguments)
        default:
            forEachChild(of: expr)
        }
    }

    private func string(_ parts: [StringPart], expected: CType?) -> CType? {
        for case .interpolation(let value) in parts { check(value, expected: nil) }
        switch expected?.unwrapped {
        case .character?:
            guard parts.count <= 1 else { return nil }
            if case .text(let text)? = parts.first, text.count == 1 { return .character }
            return nil
        case .unicodeScalar?, .substring?: return nil
        default: return .string
        }
    }

    /// A name: a variable of the cell or an earlier one, a parameter, `self`, or a stored property of `self`.
    private func name(_ expr: Expr, _ name: String) -> CType? {
        guard let referent = resolution.referent(of: expr) else { return nil }
        if case .member(let owner) = referent {
            if genericSelf != nil { return genericSelfProperty(owner, name) }
            if let proto = protocolSelf { return proto.name == owner ? protocolMember(proto, name) : nil }
            return implicitMember(name, of: owner)
        }
        switch declarationKind(of: referent) {
        case .function?, .type?, .genericParameter?, .member?: return nil
        default: return type(of: referent, named: name)
        }
    }

    /// `target = value` and compound assignments: the value is checked against the target's type when the checker
    /// knows it (the target itself is a place, not a value: only its subscripts' indices are checked).
    private func assignment(_ op: String, _ target: Expr, _ value: Expr) {
        // A compound assignment's value takes the target's type unless an operator function or a shift decides it.
        let decides = op == "=" || !(declaredOperators.contains(op) || op == "<<=" || op == ">>=")
        let place = decides ? placeType(target) : nil
        recordPlace(target)
        if case .subscriptAccess(let base, let arguments) = target.kind {
            if case .dictionary(let key, _)? = placeType(base), arguments.count == 1 {
                check(arguments[0].value, expected: key)
            } else {
                uncheckedArguments(arguments)
            }
        }
        if let place {
            check(value, expected: place)
        } else if Self.isContextFree(value) {
            check(value, expected: nil)
        }
    }

    /// The type of an assigned place, found without recording anything: a variable, a stored property of a place,
    /// a tuple element, an array element or a dictionary value (optional).
    private func placeType(_ target: Expr) -> CType? {
        switch target.kind {
        case .name(let name):
            return self.name(target, name)
        case .member(let base?, let name, _):
            if let field = superPlace(base, name) { return field }
            if let type = typeNamed(base) { return staticFieldType(type, name) }
            switch placeType(base) {
            case .user(let type)? where type.kind != .protocolType && !isGeneric(type):
                if type.setters[name] != nil, type.fieldIndex(name) == nil { return type.computed[name]?.returnType }
                guard let index = type.fieldIndex(name), !type.fields[index].holdsWeakly,
                      !type.fields[index].isImplicitlyUnwrapped else { return nil }
                return type.fields[index].type
            case .tuple(let elements)?:
                if let index = Int(name), index >= 0, index < elements.count { return elements[index].type }
                return elements.first { $0.label == name }?.type
            default:
                return nil
            }
        case .subscriptAccess(let base, let arguments) where arguments.count == 1 && arguments[0].label == nil:
            switch placeType(base) {
            case .array(let element)?: return Self.isIndex(arguments[0].value) ? element : nil
            case .dictionary(_, let value)?: return .optional(value)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Records the types of the variables and stored properties an assigned place goes through (`a` in `a += 1`,
    /// `p` and `p.x` in `p.x = 1`, `h` in `h[j] = 0`): the generator records them as it reaches the place.
    private func recordPlace(_ target: Expr) {
        switch target.kind {
        case .name:
            record(target, placeType(target), expected: nil)
        case .member(let base?, _, _):
            recordPlace(base)
            if typeNamed(base) == nil { record(target, placeType(target), expected: nil) }
        case .subscriptAccess(let base, _):
            recordPlace(base)
        default:
            break
        }
    }

    /// Whether an index is certainly an Int position (an integer literal or a name), not a range.
    private static func isIndex(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral: return expr.largeLiteral == nil
        default: return false
        }
    }

    private func array(_ elements: [Expr], expected: CType?) -> CType? {
        var element: CType?
        if case .array(let type)? = expected { element = type }
        if case .optional(.array(let type))? = expected { element = type }
        if case .set? = expected?.unwrapped { return nil }
        // The element typed first to find the others' context is checked once (nested literals stay linear).
        var typed: Expr?
        if element == nil, expected == nil {
            if !elements.isEmpty, elements.allSatisfy(Compiler.isNumericArrayLiteral) {
                return nil
            } else if let first = elements.first(where: { !Compiler.isNumericLiteral($0) }) {
                element = check(first, expected: nil)
                typed = first
                if case .user(let user)? = element, user.kind == .classType { element = nil }
            } else if !elements.isEmpty {
                element = elements.contains(where: Compiler.containsFloatLiteral) ? .double : .int
            }
        }
        guard let element else {
            for item in elements where item !== typed && Self.isContextFree(item) { check(item, expected: nil) }
            return nil
        }
        var same = true
        for item in elements where item !== typed && check(item, expected: element) != element { same = false }
        return same ? .array(element) : nil
    }

    private func dictionary(_ pairs: [(Expr, Expr)], expected: CType?) -> CType? {
        var key: CType?, value: CType?
        if case .dictionary(let keyType, let valueType)? = expected?.unwrapped {
            (key, value) = (keyType, valueType)
        } else if expected == nil {
            (key, value) = (inferElement(pairs.map(\.0)), inferElement(pairs.map(\.1)))
        }
        guard let key, key.isHashable, let value else {
            for (key, value) in pairs {
                if Self.isContextFree(key) { check(key, expected: nil) }
                if Self.isContextFree(value) { check(value, expected: nil) }
            }
            return nil
        }
        var same = true
        for pair in pairs {
            if check(pair.0, expected: key) != key { same = false }
            if check(pair.1, expected: value) != value { same = false }
        }
        return same ? .dictionary(key, value) : nil
    }

    /// The key or value type of a dictionary literal without a contextual type, as the generator infers it: the
    /// first one that is not a number literal decides; numbers alone are Int, or Double with a floating-point one.
    private func inferElement(_ exprs: [Expr]) -> CType? {
        let anchors = exprs.filter { !Compiler.isNumericLiteral($0) }
        if let numbers = Compiler.numericArrayLiteralsType(exprs) { return numbers }
        if let anchor = anchors.first { return check(anchor, expected: nil) }
        if exprs.isEmpty { return nil }
        return exprs.contains(where: Compiler.containsFloatLiteral) ? .double : .int
    }

    private func tuple(_ elements: [Argument], expected: CType?) -> CType? {
        if elements.isEmpty { return .void }
        var hints: [TupleElement]?
        if case .tuple(let types)? = expected?.unwrapped, types.count == elements.count { hints = types }
        var types: [TupleElement] = []
        for (index, element) in elements.enumerated() {
            let hint = hints?[index]
            let type = check(element.value, expected: hint?.type)
            if let type { types.append(TupleElement(label: element.label ?? hint?.label, type: type)) }
        }
        return types.count == elements.count ? .tuple(types) : nil
    }

    private func ternary(_ condition: Expr, _ then: Expr, _ otherwise: Expr, expected: CType?) -> CType? {
        check(condition, expected: .bool)
        func isNil(_ expr: Expr) -> Bool { if case .nilLiteral = expr.kind { return true } else { return false } }
        if isNil(then) || isNil(otherwise) {
            check(isNil(then) ? otherwise : then, expected: nil)
            return nil
        }
        let a: CType?, b: CType?
        if Compiler.isNumericLiteral(then) && !Compiler.isNumericLiteral(otherwise) {
            b = check(otherwise, expected: expected)
            a = b == nil ? nil : check(then, expected: b)
        } else {
            a = check(then, expected: expected)
            b = a == nil ? nil : check(otherwise, expected: a)
        }
        guard let a, let b else { return nil }
        if a == b { return a }
        if case .optional(let wrapped) = a, wrapped == b { return a }
        return nil
    }

    /// `x as T` (`as?` and `as!` are checked at run time: their operand only is checked).
    private func cast(_ operand: Expr, _ typeExpr: TypeExpr, _ op: String) -> CType? {
        guard op == "as" else {
            check(operand, expected: nil)
            return nil
        }
        if case .named("Any", _) = typeExpr { return check(operand, expected: nil) }
        guard let type = resolve(typeExpr) else {
            return nil
        }
        let found = check(operand, expected: type)
        if found == type { return type }
        if case .optional(let wrapped) = type, wrapped == found { return type }
        return nil
    }

    /// Checks a closure's body, with the parameter types written or given by the context, and returns the closure's
    /// type when its context gives it (`.function` parameters and result, none `inout`), else nil.
    func closure(_ literal: ClosureLiteral, at location: SourceLocation, expected: CType?) -> CType? {
        var hints: [CType]?, result: CType?
        if case .function(let parameters, let returned)? = expected { (hints, result) = (parameters, returned) }
        let saved = returnType
        returnType = literal.returnType.flatMap(resolve) ?? result
        let locations = literal.parameterLocations
        for (index, parameter) in literal.parameters.enumerated() {
            let written = parameter.type.flatMap(resolve)
            let hint = hints.flatMap { index < $0.count ? $0[index] : nil }
            let isInout = index < literal.inoutParameters.count && literal.inoutParameters[index]
            declare(parameter.name, at: index < locations.count ? locations[index] : location, isInout ? nil : written ?? hint)
        }
        if literal.anonymousCount > 0, let hints, hints.count >= literal.anonymousCount {
            for index in 0..<literal.anonymousCount {
                declare("$\(index)", at: location, hints[index])
            }
        }
        singleExpressionBody(literal.body)
        returnType = saved
        guard case .function(let parameters, _)? = expected, let result, literal.returnType == nil,
              literal.captures.isEmpty, literal.ownedCaptures.isEmpty, !literal.inoutParameters.contains(true),
              literal.parameters.allSatisfy({ $0.type == nil }),
              literal.hasExplicitParameters ? literal.parameters.count == parameters.count
                                            : literal.anonymousCount == parameters.count else { return nil }
        return .function(parameters, result)
    }
}

extension TypeChecker {
    /// A body: a single expression is the result, checked against the result type (`{ $0 > 0 ? 1 : 0 }` returning
    /// Double); otherwise its statements.
    func singleExpressionBody(_ body: [Stmt]) {
        if body.count == 1, case .expression(let expr) = body[0], let returnType, returnType != .void {
            check(expr, expected: returnType)
        } else {
            statements(body)
        }
    }
}
