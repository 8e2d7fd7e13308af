import Diagnostics

/// `UInt8(x)`, `UInt8(truncatingIfNeeded: x)`, `UInt8(exactly: x)`, `Int(x)` and `Double(x)` with fixed-width
/// integers: a value the destination cannot hold stops the cell with Swift's message.
extension Compiler {
    /// `Kind(…)` for a fixed-width integer type.
    func compileIntegerInitializer(_ kind: IntegerKind, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        let labels = arguments.map { $0.label ?? "_" }
        if labels == ["ascii"] { return compileASCIIInitializer(kind, arguments[0].value, at: location) }
        guard labels.count == 1, ["_", "truncatingIfNeeded", "exactly"].contains(labels[0]) else {
            cannotGenerate(at: location)
            return .invalid
        }
        let argument = arguments[0].value
        // `UInt8(300)` types the literal as a UInt8 (so it is checked); `UInt8(truncatingIfNeeded: 300)` as an Int.
        let literalType: CType? = argument.containsFloatLiteral ? .double : labels[0] == "_" ? .integer(kind) : .int
        let typed = compileExpr(argument, expected: argument.isNumericLiteral ? literalType : nil)
        if typed.type.hasError { return .invalid }
        let x = typed.value
        if labels[0] == "truncatingIfNeeded", typed.type == .int || Compiler.integerKind(typed.type) != nil {
            return Typed(type: .integer(kind), code: .value { frame in .int(kind.wrap(try x(frame).intValue)) })
        }
        if labels[0] == "_", typed.type == .string {
            let text = x
            return Typed(type: .optional(.integer(kind)), code: .value { frame in
                let string = try text(frame).stringValue
                if kind.isUnsigned64 { return UInt(string).map { .int(Int(bitPattern: $0)) } ?? .none }
                return Int(string).flatMap { kind.contains($0) ? .int($0) : nil } ?? .none
            })
        }
        guard labels[0] != "truncatingIfNeeded", let convert = integerConversion(typed, to: kind, at: location) else {
            cannotGenerate(at: location)
            return .invalid
        }
        if labels[0] == "exactly" {
            // A Double with a fractional part has no exact integer.
            let fraction: ((Frame) throws -> Bool)? = typed.type == .double ? { frame in
                let value = try x(frame).doubleValue
                return value.isFinite && value.rounded(.towardZero) != value
            } : nil
            return Typed(type: .optional(.integer(kind)), code: .value { frame in
                if try fraction?(frame) == true { return .none }
                do { return .int(try convert(frame)) } catch is RuntimeError { return .none }
            })
        }
        return Typed(type: .integer(kind), code: .value { frame in .int(try convert(frame)) })
    }

    /// `String(x, radix: 2)` and `String(x, radix: 16, uppercase: true)` for an Int or a fixed-width integer; nil
    /// for other arguments.
    func compileStringRadix(_ arguments: [Argument], at location: SourceLocation) -> Typed? {
        let labels = arguments.map { $0.label ?? "_" }
        guard labels == ["_", "radix"] || labels == ["_", "radix", "uppercase"] else { return nil }
        let typed = compileExpr(arguments[0].value, expected: nil)
        guard let kind = typed.type == .int ? Compiler.intKind : Compiler.integerKind(typed.type) else {
            cannotGenerate(at: location)
            return .invalid
        }
        let x = typed.value, radix = intArgument(arguments[1])
        var uppercase: (Frame) throws -> Bool = { _ in false }
        if labels.count == 3 {
            uppercase = compileExpr(arguments[2].value, expected: .bool).bool
        }
        return Typed(type: .string, code: .value { frame in
            let value = try x(frame).intValue, base = try radix(frame), upper = try uppercase(frame)
            guard (2...36).contains(base) else { throw RuntimeError(message: "Radix must be between 2 and 36", location: location) }
            return .string(kind.isUnsigned64 ? String(UInt(bitPattern: value), radix: base, uppercase: upper)
                                             : String(value, radix: base, uppercase: upper))
        })
    }

    /// `Int(x)` and `Double(x)` where `x` is a fixed-width integer.
    func convertFromInteger(_ typed: Typed, _ source: IntegerKind, to type: CType, at location: SourceLocation) -> Typed {
        let x = typed.value
        if type == .double { return Typed(type: .double, code: .double { source.double(try x($0).intValue) }) }
        return Typed(type: .int, code: .int { frame in
            let stored = try x(frame).intValue
            if source.isUnsigned64 && stored < 0 {
                throw RuntimeError(message: "Not enough bits to represent the passed value", location: location)
            }
            return stored
        })
    }

    /// The stored form of an Int, fixed-width integer or Double value converted to `kind`, throwing Swift's
    /// message when it does not fit; nil for other source types.
    private func integerConversion(_ typed: Typed, to kind: IntegerKind, at location: SourceLocation) -> ((Frame) throws -> Int)? {
        let x = typed.value
        if typed.type == .double {
            return { frame in try Compiler.integer(fromDouble: try x(frame).doubleValue, kind, at: location) }
        }
        guard let source = typed.type == .int ? Compiler.intKind : Compiler.integerKind(typed.type) else { return nil }
        return { frame in
            let stored = try x(frame).intValue
            // A UInt64 above Int.max is stored negative: only UInt64 and UInt hold it.
            let tooLarge = source.isUnsigned64 && stored < 0
            if tooLarge ? kind.isUnsigned64 : kind.contains(stored) { return stored }
            let message = !tooLarge && stored < 0 ? "Negative value is not representable"
                                                  : "Not enough bits to represent the passed value"
            throw RuntimeError(message: message, location: location)
        }
    }

    /// A Double truncated towards zero into `kind`, or Swift's message when it is not finite or out of range.
    private static func integer(fromDouble value: Double, _ kind: IntegerKind, at location: SourceLocation) throws -> Int {
        guard value.isFinite else {
            throw RuntimeError(message: "Double value cannot be converted to \(kind.name) because it is either infinite or NaN",
                               location: location)
        }
        let truncated = value.rounded(.towardZero)
        let upper = kind.bits == 64 ? (kind.signed ? 9223372036854775808.0 : 18446744073709551616.0) : Double(kind.max) + 1
        let lower = kind.isUnsigned64 ? 0 : Double(kind.min)
        guard truncated >= lower else {
            throw RuntimeError(message: "Double value cannot be converted to \(kind.name) because the result would be less than \(kind.name).min",
                               location: location)
        }
        guard truncated < upper else {
            throw RuntimeError(message: "Double value cannot be converted to \(kind.name) because the result would be greater than \(kind.name).max",
                               location: location)
        }
        return kind.isUnsigned64 ? Int(bitPattern: UInt(truncated)) : Int(truncated)
    }
}
