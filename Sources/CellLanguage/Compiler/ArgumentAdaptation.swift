/// Whether an argument whose type alone is not a parameter's type takes that type once the parameter's type is its
/// context (`c ? 1000 : 1` passed for a `Double`), told from its syntax and the types of its leaves: literals take
/// the types their kind spells (an array literal the arrays of what its elements take), a ternary, a negation or an
/// arithmetic operation those its operands all take, a name, member or call of a declared function only its own.
/// The one rule both passes follow where they score an overload's fit (`TypeChecker.fit`, `Compiler.overloadFit`),
/// each giving the leaves' types it knows; nil when the rule cannot tell (the generator then compiles the argument to
/// learn it, a counted throw-away compilation).
enum ArgumentAdaptation {
    /// Whether `expr` takes `type` as its context; `fixedType` gives the type of a name, a member read or a call
    /// whose type no context changes (nil when unknown).
    static func adapts(_ expr: Expr, to type: CType, fixedType: (Expr) -> CType?) -> Bool? {
        switch expr.kind {
        case .intLiteral(let value):
            if expr.largeLiteral != nil { return nil }
            // A fixed-width integer may not hold it (a mistake the compilation reports).
            if case .integer = type { return (0...127).contains(value) ? true : nil }
            if isNumber(type) { return true }
            return takesNoLiteral(type) ? false : nil
        case .floatLiteral:
            if type == .double { return true }
            return takesNoLiteral(type) ? false : nil
        case .stringLiteral(let parts):
            if type == .string { return true }
            // A Character: one character of text, nothing interpolated (`Compiler.compileStringLiteral`).
            if type == .character, parts.count <= 1 {
                guard case .text(let text)? = parts.first else { return false }
                return text.count == 1
            }
            return takesNoLiteral(type) ? false : nil
        case .array(let elements):
            // An array literal takes an array type whose element each of its elements takes.
            if case .array(let element) = type {
                return elements.reduce(true as Bool?) { both($0, adapts($1, to: element, fixedType: fixedType)) }
            }
            if case .set = type { return nil }
            if case .dictionary = type { return nil }
            return takesNoLiteral(type) ? false : nil
        case .boolLiteral:
            if type == .bool { return true }
            return takesNoLiteral(type) ? false : nil
        case .ternary(_, let then, let otherwise):
            return both(adapts(then, to: type, fixedType: fixedType), adapts(otherwise, to: type, fixedType: fixedType))
        case .prefix("-", let operand):
            if isNumber(type) { return adapts(operand, to: type, fixedType: fixedType) }
            return isBuiltinValue(type) ? false : nil
        case .binary(let op, let lhs, let rhs, _):
            return binary(op, lhs, rhs, to: type, fixedType: fixedType)
        case .name, .member(_?, _, _), .call:
            guard let own = fixedType(expr) else { return nil }
            if own == type { return true }
            return isBuiltinValue(own) && isBuiltinValue(type) ? false : nil
        default:
            return nil
        }
    }

    /// `lhs op rhs` with `type` as its context: arithmetic takes the number type (or `+` the string) both operands
    /// take; a comparison or a logical operator is a `Bool` whatever its context.
    private static func binary(_ op: String, _ lhs: Expr, _ rhs: Expr, to type: CType, fixedType: (Expr) -> CType?) -> Bool? {
        switch op {
        case "+", "-", "*", "/":
            if isNumber(type) || (op == "+" && type == .string) {
                return both(adapts(lhs, to: type, fixedType: fixedType), adapts(rhs, to: type, fixedType: fixedType))
            }
            // Built-in operands (a literal's or a value's) make no other built-in value.
            let operands = [lhs, rhs].map { operand in operand.isNumericLiteral ? CType.int : fixedType(operand) }
            let builtin = operands.allSatisfy { $0.map(isBuiltinValue) ?? false }
            return builtin && isBuiltinValue(type) ? false : nil
        case "==", "!=", "<", ">", "<=", ">=", "&&", "||":
            return type != .bool && isBuiltinValue(type) && [lhs, rhs].allSatisfy({ fixedType($0).map(isBuiltinValue) ?? false })
                ? false : nil
        default:
            return nil
        }
    }

    /// Both operands' answers: false when either certainly does not adapt, true when both do.
    private static func both(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == false || b == false { return false }
        return a == true && b == true ? true : nil
    }

    /// An integer or floating-point type an integer literal may take.
    private static func isNumber(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .integer: return true
        default: return false
        }
    }

    /// A built-in value type no conversion reaches from another type but a literal's (no existential, upcast or
    /// optional): scalars and collections of them.
    private static func isBuiltinValue(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .integer: return true
        case .array(let element), .set(let element): return isBuiltinValue(element)
        case .dictionary(let key, let value): return isBuiltinValue(key) && isBuiltinValue(value)
        default: return false
        }
    }

    /// Whether `type` takes no literal but those of its own kind: the built-in values and the declared structs,
    /// classes and enums (no user type is expressible by a literal), not a protocol or an optional.
    private static func takesNoLiteral(_ type: CType) -> Bool {
        switch type {
        case .user(let user): return user.kind != .protocolType
        case .function, .throwingFunction, .tuple: return true
        default: return isBuiltinValue(type)
        }
    }
}
