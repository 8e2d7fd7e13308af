import Diagnostics

extension Compiler {
    /// `UnicodeScalar(x)`: from a `UInt8` (or an integer literal up to 255 the checker typed as one,
    /// `TypeChecker.takesFailableScalarInitializer`) a scalar, as Swift's non-failable `init(_: UInt8)`; from an
    /// `Int`, a `UInt16` or a `UInt32` (or another literal) a `Unicode.Scalar?`, nil for a surrogate or a value past
    /// U+10FFFF; from a scalar, itself. Nil when no initializer matches.
    func compileUnicodeScalarInitializer(_ arguments: [Argument], _ labels: [String]) -> Typed? {
        guard labels == ["_"] else { return nil }
        let argument = arguments[0].value
        if case .intLiteral(let value) = argument.kind, (0...255).contains(value), checkedType(argument) != .int {
            return Typed(type: .unicodeScalar, code: .value { _ in .int(value) })
        }
        let typed = compileExpr(argument, expected: argument.isNumericLiteral ? .int : nil)
        switch typed.type {
        case .unicodeScalar:
            return typed
        case .integer(let kind) where kind.bits == 8 && !kind.signed:
            return Typed(type: .unicodeScalar, code: typed.code)
        case .int, .integer(IntegerKind(bits: 16, signed: false)), .integer(IntegerKind(bits: 32, signed: false)):
            let code = typed.value
            return Typed(type: .optional(.unicodeScalar), code: .value { frame in
                let value = try code(frame).intValue
                guard value >= 0, value <= Int(UInt32.max), Unicode.Scalar(UInt32(value)) != nil else { return .none }
                return .int(value)
            })
        default:
            return nil
        }
    }
}
