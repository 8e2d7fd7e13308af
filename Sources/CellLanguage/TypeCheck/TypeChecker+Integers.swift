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
            return check(arguments[0].value, expected: .unicodeScalar) == .unicodeScalar ? .integer(kind) : nil
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
}
