import Diagnostics

/// What the notebooks' module code reads besides native calls: the constant sets of the bindings (`Theme.dark`,
/// `.dashed` where a `Dash` is expected), the built-in types' static properties (`Double.pi`, `Int.max`), and the
/// built-in functions the generator compiles itself around them: `min`, `max`, `abs`, `stride` and
/// `String(format:)`.
extension TypeChecker {
    /// `Type.name` on a constant set or a built-in type, or `.name` where a constant set or a number is expected;
    /// nil when the member is none of those (the caller then types it). A constant set's missing member is swiftc's
    /// (`type 'Theme' has no member 'drak'`, with its did-you-mean), at `location`.
    func moduleMember(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        guard let base else {
            switch expected {
            case .constants(let typeName)?:
                return constant(typeName, name, at: location)
            case .double?, .int?:
                return staticProperty(expected!, name)
            default:
                return nil
            }
        }
        guard case .name(let typeName) = base.kind, case .builtin? = resolution.referent(of: base),
              compiler.declarations.userTypes[typeName] == nil, compiler.declarations.typeAliases[typeName] == nil else {
            return nil
        }
        if let type = Self.numberType(named: typeName) {
            return name == "init" ? nil : staticProperty(type, name)
        }
        guard CType.plainBuiltin(named: typeName) == nil, IntegerKind(name: typeName) == nil,
              compiler.registry.constants[typeName] != nil else { return nil }
        return constant(typeName, name, at: location)
    }

    /// The constant `name` of the binding's constant set `typeName`; the error type after reporting a name the set
    /// does not have; nil when `typeName` names no constant set.
    private func constant(_ typeName: String, _ name: String, at location: SourceLocation) -> CType? {
        guard let cases = compiler.registry.constants[typeName] else { return nil }
        if cases.contains(name) { return .constants(typeName) }
        report(.typeHasNoMember(typeName, member: name, suggestion: NameSuggester.suggestion(for: name, among: cases)), at: location)
        return .error
    }

    /// Int and Double, whose static constants the tables declare.
    private static func numberType(named name: String) -> CType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        default: return nil
        }
    }

    /// A static property of a built-in type's table (`Double.pi`), when it declares one.
    private func staticProperty(_ type: CType, _ name: String) -> CType? {
        guard !extendsBuiltin(member: name), let property = StdlibTables.table(for: type)?.staticProperty(named: name),
              case .value = property.implementation else { return nil }
        return StdlibSignature(property.declaration, receiver: type).propertyType
    }

    /// `min(…)`, `max(…)`, `abs(x)` and `String(format:…)` as the generator compiles them; nil when the name is
    /// none of those or not the built-in one (the caller then tries the others), `.some(nil)` when unknown.
    /// `location`: the call's, where conflicting arguments of `min`/`max` are reported (none: not reported).
    func moduleBuiltinCall(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?,
                           at location: SourceLocation? = nil, opening: SourceLocation? = nil) -> CType?? {
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        guard compiler.protocolState.genericFunctions[name] == nil, compiler.declarations.userTypes[name] == nil,
              compiler.declarations.typeAliases[name] == nil, compiler.registry.functions[name] == nil,
              compiler.registry.types[name] == nil else { return nil }
        switch name {
        case "min", "max":
            return .some(minMax(arguments, expected: expected, at: location))
        case "stride":
            return .some(stride(arguments))
        case "abs":
            guard arguments.count == 1, arguments[0].label == nil else { return nil }
            let type = check(arguments[0].value, expected: expected)
            // Not fixed-width integers: `abs(UInt8(1)) + 1.5` takes the Double context into `abs`, which the checker
            // does not model (the generator reports the argument, as swiftc does).
            return .some(type == .int || type == .double ? type : nil)
        case "String":
            guard arguments.first?.label == "format",
                  compiler.protocolState.builtinExtensions["String"]?.initializers.isEmpty ?? true else { return nil }
            return .some(stringFormat(arguments, opening: opening))
        default:
            return nil
        }
    }

    /// `min(a, b, …)`: the first argument that is not a number literal gives every argument its type.
    private func minMax(_ arguments: [Argument], expected: CType?, at location: SourceLocation?) -> CType? {
        guard arguments.count >= 2, arguments.allSatisfy({ $0.label == nil }) else {
            uncheckedArguments(arguments)
            return nil
        }
        return sharedType(arguments, literals: expected == .double ? .double : .int, allowing: [.int, .double, .string],
                          allowsIntegers: true, conflictsAt: location)
    }

    /// The type every argument takes from the first that is not a number literal (`literals` when all are, Double
    /// with a floating-point one), when it is one of `allowed` (or any integer type, with `allowsIntegers`) and every
    /// argument has it; nil otherwise. With `location`, arguments of other known types are reported there
    /// (`conflictingArguments`, the error type).
    private func sharedType(_ arguments: [Argument], literals: CType, allowing allowed: [CType],
                            allowsIntegers: Bool = false, conflictsAt location: SourceLocation? = nil) -> CType? {
        let type: CType?
        let anchor = arguments.first(where: { !$0.value.isNumericLiteral && !Self.isNilLiteral($0.value) })?.value
        if let anchor {
            type = check(anchor, expected: nil)
        } else {
            type = arguments.contains { $0.value.containsFloatLiteral } ? .double : literals
        }
        guard let type, allowed.contains(type) || (allowsIntegers && type.isAnyInteger) else {
            uncheckedArguments(arguments)
            return nil
        }
        // The anchor, of that type already, is not checked again: nested `max(max(…), 1)` stays linear.
        var found: [CType?] = []
        for argument in arguments {
            found.append(argument.value === anchor ? type : check(argument.value, expected: type))
        }
        // `max(1, nil)`: swiftc's argument mistake at the `nil` (+NilLiterals).
        if arguments.contains(where: { reportsNilLiteral($0.value, type, as: .argument) }) { return .error }
        if found.allSatisfy({ $0 == type }) { return type }
        if let location, conflictingArguments(found, type, at: location) { return .error }
        return nil
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)`: an array of Ints or Doubles, as the first argument that is
    /// not a number literal types them.
    private func stride(_ arguments: [Argument]) -> CType? {
        let labels = arguments.map(\.label)
        guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
            uncheckedArguments(arguments)
            return nil
        }
        return sharedType(arguments, literals: .int, allowing: [.int, .double]).map { .array($0) }
    }

    /// `String(format: pattern, values…)`: the values are Ints, Doubles, Strings or Bools.
    /// Whether a value of `type` is certainly no `CVarArg` for swiftc as for the generator: a Character, a tuple, a
    /// declared struct or enumeration (the generator formats Int, Double, String and Bool only; swiftc also takes the
    /// fixed-width integers, and names an optional's unwrapping instead).
    private static func isNoFormatArgument(_ type: CType) -> Bool {
        switch type {
        case .character, .tuple, .array: return true
        case .user(let user): return user.kind == .structure || user.kind == .enumeration
        default: return false
        }
    }

    /// `opening`: the call's opening parenthesis, where one array of values is reported (swiftc takes
    /// `String(format:arguments:)`: `missing argument label 'arguments:' in call`); nil: not reported.
    private func stringFormat(_ arguments: [Argument], opening: SourceLocation?) -> CType? {
        let pattern = check(arguments[0].value, expected: .string)
        var known = pattern == .string
        for argument in arguments.dropFirst() {
            guard argument.label == nil else { return nil }
            if Self.isNilLiteral(argument.value) {  // `String(format: "%d", nil)`: swiftc's argument mistake at the `nil`
                report(.nilLiteral(.argument, .native("any CVarArg")), at: argument.value.location)
                return .error
            }
            switch check(argument.value, expected: nil) {
            case .int?, .double?, .string?, .bool?: break
            case .array(let element)? where known && arguments.count == 2 && isClosed(element):
                guard let opening else { return nil }
                report(.missingArgumentLabel("arguments"), at: opening)
                return .error
            case let type? where known && Self.isNoFormatArgument(type):
                // The generator stops at the first argument it cannot format (`Compiler.compileStringFormat`).
                report(.argumentDoesNotConform(type, protocolName: "CVarArg"), at: argument.value.conversionLocation)
                return .error
            default: known = false
            }
        }
        return known ? .string : nil
    }
}
