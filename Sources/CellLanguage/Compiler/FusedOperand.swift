// The operands `FusedOperation` reads inside its closures: a local word, a constant, or another closure's result.

/// An Int operand of a fused operation.
protocol IntSource { func get(_ frame: Frame) throws -> Int }

/// A Double operand of a fused operation.
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
