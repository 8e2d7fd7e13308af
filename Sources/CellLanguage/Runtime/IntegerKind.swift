/// A fixed-width integer type other than `Int`: `Int8`…`Int64`, `UInt8`…`UInt64` and `UInt`.
///
/// Values are stored as `Value.int`: the number itself for every type but `UInt64` and `UInt`, whose values are kept
/// as their 64-bit pattern (so `UInt64.max` is stored as -1 and read back through `UInt(bitPattern:)`).
public struct IntegerKind: Hashable, Sendable {
    /// The number of bits (8, 16, 32 or 64).
    public let bits: Int
    /// Whether the type is signed.
    public let signed: Bool
    /// `UInt` rather than `UInt64` (same representation, a distinct type).
    let isWord: Bool

    /// Every fixed-width integer type nbrun knows, by name.
    static let byName: [String: IntegerKind] = [
        "Int8": IntegerKind(bits: 8, signed: true), "Int16": IntegerKind(bits: 16, signed: true),
        "Int32": IntegerKind(bits: 32, signed: true), "Int64": IntegerKind(bits: 64, signed: true),
        "UInt8": IntegerKind(bits: 8, signed: false), "UInt16": IntegerKind(bits: 16, signed: false),
        "UInt32": IntegerKind(bits: 32, signed: false), "UInt64": IntegerKind(bits: 64, signed: false),
        "UInt": IntegerKind(bits: 64, signed: false, isWord: true),
    ]

    init(bits: Int, signed: Bool, isWord: Bool = false) {
        self.bits = bits
        self.signed = signed
        self.isWord = isWord
    }

    /// The type named `name`, if it is one of these.
    init?(name: String) {
        guard let kind = IntegerKind.byName[name] else { return nil }
        self = kind
    }

    /// The type's name as Swift spells it.
    public var name: String {
        if isWord { return "UInt" }
        return (signed ? "Int" : "UInt") + String(bits)
    }

    /// Whether values are stored as a bit pattern that may read as a negative Int (`UInt64`, `UInt`).
    var isUnsigned64: Bool { !signed && bits == 64 }

    /// The stored form of the smallest value.
    var min: Int { signed ? (bits == 64 ? Int.min : -(1 << (bits - 1))) : 0 }

    /// The stored form of the largest value.
    var max: Int {
        if bits == 64 { return signed ? Int.max : -1 }
        return signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1
    }

    /// Whether the mathematical integer `n` is a value of the type.
    func contains(_ n: Int) -> Bool {
        if isUnsigned64 { return n >= 0 }
        return n >= min && n <= max
    }

    /// The stored form of the low `bits` bits of `n` (`truncatingIfNeeded`).
    @inline(__always) func wrap(_ n: Int) -> Int {
        if bits == 64 { return n }
        let shift = 64 - bits
        return signed ? (n << shift) >> shift : n & ((1 << bits) - 1)
    }

    /// The low `bits` bits set (for counting bits of a negative signed value).
    var mask: Int { bits == 64 ? -1 : (1 << bits) - 1 }

    /// The value of a stored form as text.
    func text(_ stored: Int) -> String {
        isUnsigned64 ? String(UInt(bitPattern: stored)) : String(stored)
    }

    /// The value of a stored form as a Double (`Double(x)`).
    func double(_ stored: Int) -> Double {
        isUnsigned64 ? Double(UInt(bitPattern: stored)) : Double(stored)
    }

    /// Whether `a < b` for two stored forms.
    @inline(__always) func less(_ a: Int, _ b: Int) -> Bool {
        isUnsigned64 ? UInt(bitPattern: a) < UInt(bitPattern: b) : a < b
    }

    /// `+`, `-` or `*` (`op`, chosen once at compile time): a function giving nil when the result is not a value of
    /// the type (Swift's overflow trap).
    func checkedOperation(_ op: String) -> (Int, Int) -> Int? {
        if isUnsigned64 {
            let apply: (UInt, UInt) -> (partialValue: UInt, overflow: Bool)
            switch op {
            case "+": apply = { $0.addingReportingOverflow($1) }
            case "-": apply = { $0.subtractingReportingOverflow($1) }
            default: apply = { $0.multipliedReportingOverflow(by: $1) }
            }
            return { a, b in
                let (result, overflow) = apply(UInt(bitPattern: a), UInt(bitPattern: b))
                return overflow ? nil : Int(bitPattern: result)
            }
        }
        let apply: (Int, Int) -> (partialValue: Int, overflow: Bool)
        switch op {
        case "+": apply = { $0.addingReportingOverflow($1) }
        case "-": apply = { $0.subtractingReportingOverflow($1) }
        default: apply = { $0.multipliedReportingOverflow(by: $1) }
        }
        return { a, b in
            let (result, overflow) = apply(a, b)
            return overflow || !contains(result) ? nil : result
        }
    }

    /// `a / b` or `a % b` (`remainder`); nil when it overflows (`Int8.min / -1`); `b` is not zero.
    func divided(_ a: Int, _ b: Int, remainder: Bool) -> Int? {
        if isUnsigned64 {
            let x = UInt(bitPattern: a), y = UInt(bitPattern: b)
            return Int(bitPattern: remainder ? x % y : x / y)
        }
        if signed && a == min && b == -1 { return nil }
        return remainder ? a % b : a / b
    }

    /// `a << n` (or `a >> n` when `right`) with Swift's smart-shift rules: shifting by the width or more gives 0
    /// (or -1 for a negative signed value shifted right), and a negative amount shifts the other way.
    func shifted(_ a: Int, by n: Int, right: Bool) -> Int {
        var right = right, amount = n
        if amount < 0 {
            right.toggle()
            amount = amount == Int.min ? Int.max : -amount
        }
        if right {
            if isUnsigned64 { return amount >= 64 ? 0 : Int(bitPattern: UInt(bitPattern: a) >> UInt(amount)) }
            return amount >= 64 ? (a < 0 ? -1 : 0) : a >> amount
        }
        return amount >= bits ? 0 : wrap(a << amount)
    }
}
