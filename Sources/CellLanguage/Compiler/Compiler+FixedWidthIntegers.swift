import Diagnostics

/// `UInt8`, `Int16`, `UInt64`, ...: literals checked against the type's range, arithmetic that traps on overflow,
/// the wrapping `&+ &- &*`, bitwise operators and smart shifts, comparisons and conversions, as in Swift.
/// Values are `Value.int`s in the value bank (see `IntegerKind`), so `Int` code is not touched.
extension Compiler {
    /// The fixed-width integer kind of a type, if it is one.
    static func integerKind(_ type: CType?) -> IntegerKind? {
        if case .integer(let kind)? = type { return kind }
        return nil
    }

    /// `Int` seen as a kind, for conversions and shifts that mix it with the fixed-width types.
    static let intKind = IntegerKind(bits: 64, signed: true)

    /// An integer literal where a fixed-width integer is expected: an error when the type cannot hold it.
    func integerLiteral(_ value: Int, _ kind: IntegerKind, at location: SourceLocation) -> Typed {
        guard kind.contains(value) else {
            cannotGenerate(at: location)
            return .invalid
        }
        let boxed = Value.int(value)
        return Typed(type: .integer(kind), code: .value { _ in boxed })
    }

    /// `a op b` on two values of one fixed-width integer type; nil for an operator the type does not have.
    func integerArithmetic(_ op: String, _ kind: IntegerKind, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        let x = a.value, y = b.value
        let type = CType.integer(kind)
        func make(_ apply: @escaping (Int, Int) throws -> Int) -> Typed {
            Typed(type: type, code: .value { frame in .int(try apply(try x(frame).intValue, try y(frame).intValue)) })
        }
        switch op {
        case "+", "-", "*":
            let checked = kind.checkedOperation(op)
            return make { first, second in
                guard let result = checked(first, second) else { throw Compiler.overflowError(op, location) }
                return result
            }
        case "/", "%":
            let remainder = op == "%"
            return make { first, second in
                if second == 0 {
                    throw RuntimeError(message: remainder ? "division by zero in remainder operation" : "division by zero",
                                       location: location)
                }
                guard let result = kind.divided(first, second, remainder: remainder) else {
                    throw Compiler.overflowError(op, location)
                }
                return result
            }
        case "&+": return make { kind.wrap($0 &+ $1) }
        case "&-": return make { kind.wrap($0 &- $1) }
        case "&*": return make { kind.wrap($0 &* $1) }
        case "&": return make { $0 & $1 }
        case "|": return make { $0 | $1 }
        case "^": return make { $0 ^ $1 }
        case "<<", ">>": return integerShift(op, a, b)
        default: return nil
        }
    }

    /// `x << n` and `x >> n` where either side is a fixed-width integer (the amount may be of any integer type,
    /// the result has the left side's type); nil for other operands.
    func integerShift(_ op: String, _ a: Typed, _ b: Typed) -> Typed? {
        guard op == "<<" || op == ">>", Compiler.integerKind(a.type) != nil || Compiler.integerKind(b.type) != nil,
              let kind = a.type == .int ? Compiler.intKind : Compiler.integerKind(a.type),
              b.type == .int || Compiler.integerKind(b.type) != nil else { return nil }
        let amountIsUnsigned64 = Compiler.integerKind(b.type)?.isUnsigned64 ?? false
        let right = op == ">>"
        let x = a.value, y = b.value
        func shift(_ value: Int, _ stored: Int) -> Int {
            // A UInt64 amount above Int.max is stored negative: it shifts everything out.
            kind.shifted(value, by: amountIsUnsigned64 && stored < 0 ? Int.max : stored, right: right)
        }
        if a.type == .int {
            return Typed(type: .int, code: .int { frame in shift(try x(frame).intValue, try y(frame).intValue) })
        }
        return Typed(type: a.type, code: .value { frame in .int(shift(try x(frame).intValue, try y(frame).intValue)) })
    }

    /// `==`, `<`, ... on two values of one fixed-width integer type.
    func integerComparison(_ op: String, _ kind: IntegerKind, _ a: Typed, _ b: Typed) -> Typed {
        let x = a.value, y = b.value
        let test: (Int, Int) -> Bool
        switch op {
        case "==": test = { $0 == $1 }
        case "!=": test = { $0 != $1 }
        case "<": test = { kind.less($0, $1) }
        case "<=": test = { !kind.less($1, $0) }
        case ">": test = { kind.less($1, $0) }
        default: test = { !kind.less($0, $1) }
        }
        return Typed(type: .bool, code: .bool { frame in test(try x(frame).intValue, try y(frame).intValue) })
    }

    /// `x == n`, `x < n`, ... between two different integer types (`UInt8` and `Int`, say), which Swift compares by
    /// value; nil for other operands.
    func mixedIntegerComparison(_ op: String, _ a: Typed, _ b: Typed) -> Typed? {
        guard ["==", "!=", "<", "<=", ">", ">="].contains(op), a.type != b.type,
              let left = a.type == .int ? Compiler.intKind : Compiler.integerKind(a.type),
              let right = b.type == .int ? Compiler.intKind : Compiler.integerKind(b.type) else { return nil }
        // Each value as (sign word, magnitude bits): ordered like the numbers, whatever their types.
        func key(_ stored: Int, _ kind: IntegerKind) -> (Int, UInt) {
            (!kind.isUnsigned64 && stored < 0 ? -1 : 0, UInt(bitPattern: stored))
        }
        let x = a.value, y = b.value
        let test: ((Int, UInt), (Int, UInt)) -> Bool
        switch op {
        case "==": test = { $0 == $1 }
        case "!=": test = { $0 != $1 }
        case "<": test = { $0 < $1 }
        case "<=": test = { $0 <= $1 }
        case ">": test = { $0 > $1 }
        default: test = { $0 >= $1 }
        }
        return Typed(type: .bool, code: .bool { frame in
            test(key(try x(frame).intValue, left), key(try y(frame).intValue, right))
        })
    }

    /// `abs(x)` on a signed fixed-width integer (trapping on `abs(Int8.min)`, as Swift does).
    func integerAbs(_ typed: Typed, _ kind: IntegerKind, at location: SourceLocation) -> Typed {
        let x = typed.value
        return Typed(type: typed.type, code: .value { frame in
            let value = try x(frame).intValue
            if value == kind.min { throw RuntimeError(message: "arithmetic overflow in 'abs'", location: location) }
            return .int(Swift.abs(value))
        })
    }

    /// `~x`, `-x` (signed types only, trapping on `-Int8.min`) and `+x` on a fixed-width integer, and `~x` on an Int.
    func compileIntegerPrefix(_ op: String, _ typed: Typed, at location: SourceLocation) -> Typed? {
        if op == "~", typed.type == .int {
            let x = typed.int
            return Typed(type: .int, code: .int { ~(try x($0)) })
        }
        guard let kind = Compiler.integerKind(typed.type) else { return nil }
        let x = typed.value
        switch op {
        case "~":
            return Typed(type: typed.type, code: .value { frame in .int(kind.wrap(~(try x(frame).intValue))) })
        case "-" where kind.signed:
            return Typed(type: typed.type, code: .value { frame in
                let value = try x(frame).intValue
                if value == kind.min { throw Compiler.overflowError("-", location) }
                return .int(-value)
            })
        case "+":
            return typed
        default:
            return nil
        }
    }
}
