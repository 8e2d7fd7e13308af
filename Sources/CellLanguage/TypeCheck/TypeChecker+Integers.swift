/// The initializers of the fixed-width integer types (`UInt8(200)`, `Int16(x)`, `UInt8(truncatingIfNeeded: -3)`,
/// `Int8(exactly: 3.5)`, `UInt8("255")`), typed as `Compiler.compileIntegerInitializer` compiles them.
extension TypeChecker {
    /// `T(x)` for a fixed-width integer type `T` of kind `kind` (nil: unknown, or refused by the generator).
    func integerInitializer(_ kind: IntegerKind, _ arguments: [Argument]) -> CType? {
        guard arguments.count == 1 else {
            uncheckedArguments(arguments)
            return nil
        }
        let label = arguments[0].label ?? "_"
        if label == "ascii", kind == IntegerKind(bits: 8, signed: false) {
            // `UInt8(ascii: "z")`: a Unicode.Scalar (`Compiler.compileASCIIInitializer`).
            let found = checkConverting(arguments[0].value, to: .unicodeScalar) { .argumentType($0, expected: $1) }
            return found == .unicodeScalar ? .integer(kind) : nil
        }
        guard ["_", "truncatingIfNeeded", "exactly"].contains(label) else {
            uncheckedArguments(arguments)
            return nil
        }
        let argument = arguments[0].value
        // `UInt8(300)` types the literal as a UInt8; `UInt8(truncatingIfNeeded: 300)` as an Int.
        let literalType: CType = argument.containsFloatLiteral ? .double : label == "_" ? .integer(kind) : .int
        let source = check(argument, expected: argument.isNumericLiteral ? literalType : nil)
        switch (label, source) {
        case ("truncatingIfNeeded", .int?), ("truncatingIfNeeded", .integer?): return .integer(kind)
        case ("_", .string?): return .optional(.integer(kind))
        case ("_", .int?), ("_", .double?), ("_", .integer?): return .integer(kind)
        case ("exactly", .int?), ("exactly", .double?), ("exactly", .integer?): return .optional(.integer(kind))
        default: return nil
        }
    }

    /// `Int(9.3e18)`, `Int(exactly: 1e300)`, `UInt8(256.0)`, `UInt8(-0.5)`: a floating-point literal an integer
    /// type cannot hold, which swiftc refuses at the call (its SIL diagnostics; a run-time trap or nil otherwise);
    /// true when it reported.
    func floatLiteralConversionMistake(_ name: String, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        guard arguments.count == 1, arguments[0].label == nil || arguments[0].label == "exactly",
              case .floatLiteral(let value) = arguments[0].value.kind, let text = arguments[0].value.largeLiteral?.text,
              let kind = name == "Int" ? IntegerKind(bits: 64, signed: true) : IntegerKind(name: name) else { return false }
        let plain: CType = name == "Int" ? .int : .integer(kind)
        let type = arguments[0].label == nil ? plain : .optional(plain)
        if !kind.signed, text.hasPrefix("-") {
            report(.floatLiteralConversion(text, type: type, negative: true), at: location)
            return true
        }
        let truncated = value.rounded(.towardZero)
        let fits = kind.isUnsigned64 ? truncated < 18_446_744_073_709_551_616.0 : Int(exactly: truncated).map(kind.contains) == true
        if fits { return false }
        report(.floatLiteralConversion(text, type: type, negative: false), at: location)
        return true
    }
}
