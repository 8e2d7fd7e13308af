import Diagnostics

/// Integer literals above `Int.max` (`let x: UInt64 = 18_446_744_073_709_551_615`): a `UInt64` or `UInt` where
/// one is expected (stored as its bit pattern, as those types are), a `Double` where one is, and swiftc's overflow
/// error anywhere else.
extension Compiler {
    /// The literal written `written`, whose bit pattern is `pattern`, where `expected` is expected.
    func unsignedLiteral(_ pattern: Int, _ written: String, expected: CType?, at location: SourceLocation) -> Typed {
        if case .integer(let kind)? = expected?.unwrapped, kind.isUnsigned64 {
            let boxed = Value.int(pattern)
            return Typed(type: .integer(kind), code: .value { _ in boxed })
        }
        if expected?.unwrapped == .double {
            let double = Double(UInt(bitPattern: pattern))
            return Typed(type: .double, code: .double { _ in double }, operand: .constant(Compiler.bits(double)))
        }
        error(.integerLiteralOverflow(written, type: Compiler.integerKind(expected?.unwrapped)?.name ?? "Int"), at: location)
        return .invalid
    }
}
