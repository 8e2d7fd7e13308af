import Diagnostics

/// Strings by their indices, as the generator compiles them (`Compiler+StringIndices`): `s[i]` is a Character,
/// `s[i..<j]`, `s[i...j]` and one-sided ranges (`s[..<i]`, `s[i...]`) are Substrings, on Strings and Substrings;
/// `i..<j` and `i...j` on `String.Index` are ranges of indices, indices compare; Substrings compare with each other
/// and with Strings; string literals take a Substring or `Unicode.Scalar` context.
extension TypeChecker {
    /// `base[index]` on a String or Substring (nil: not such a subscript, or unknown).
    func stringSubscript(_ arguments: [Argument], base: Expr, at location: SourceLocation) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        let index = arguments[0].value
        if Compiler.isUnboundedRange(index) { return .substring }  // `s[...]`: the whole text
        if let (_, bound) = Compiler.oneSidedRange(index) {
            let found = check(bound, expected: .stringIndex)
            return found == .stringIndex ? .substring : stringIntegerIndex(found, base: base) ?? stringIndexMismatch(found, at: location)
        }
        let found = check(index, expected: .stringIndex)
        switch found {
        case .stringIndex?: return .character
        case .indexRange?: return .substring
        default: return stringIntegerIndex(found, base: base) ?? stringIndexMismatch(found, at: location)
        }
    }

    /// `s[true]`: an index of a known type that is no index, an Int or a range (swiftc's `no exact matches in call to
    /// subscript`, at the `[`: no overload of String's subscripts takes it); the error type after reporting, nil otherwise.
    private func stringIndexMismatch(_ found: CType?, at location: SourceLocation) -> CType? {
        guard let found, !found.hasError, isClosed(found), ![CType.int, .range, .closedRange].contains(found),
              compiler.protocolState.builtinExtensions.values.allSatisfy({ $0.subscripts.isEmpty }),
              !protocolExtensionsSupplySubscripts(to: .string) else { return nil }
        report(.noMatchingSubscript, at: location)
        return .error
    }

    /// `i + 1`, `2 - i` on a `String.Index` (no declared operator): swiftc reads the operator as Int's and reports the
    /// index operand (`cannot convert value of type 'String.Index' to expected argument type 'Int'`); the error type
    /// after reporting, nil for other operands.
    func stringIndexArithmetic(_ op: String, _ a: CType, _ b: CType, _ lhs: Expr, _ rhs: Expr) -> CType? {
        guard ["+", "-", "*", "/"].contains(op) else { return nil }
        switch (a, b) {
        case (.stringIndex, .int): report(.argumentType(.stringIndex, expected: .int), at: lhs.location)
        case (.int, .stringIndex): report(.argumentType(.stringIndex, expected: .int), at: rhs.location)
        default: return nil
        }
        return .error
    }

    /// `a op b` on indices and Substrings (nil for other operands, and for `+` on Substrings, whose result depends on
    /// the context).
    static func stringOperator(_ op: String, _ a: CType, _ b: CType) -> CType? {
        let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
        switch (a, b) {
        case (.stringIndex, .stringIndex):
            if op == "..<" || op == "..." { return .indexRange(closed: op == "...") }
            return comparisons.contains(op) ? .bool : nil
        case (.substring, .substring), (.substring, .string), (.string, .substring):
            return comparisons.contains(op) ? .bool : nil
        default:
            return nil
        }
    }

    /// The type of a string literal with the contextual type `Substring` or `Unicode.Scalar` (one scalar); nil for
    /// other contexts.
    static func stringLiteral(_ parts: [StringPart], expected: CType?) -> CType?? {
        switch expected?.unwrapped {
        case .substring?:
            return .substring
        case .unicodeScalar?:
            // A longer literal is a String, which the context's conversion reports (`let x: Unicode.Scalar = "ab"`).
            guard parts.count == 1, case .text(let text) = parts[0], text.unicodeScalars.count == 1 else { return .string }
            return .unicodeScalar
        default:
            return nil
        }
    }
}

extension CType {
    /// The types the standard-library tables' declarations name besides the plain built-in ones: the string views,
    /// `Unicode.Scalar` and the fixed-width integers (`var value: UInt32`); nil for any other name.
    static func stdlibNamed(_ name: String) -> CType? {
        switch name {
        case "String.UTF8View": return .stringView(.utf8)
        case "String.UTF16View": return .stringView(.utf16)
        case "String.UnicodeScalarView": return .stringView(.unicodeScalars)
        default: return IntegerKind(name: name).map { .integer($0) }
        }
    }
}

extension TypeChecker {
    /// `Substring()` and `Substring(x)` from a String, a Substring or an array of Characters, the argument checked
    /// against String (`Compiler.compileSubstringInitializer`).
    func substringInitializer(_ arguments: [Argument]) -> CType? {
        if arguments.isEmpty { return .substring }
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        switch check(arguments[0].value, expected: .string) {
        case .string?, .substring?, .array(.character)?: return .substring
        default: return nil
        }
    }
}

extension TypeChecker {
    /// `a + b` joining a Substring with a Substring or a String (`Compiler.concatenation`): a Substring when the left
    /// side is one, unless a String is expected and either side is a String (or a string literal); else a String.
    /// Nil for other operand types.
    static func substringConcatenation(_ a: CType, _ b: CType, _ lhs: Expr, _ rhs: Expr, expected: CType?) -> CType? {
        switch (a, b) {
        case (.substring, .substring), (.substring, .string), (.string, .substring): break
        default: return nil
        }
        func isString(_ type: CType, _ expr: Expr) -> Bool {
            if case .stringLiteral = expr.kind { return true }
            return type == .string
        }
        let stringExpected = expected == .string && (isString(a, lhs) || isString(b, rhs))
        return a == .substring && !stringExpected ? .substring : .string
    }
}

extension TypeChecker {
    /// `s.append(x)` or `s.append(contentsOf: x)` on a String with `x` of a known type that is neither a String nor a
    /// Character: swiftc finds no `append` that takes it (`no exact matches in call to instance method 'append'`, at
    /// the name, `location`). The error type after reporting; nil, nothing checked, otherwise.
    func stringAppendMistake(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard receiver == .string, name == "append", arguments.count == 1,
              arguments[0].label == nil || arguments[0].label == "contentsOf", !extendsBuiltin(member: name) else { return nil }
        let mark = beginTrial()
        guard let found = check(arguments[0].value, expected: .string), !found.hasError, isClosed(found),
              found != .string, found != .character else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        report(.noMatchingInstanceMethod("append"), at: location)
        return .error
    }
}
