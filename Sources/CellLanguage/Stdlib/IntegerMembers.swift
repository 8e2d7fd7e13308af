/// `Int8`…`Int64`, `UInt8`…`UInt64` and `UInt`: one table, each member compiled for the receiver's type.
enum IntegerMembers {
    static let table = StdlibTable(
        "Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, UInt",
        about: "Fixed-width integers: arithmetic traps on overflow as in Swift, `&+ &- &*` wrap, `UInt8(x)` traps "
            + "when `x` is out of range and `UInt8(truncatingIfNeeded: x)` keeps the low bits.",
        members: [
            StdlibMember("var description: String", "The number as text.", value: NumberMembers.description),
            StdlibMember("var magnitude: Magnitude", "The absolute value, as the unsigned type of the same width.") { site in
                guard case .integer(let kind) = site.receiver.type else { return nil }
                let x = site.receiver.value
                let unsigned = IntegerKind(bits: kind.bits, signed: false)
                guard kind.signed else { return site.receiver }
                // `Int64.min.magnitude` is 2^63: its bit pattern is Int.min's.
                return Typed(type: .integer(unsigned), code: .value { frame in
                    let value = try x(frame).intValue
                    return .int(value < 0 ? 0 &- value : value)
                })
            },
            bitCount("var nonzeroBitCount: Int", "The number of 1 bits.") { kind, bits in (bits & kind.mask).nonzeroBitCount },
            bitCount("var leadingZeroBitCount: Int", "The number of 0 bits before the first 1 bit.") { kind, bits in
                kind.bits == 64 ? bits.leadingZeroBitCount : (bits & kind.mask).leadingZeroBitCount - (64 - kind.bits)
            },
            bitCount("var trailingZeroBitCount: Int", "The number of 0 bits after the last 1 bit.") { kind, bits in
                bits == 0 ? kind.bits : bits.trailingZeroBitCount
            },
            constant("static var min: Self", "The smallest value of the type.") { $0.min },
            constant("static var max: Self", "The largest value of the type.") { $0.max },
            constant("static var zero: Self", "0 (`AdditiveArithmetic`'s zero, for generic code).") { _ in 0 },
            StdlibMember("static var bitWidth: Int", "The number of bits of the type.") { site in
                guard case .integer(let kind) = site.receiver.type else { return nil }
                let bits = kind.bits
                return Typed(type: .int, code: .int { _ in bits })
            },
        ] + reportingOverflow(self: "Self"))

    /// `addingReportingOverflow(_:)` and its siblings for an integer type written `type` in the declarations (`Int`, or
    /// `Self` for the fixed-width integers): the wrapped result and whether the operation overflowed, never a trap.
    static func reportingOverflow(self type: String) -> [StdlibMember] {
        let result = "(partialValue: \(type), overflow: Bool)"
        return [
            overflowReporting("func addingReportingOverflow(_ rhs: \(type)) -> \(result)",
                              "The wrapped sum and whether the exact sum is out of range.", op: "+"),
            overflowReporting("func subtractingReportingOverflow(_ rhs: \(type)) -> \(result)",
                              "The wrapped difference and whether the exact difference is out of range.", op: "-"),
            overflowReporting("func multipliedReportingOverflow(by rhs: \(type)) -> \(result)",
                              "The wrapped product and whether the exact product is out of range.", op: "*"),
            overflowReporting("func dividedReportingOverflow(by rhs: \(type)) -> \(result)",
                              "The quotient and whether the division overflowed; dividing by zero gives the number and true.",
                              op: "/"),
            overflowReporting("func remainderReportingOverflow(dividingBy rhs: \(type)) -> \(result)",
                              "The remainder and whether the division overflowed; dividing by zero gives the number and true.",
                              op: "%"),
        ]
    }

    /// One `…ReportingOverflow` method: `op` is `+`, `-`, `*`, `/` or `%`, chosen when the table is made.
    private static func overflowReporting(_ declaration: String, _ summary: String, op: String) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let kind: IntegerKind
            switch site.receiver.type {
            case .int: kind = Compiler.intKind
            case .integer(let fixed): kind = fixed
            default: return nil
            }
            let operation = reportingOperation(op, kind)
            let x = site.receiver.value, y = site.argument(0, as: site.receiver.type)
            let type = CType.tuple([TupleElement(label: "partialValue", type: site.receiver.type),
                                    TupleElement(label: "overflow", type: .bool)])
            return Typed(type: type, code: .value { frame in
                let (partial, overflow) = operation(try x(frame).intValue, try y(frame).intValue)
                return .tuple([.int(partial), .bool(overflow)])
            })
        }
    }

    /// `a op b` on stored forms of `kind` as Swift's `…ReportingOverflow` methods give it.
    private static func reportingOperation(_ op: String, _ kind: IntegerKind) -> (Int, Int) -> (Int, Bool) {
        switch op {
        case "+", "-", "*":
            let checked = kind.checkedOperation(op)
            let wrapping: (Int, Int) -> Int = op == "+" ? { $0 &+ $1 } : op == "-" ? { $0 &- $1 } : { $0 &* $1 }
            return { a, b in
                let exact = checked(a, b)
                return (exact ?? kind.wrap(wrapping(a, b)), exact == nil)
            }
        default:
            let remainder = op == "%"
            return { a, b in
                guard b != 0 else { return (a, true) }
                guard let result = kind.divided(a, b, remainder: remainder) else { return (remainder ? 0 : a, true) }
                return (result, false)
            }
        }
    }

    /// A static constant of the receiver's type.
    static func constant(_ declaration: String, _ summary: String,
                         _ value: @escaping @Sendable (IntegerKind) -> Int) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            guard case .integer(let kind) = site.receiver.type else { return nil }
            let stored = value(kind)
            return Typed(type: site.receiver.type, code: .value { _ in .int(stored) })
        }
    }

    /// An Int property computed from the receiver's bits.
    static func bitCount(_ declaration: String, _ summary: String,
                         _ count: @escaping @Sendable (IntegerKind, Int) -> Int) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            guard case .integer(let kind) = site.receiver.type else { return nil }
            let x = site.receiver.value
            return Typed(type: .int, code: .int { count(kind, try x($0).intValue) })
        }
    }
}
