import Diagnostics

/// Integer literals above `Int.max` (`let x: UInt64 = 18_446_744_073_709_551_615`): a `UInt64` or `UInt` where
/// one is expected (stored as its bit pattern, as those types are), a `Double` where one is, and swiftc's overflow
/// error anywhere else.
extension Compiler {
    /// The literal `large` (whose bit pattern is `pattern` when it fits a `UInt64`) where `expected` is expected.
    func largeLiteral(_ pattern: Int, _ large: (text: String, fitsUInt64: Bool), expected: CType?,
                      at location: SourceLocation) -> Typed {
        if case .integer(let kind)? = expected?.unwrapped, kind.isUnsigned64, large.fitsUInt64 {
            let boxed = Value.int(pattern)
            return Typed(type: .integer(kind), code: .value { _ in boxed })
        }
        if expected?.unwrapped == .double, let double = large.fitsUInt64 ? Double(UInt(bitPattern: pattern)) : Double(large.text) {
            return Typed(type: .double, code: .double { _ in double }, operand: .constant(Compiler.bits(double)))
        }
        cannotGenerate(at: location)
        return .invalid
    }
}
