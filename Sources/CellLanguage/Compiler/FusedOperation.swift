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
        if let elements = FusedElementOperation.double(op, a, b) { return elements }
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
    /// The operand of a Double expression, when it is a local word or a constant.
    static func doubleOperand(_ typed: Typed) -> Operand? { typed.type == .double ? typed.operand : nil }

    private static func make<Op: IntOperation, A: IntSource, B: IntSource>(
        _: Op.Type, _ a: A, _ b: B, _ location: SourceLocation) -> (Frame) throws -> Int {
        { frame in try Op.apply(try a.get(frame), try b.get(frame), location) }
    }

    /// `a op b` on two Double operands read inside the one closure.
    static func make<Op: DoubleOperation, A: DoubleSource, B: DoubleSource>(
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
