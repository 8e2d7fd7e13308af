import Diagnostics
import Foundation

/// Initializers of built-in types (`Int("12")`, `String(repeating:count:)`, `Array(…)`, `String(format:)` …).
extension Compiler {
    // MARK: Initializers

    /// Compiles `Double(x)`, `Int(x)`, `String(x)`, `String(format:)`, `[T](repeating:count:)`, `Array(range)`.
    func compileInitializer(_ type: CType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        noteResolution(.initializer("\(type)"))
        let labels = arguments.map { $0.label ?? "_" }
        if arguments.isEmpty, let zero = Compiler.zeroValue(of: type) { return zero }
        switch type {
        case .double, .int:
            if let typed = compileNumberInitializer(type, arguments, labels, at: location) { return typed }
        case .character:
            if let typed = compileCharacterInitializer(arguments, labels, at: location) { return typed }
        case .bool:
            if let typed = compileBoolInitializer(arguments, labels) { return typed }
        case .unicodeScalar:
            if let typed = compileUnicodeScalarInitializer(arguments, labels) { return typed }
        case .string:
            if let typed = compileStringInitializer(arguments, labels, at: location) { return typed }
        case .substring:
            if let typed = compileSubstringInitializer(arguments, labels) { return typed }
        case .integer(let kind):
            return compileIntegerInitializer(kind, arguments, at: location)
        case .dictionary:
            return compileDictionaryInitializer(type, arguments, at: location)
        case .set(let element):
            return compileSetInitializer(element, arguments, at: location)
        case .array(let declaredElement):
            if let typed = compileArrayInitializer(type, declaredElement, arguments, labels, at: location) { return typed }
        case .hasher, .objectIdentifier:
            if let typed = compileHashingInitializer(type, arguments) { return typed }
        default:
            break
        }
        cannotGenerate(at: location)
        return .invalid
    }

    /// `Int()`, `Double()`, `Bool()` and `UInt8()`…: the type's zero (false), which the checker typed
    /// (`TypeChecker.zeroInitializer`); nil for another type.
    static func zeroValue(of type: CType) -> Typed? {
        switch type {
        case .int: return Typed(type: .int, code: .int { _ in 0 }, operand: .constant(0))
        case .integer: return Typed(type: type, code: .value { _ in .int(0) })
        case .double: return Typed(type: .double, code: .double { _ in 0 }, operand: .constant(Compiler.bits(0)))
        case .bool: return Typed(type: .bool, code: .bool { _ in false })
        default: return nil
        }
    }

    private func compileStringFormat(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        let format = compileExpr(arguments[0].value, expected: .string)
        var codes: [(Frame) throws -> CVarArg] = []
        var kinds: [FormatChecker.Kind] = []
        for argument in arguments.dropFirst() {
            let typed = compileExpr(argument.value, expected: nil)
            switch typed.type {
            case .int: let x = typed.int; codes.append { try x($0) }; kinds.append(.int)
            case .double: let x = typed.double; codes.append { try x($0) }; kinds.append(.double)
            case .string: let x = typed.value; codes.append { try x($0).stringValue }; kinds.append(.object)
            case .bool: let x = typed.bool; codes.append { try x($0) ? 1 : 0 }; kinds.append(.int)
            default:
                cannotGenerate(at: argument.value.location)  // no CVarArg
                return .invalid
            }
        }
        let formatCode = format.value
        // A literal pattern (the usual case) is checked and parsed once, here; its check's error, if any, is still
        // raised when the call runs.
        if case .stringLiteral(let parts) = arguments[0].value.kind, parts.allSatisfy({
            if case .text = $0 { return true } else { return false }
        }) {
            var pattern = ""
            for case .text(let piece) in parts { pattern += piece }
            let failure: (any Error)?
            do { try FormatChecker.check(pattern, arguments: kinds, at: location); failure = nil } catch { failure = error }
            let parsed = StringFormat(pattern)
            return Typed(type: .string, code: .value { frame in
                var values: [CVarArg] = []
                for code in codes { values.append(try code(frame)) }
                if let failure { throw failure }
                return .string(parsed.format(values))
            })
        }
        return Typed(type: .string, code: .value { frame in
            let pattern = try formatCode(frame).stringValue
            var values: [CVarArg] = []
            for code in codes { values.append(try code(frame)) }
            try FormatChecker.check(pattern, arguments: kinds, at: location)
            return .string(StringFormat(pattern).format(values))
        })
    }

    /// `[T]()`, `[T](repeating:count:)` and `Array(sequence)`; nil when no initializer matches.
    private func compileArrayInitializer(_ type: CType, _ declaredElement: CType, _ arguments: [Argument],
                                         _ labels: [String], at location: SourceLocation) -> Typed? {
        if labels.isEmpty, declaredElement != .error {
            return Typed(type: type, code: .value { _ in .array([]) })
        }
        if labels == ["repeating", "count"] {
            let element = compileExpr(arguments[0].value, expected: declaredElement == .error ? nil : declaredElement)
            let elementType = declaredElement == .error ? element.type : declaredElement
            let value = converted(element, to: elementType, at: arguments[0].value.location).value
            let n = compileExpr(arguments[1].value, expected: .int).int
            return Typed(type: .array(elementType), code: .value { frame in
                let repeated = try value(frame)
                let times = try n(frame)
                guard times >= 0 else {
                    throw RuntimeError(message: "Can't construct Array with count < 0", location: location)
                }
                try AllocationLimit.checkElements(times, at: location)
                return .array(Array(repeating: repeated, count: times))
            })
        }
        if labels == ["_"] {
            let source = Compiler.sliceAsArray(Compiler.stringIfSubstring(compileExpr(arguments[0].value,
                                                                expected: declaredElement == .error ? nil : type)))
            switch source.type {
            case .range, .closedRange:
                let bounds = source.value
                return Typed(type: .array(.int), code: .value { frame in
                    guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                    return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: location))
                })
            case .array:
                return source
            case .string:
                return Compiler.charactersOf(source, at: location)
            case .stringView:
                return StringViewMembers.elements(source)
            case .set(let inner):
                return Compiler.setAsArray(source, inner)
            case .user where Compiler.userSequence(source.type) != nil:
                return userSequenceArray(source, arguments[0].value)
            case .stepped(let stepped) where stepped.isSequence:
                return Compiler.steppedElements(source, at: location)
            default:
                if source.type.hasError { return .invalid }
                // `Array(s)` in a generic body checked with `S: Sequence`'s placeholder (code that never runs).
                if let placeholder = placeholderSequence(source) { return placeholder }
                if declaredElement == .error {
                    cannotGenerate(at: arguments[0].value.location)  // `Array(5)`: no sequence
                    return .invalid
                }
            }
        }
        return nil
    }

    /// `String()`, `String(x)`, `String(describing:)`, `String(format:)`, `String(_:radix:)`, `String(decoding:as:)` and
    /// `String(repeating:count:)`; nil when no initializer matches.
    private func compileStringInitializer(_ arguments: [Argument], _ labels: [String],
                                          at location: SourceLocation) -> Typed? {
        if labels.isEmpty {
            return Typed(type: .string, code: .value { _ in .string("") })
        }
        if labels == ["_"] || labels == ["describing"] {
            if labels == ["describing"], refusePrintedWrapper(arguments[0].value) { return .invalid }
            var typed = compileExpr(arguments[0].value, expected: nil)
            if labels == ["_"], case .stepped(let stepped) = typed.type, stepped.isSequence, stepped.element == .character {
                typed = Compiler.steppedElements(typed, at: location)  // `String(letters)`: the Characters joined
            }
            if labels == ["_"], typed.type == .array(.character) || typed.type == .arraySlice(.character) {
                // The characters of an array or a slice of one (`String(chars[1...3])`), not its description.
                let characters = typed.value
                return Typed(type: .string, code: .value {
                    .string(SliceValue.parts(try characters($0)).elements.map(\.stringValue).joined())
                })
            }
            let describe = describer(typed, at: location)
            return Typed(type: .string, code: .value { .string(try describe($0)) })
        }
        if labels == ["reflecting"] {
            let describe = debugDescriber(compileExpr(arguments[0].value, expected: nil), at: location)
            return Typed(type: .string, code: .value { .string(try describe($0)) })
        }
        if labels.first == "format" {
            return compileStringFormat(arguments, at: location)
        }
        if labels == ["decoding", "as"] { return compileStringDecoding(arguments, at: location) }
        if let digits = compileStringRadix(arguments, at: location) { return digits }
        if labels == ["repeating", "count"] {
            let text = compileExpr(arguments[0].value, expected: .string)
            let count = compileExpr(arguments[1].value, expected: .int)
            guard text.type == .string, count.type == .int else { return nil }
            let t = text.value, n = count.int, runtime = self.runtime
            return Typed(type: .string, code: .value { frame in
                let times = try n(frame)
                guard times >= 0 else {
                    throw RuntimeError(message: "Negative count not allowed", location: location)
                }
                let unit = try t(frame).stringValue
                try AllocationLimit.checkRepeatedString(bytes: unit.utf8.count, count: times, at: location)
                return .string(try LargeText.repeating(unit, count: times, runtime: runtime, at: location))
            })
        }
        return nil
    }

    /// `Bool(b)` and `Bool("true")` (a `Bool?`: only `"true"` and `"false"` convert); nil when no initializer matches.
    private func compileBoolInitializer(_ arguments: [Argument], _ labels: [String]) -> Typed? {
        guard labels == ["_"] else { return nil }
        let typed = compileExpr(arguments[0].value, expected: .bool)
        switch typed.type {
        case .bool: return typed
        case .string, .substring:
            let text = typed.value, isSubstring = typed.type == .substring
            return Typed(type: .optional(.bool), code: .value { frame in
                let value = try text(frame)
                switch isSubstring ? StringIndexing.text(value) : value.stringValue {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .none
                }
            })
        default: return nil
        }
    }

    /// `Character(x)`; nil when no initializer matches.
    private func compileCharacterInitializer(_ arguments: [Argument], _ labels: [String],
                                             at location: SourceLocation) -> Typed? {
        if labels == ["_"] {
            let typed = compileExpr(arguments[0].value, expected: .character)
            if typed.type == .character { return typed }
            if typed.type == .unicodeScalar {
                let scalar = typed.value
                return Typed(type: .character, code: .value { .string(StringView.scalarText(try scalar($0).intValue, nested: false)) })
            }
            if typed.type == .string {
                let text = typed.value
                return Typed(type: .character, code: .value { frame in
                    let value = try text(frame).stringValue
                    guard value.count == 1 else {
                        throw RuntimeError(message: "Can't form a Character from a String containing more than one extended grapheme cluster",
                                           location: location)
                    }
                    return .string(value)
                })
            }
        }
        return nil
    }

    /// `Int("ff", radix: 16)`: the text's value in the radix, nil when it is no number in it (a radix outside 2...36
    /// stops the program, as Swift's precondition does).
    private func compileRadixInitializer(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        let text = Compiler.stringIfSubstring(compileExpr(arguments[0].value, expected: nil))
        guard text.type == .string else {
            cannotGenerate(at: location)
            return .invalid
        }
        let radix = converted(compileExpr(arguments[1].value, expected: .int), to: .int, at: arguments[1].value.location).int
        let string = text.value
        return Typed(type: .optional(.int), code: .value { frame in
            let value = try string(frame).stringValue, base = try radix(frame)
            guard (2...36).contains(base) else { throw RuntimeError(message: "Radix not in range 2...36", location: location) }
            return Int(value, radix: base).map(Value.int) ?? .none
        })
    }

    /// `Int(exactly: x)` as the checker typed it (`TypeChecker.exactIntInitializer`): nil when the Double has a
    /// fractional part or is out of Int's range, or the unsigned 64-bit value is above `Int.max`.
    private func compileExactInt(_ argument: Expr, at location: SourceLocation) -> Typed {
        let literal: CType = argument.containsFloatLiteral ? .double : .int
        let typed = compileExpr(argument, expected: argument.isNumericLiteral ? literal : nil)
        let x = typed.value
        switch typed.type {
        case .int:
            return Typed(type: .optional(.int), code: .value { try x($0) })
        case .double:
            return Typed(type: .optional(.int), code: .value { frame in Int(exactly: try x(frame).doubleValue).map(Value.int) ?? .none })
        case .integer(let kind):
            return Typed(type: .optional(.int), code: .value { frame in
                let value = try x(frame).intValue
                return kind.isUnsigned64 && value < 0 ? .none : .int(value)
            })
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }

    /// `Double(x)` and `Int(x)` from a number or a string; nil when no initializer matches.
    private func compileNumberInitializer(_ type: CType, _ arguments: [Argument], _ labels: [String],
                                          at location: SourceLocation) -> Typed? {
        if type == .int, labels == ["_", "radix"] { return compileRadixInitializer(arguments, at: location) }
        if type == .int, labels == ["exactly"] { return compileExactInt(arguments[0].value, at: location) }
        guard labels == ["_"] else { return nil }
        let argument = arguments[0].value
        let typed = Compiler.stringIfSubstring(compileExpr(argument, expected: argument.isNumericLiteral ? type : nil))
        switch (type, typed.type) {
        case (.double, .double), (.int, .int):
            return typed
        case (.double, .int):
            let x = typed.int
            return Typed(type: .double, code: .double { Double(try x($0)) })
        case (.int, .double):
            let x = typed.double
            return Typed(type: .int, code: .int { frame in
                let value = try x(frame)
                guard value.isFinite else {
                    throw RuntimeError(message: "Double value cannot be converted to Int because it is either infinite or NaN",
                                       location: location)
                }
                guard value > -9223372036854775809.0 && value < 9223372036854775808.0 else {
                    let side = value > 0 ? "greater than Int.max" : "less than Int.min"
                    throw RuntimeError(message: "Double value cannot be converted to Int because the result would be \(side)",
                                       location: location)
                }
                return Int(value)
            })
        case (_, .string):
            let x = typed.value
            if type == .int {
                return Typed(type: .optional(.int), code: .value { frame in
                    Int(try x(frame).stringValue).map(Value.int) ?? .none
                })
            }
            return Typed(type: .optional(.double), code: .value { frame in
                Double(try x(frame).stringValue).map(Value.double) ?? .none
            })
        case (.double, .bool), (.int, .bool):
            break
        case (_, .integer(let source)):
            return convertFromInteger(typed, source, to: type, at: location)
        default:
            break
        }
        cannotGenerate(at: location)
        return .invalid
    }
}
