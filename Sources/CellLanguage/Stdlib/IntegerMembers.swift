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
        ])

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
