import Diagnostics

/// Binary operations on Int and Double whose operands are read inside the operation's own closure when they are
/// locals or constants, so `i % 7` or `p.x < 0.0` costs one closure call instead of three.
///
/// Each operand is a small struct (a local slot, a constant, or the operand's closure) and each operation a type;
/// the generic builders are specialised by the optimiser for every combination, so the fused closures contain
/// no dynamic dispatch.
enum FusedOperation {
    /// Code for `a op b` on Int operands.
    static func int<Op: IntOperation>(_ op: Op.Type, _ a: Typed, _ b: Typed, _ location: SourceLocation) -> (Frame) throws -> Int {
        switch (intOperand(a), intOperand(b)) {
        case (.local(let s)?, .local(let t)?): return make(op, LocalInt(slot: s), LocalInt(slot: t), location)
        case (.local(let s)?, .constant(let c)?): return make(op, LocalInt(slot: s), ConstantInt(value: c), location)
        case (.local(let s)?, nil): return make(op, LocalInt(slot: s), ComputedInt(code: b.int), location)
        case (.constant(let c)?, .local(let t)?): return make(op, ConstantInt(value: c), LocalInt(slot: t), location)
        case (nil, .local(let t)?): return make(op, ComputedInt(code: a.int), LocalInt(slot: t), location)
        case (nil, .constant(let c)?): return make(op, ComputedInt(code: a.int), ConstantInt(value: c), location)
        default: return make(op, ComputedInt(code: a.int), ComputedInt(code: b.int), location)
        }
    }

    /// Code for `a op b` on Double operands.
    static func double<Op: DoubleOperation>(_ op: Op.Type, _ a: Typed, _ b: Typed) -> (Frame) throws -> Double {
        switch (doubleOperand(a), doubleOperand(b)) {
        case (.local(let s)?, .local(let t)?): return make(op, LocalDouble(slot: s), LocalDouble(slot: t))
        case (.local(let s)?, .constant(let c)?): return make(op, LocalDouble(slot: s), ConstantDouble(bits: c))
        case (.local(let s)?, nil): return make(op, LocalDouble(slot: s), ComputedDouble(code: b.double))
        case (.constant(let c)?, .local(let t)?): return make(op, ConstantDouble(bits: c), LocalDouble(slot: t))
        case (nil, .local(let t)?): return make(op, ComputedDouble(code: a.double), LocalDouble(slot: t))
        case (nil, .constant(let c)?): return make(op, ComputedDouble(code: a.double), ConstantDouble(bits: c))
        default: return make(op, ComputedDouble(code: a.double), ComputedDouble(code: b.double))
        }
    }

    /// Code for the comparison `a op b` of two Ints.
    static func compareInts<Op: Comparison>(_ op: Op.Type, _ a: Typed, _ b: Typed) -> (Frame) throws -> Bool {
        switch (intOperand(a), intOperand(b)) {
        case (.local(let s)?, .local(let t)?): return compare(op, LocalInt(slot: s), LocalInt(slot: t))
        case (.local(let s)?, .constant(let c)?): return compare(op, LocalInt(slot: s), ConstantInt(value: c))
        case (.local(let s)?, nil): return compare(op, LocalInt(slot: s), ComputedInt(code: b.int))
        case (nil, .local(let t)?): return compare(op, ComputedInt(code: a.int), LocalInt(slot: t))
        case (nil, .constant(let c)?): return compare(op, ComputedInt(code: a.int), ConstantInt(value: c))
        default: return compare(op, ComputedInt(code: a.int), ComputedInt(code: b.int))
        }
    }

    /// Code for the comparison `a op b` of two Doubles.
    static func compareDoubles<Op: Comparison>(_ op: Op.Type, _ a: Typed, _ b: Typed) -> (Frame) throws -> Bool {
        switch (doubleOperand(a), doubleOperand(b)) {
        case (.local(let s)?, .local(let t)?): return compare(op, LocalDouble(slot: s), LocalDouble(slot: t))
        case (.local(let s)?, .constant(let c)?): return compare(op, LocalDouble(slot: s), ConstantDouble(bits: c))
        case (.local(let s)?, nil): return compare(op, LocalDouble(slot: s), ComputedDouble(code: b.double))
        case (nil, .local(let t)?): return compare(op, ComputedDouble(code: a.double), LocalDouble(slot: t))
        case (nil, .constant(let c)?): return compare(op, ComputedDouble(code: a.double), ConstantDouble(bits: c))
        default: return compare(op, ComputedDouble(code: a.double), ComputedDouble(code: b.double))
        }
    }

    private static func intOperand(_ typed: Typed) -> Operand? { typed.type == .int ? typed.operand : nil }
    private static func doubleOperand(_ typed: Typed) -> Operand? { typed.type == .double ? typed.operand : nil }

    private static func make<Op: IntOperation, A: IntSource, B: IntSource>(
        _: Op.Type, _ a: A, _ b: B, _ location: SourceLocation) -> (Frame) throws -> Int {
        { frame in try Op.apply(try a.get(frame), try b.get(frame), location) }
    }

    private static func make<Op: DoubleOperation, A: DoubleSource, B: DoubleSource>(
        _: Op.Type, _ a: A, _ b: B) -> (Frame) throws -> Double {
        { frame in Op.apply(try a.get(frame), try b.get(frame)) }
    }

    private static func compare<Op: Comparison, A: IntSource, B: IntSource>(
        _: Op.Type, _ a: A, _ b: B) -> (Frame) throws -> Bool {
        { frame in Op.apply(try a.get(frame), try b.get(frame)) }
    }

    private static func compare<Op: Comparison, A: DoubleSource, B: DoubleSource>(
        _: Op.Type, _ a: A, _ b: B) -> (Frame) throws -> Bool {
        { frame in Op.apply(try a.get(frame), try b.get(frame)) }
    }
}

// MARK: Operands

protocol IntSource { func get(_ frame: Frame) throws -> Int }
protocol DoubleSource { func get(_ frame: Frame) throws -> Double }

struct LocalInt: IntSource {
    let slot: Int
    @inline(__always) func get(_ frame: Frame) -> Int { frame.words[slot] }
}

struct ConstantInt: IntSource {
    let value: Int
    @inline(__always) func get(_ frame: Frame) -> Int { value }
}

struct ComputedInt: IntSource {
    let code: (Frame) throws -> Int
    @inline(__always) func get(_ frame: Frame) throws -> Int { try code(frame) }
}

struct LocalDouble: DoubleSource {
    let slot: Int
    @inline(__always) func get(_ frame: Frame) -> Double { Double(bitPattern: UInt64(UInt(bitPattern: frame.words[slot]))) }
}

struct ConstantDouble: DoubleSource {
    let value: Double
    init(bits: Int) { value = Double(bitPattern: UInt64(UInt(bitPattern: bits))) }
    @inline(__always) func get(_ frame: Frame) -> Double { value }
}

struct ComputedDouble: DoubleSource {
    let code: (Frame) throws -> Double
    @inline(__always) func get(_ frame: Frame) throws -> Double { try code(frame) }
}

// MARK: Operations

protocol IntOperation { static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int }
protocol DoubleOperation { static func apply(_ a: Double, _ b: Double) -> Double }
protocol Comparison { static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool }

enum IntAdd: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw Compiler.overflowError("+", location) }
        return result
    }
}

enum IntSubtract: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw Compiler.overflowError("-", location) }
        return result
    }
}

enum IntMultiply: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw Compiler.overflowError("*", location) }
        return result
    }
}

enum IntDivide: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        if b == 0 { throw RuntimeError(message: "division by zero", location: location) }
        let (result, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { throw Compiler.overflowError("/", location) }
        return result
    }
}

enum IntRemainder: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        if b == 0 { throw RuntimeError(message: "division by zero in remainder operation", location: location) }
        let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
        if overflow { throw Compiler.overflowError("%", location) }
        return result
    }
}

/// `a / c` for a constant `c` other than 0 and -1, which can neither trap nor overflow.
enum IntDivideByConstant: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) -> Int { a / b }
}

/// `a % c` for a constant `c` other than 0 and -1, which can neither trap nor overflow.
enum IntRemainderByConstant: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) -> Int { a % b }
}

enum DoubleAdd: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b } }
enum DoubleSubtract: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b } }
enum DoubleMultiply: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b } }
enum DoubleDivide: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b } }

enum Equal: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b } }
enum NotEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b } }
enum Less: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b } }
enum LessOrEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b } }
enum Greater: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b } }
enum GreaterOrEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b } }
