/// Static properties of the built-in types (`Int.max`, `UInt8.min`, `Double.pi`, `.infinity` where a Double is
/// expected), typed from their tables' declarations as the generator compiles them
/// (`Compiler.compileStdlibStaticProperty`).
extension TypeChecker {
    /// `Type.name` where `base` names a built-in number, string or fixed-width integer type (nil: not one, or
    /// unknown).
    func builtinStaticMember(_ base: Expr, _ name: String) -> CType? {
        guard case .name(let typeName) = base.kind, let referent = resolution.referent(of: base) else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        case .global, .earlierGlobal: return aliasedStaticMember(typeName, name)
        default: return nil
        }
        if compiler.declarations.typeAliases[typeName] != nil { return aliasedStaticMember(typeName, name) }
        guard compiler.declarations.userTypes[typeName] == nil, compiler.declarations.typeAliases[typeName] == nil,
              compiler.registry.types[typeName] == nil,
              let type = CType.plainBuiltin(named: typeName) ?? IntegerKind(name: typeName).map({ .integer($0) }) else {
            return nil
        }
        return staticProperty(of: type, name)
    }

    /// `typealias AudioSample = UInt16; AudioSample.min`: the static property of the number type an alias names.
    private func aliasedStaticMember(_ typeName: String, _ name: String) -> CType? {
        guard let aliased = compiler.declarations.typeAliases[typeName], compiler.declarations.userTypes[typeName] == nil,
              compiler.registry.types[typeName] == nil, aliased.isAnyInteger || aliased == .double else { return nil }
        return staticProperty(of: aliased, name)
    }

    /// `.name` where an Int or a Double is expected (`.pi`, `.max`).
    func implicitStaticMember(_ name: String, expected: CType?) -> CType? {
        guard expected == .int || expected == .double, let expected else { return nil }
        return staticProperty(of: expected, name)
    }

    private func staticProperty(of type: CType, _ name: String) -> CType? {
        guard let member = StdlibTables.table(for: type)?.staticProperty(named: name) else { return nil }
        return StdlibSignature(member.declaration, receiver: type).propertyType
    }

    /// `Int.random(in: 1...6)`, `Bool.random()`: a built-in type's static method, from its table, as the generator
    /// compiles it (`Compiler.compileStdlibStaticMethodCall`); nil when `base` names no built-in type with such a
    /// method, `.some(nil)` when the arguments do not fit.
    func stdlibStaticCall(_ base: Expr, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        guard case .name(let typeName) = base.kind, let referent = resolution.referent(of: base) else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        guard compiler.declarations.userTypes[typeName] == nil, compiler.declarations.typeAliases[typeName] == nil,
              compiler.registry.types[typeName] == nil, let type = CType.plainBuiltin(named: typeName),
              let table = StdlibTables.table(for: type), !table.staticMethods(named: name).isEmpty else { return nil }
        guard let member = table.staticMethods(named: name).first(where: { $0.accepts(arguments) }),
              let result = StdlibSignature(member.declaration, receiver: type).returnType else {
            if let mistake = stdlibLabelMistake(table.staticMethods(named: name), name, arguments, isStatic: true, at: location) {
                return .some(mistake)
            }
            uncheckedArguments(arguments)
            return .some(nil)
        }
        // The range of `random(in:)` is compiled where a range of the type's values is expected.
        let ranges: [CType] = type == .double ? [.doubleRange, .doubleClosedRange] : [.range, .closedRange]
        var fits = true, mistaken = false
        for argument in arguments {
            if argument.label == "in" {
                let found = check(argument.value, expected: ranges[0])
                fits = found.map(ranges.contains) ?? false
                if let found, !fits, !found.hasError, isCertainType(found) {
                    // `Int.random(in: 1.0...2.0)`: the range converts to the type's own, as swiftc reports it.
                    report(.argumentType(found, expected: ranges[0]), at: argument.value.conversionLocation)
                    mistaken = true
                }
            } else if let reported = checkRandomGenerator(argument, of: "static", name, arguments, at: location) {
                mistaken = mistaken || reported
            } else if Self.isContextFree(argument.value) {
                check(argument.value, expected: nil)
            }
        }
        return .some(mistaken ? .error : fits ? result : nil)
    }

    /// `using: g` of a random call (`Int.random(in:using:)`, `xs.shuffle(using:)`): the generator read as itself
    /// (`Compiler.randomSource`), and its mistakes in swiftc's words: no `&` (at the value), a generator that is a
    /// `let` (at the `&`), a value whose type is no `RandomNumberGenerator` (at the method's name, `location`, naming
    /// the `kind` of method `name` with the call's labels). Whether it reported a mistake; nil, nothing checked, for
    /// any other argument.
    func checkRandomGenerator(_ argument: Argument, of kind: String, _ name: String, _ arguments: [Argument],
                              at location: SourceLocation) -> Bool? {
        guard argument.label == "using" else { return nil }
        guard case .inoutArgument(let generator) = argument.value.kind else {
            guard let type = check(argument.value, expected: nil), !type.hasError, isCertainType(type) else { return false }
            report(.inoutNeedsAmpersand(type), at: argument.value.location)
            return true
        }
        guard let type = check(generator, expected: nil), !type.hasError, isCertainType(type) else { return false }
        guard Compiler.isRandomNumberGenerator(type) else {
            let method = "\(kind) method '\(name)(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")'"
            report(.genericRequirement(method, type: type, protocolName: "RandomNumberGenerator"), at: location)
            return true
        }
        return reportsConstantInout(argument)
    }

    /// Whether `type` is known in full: no generic body's placeholder in it.
    private func isCertainType(_ type: CType) -> Bool {
        closedPlaceholder(type) == nil && !compiler.mentionsPlaceholder(type) && !isTypeParameterPlaceholder(type)
    }
}
