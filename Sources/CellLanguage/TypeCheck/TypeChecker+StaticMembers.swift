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
    func stdlibStaticCall(_ base: Expr, _ name: String, _ arguments: [Argument]) -> CType?? {
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
            uncheckedArguments(arguments)
            return .some(nil)
        }
        // The range of `random(in:)` is compiled where a range of the type's values is expected.
        let ranges: [CType] = type == .double ? [.doubleRange, .doubleClosedRange] : [.range, .closedRange]
        var fits = true
        for argument in arguments {
            if argument.label == "in" {
                fits = check(argument.value, expected: ranges[0]).map(ranges.contains) ?? false
            } else if Self.isContextFree(argument.value) {
                check(argument.value, expected: nil)
            } else {
                checkRandomGenerator(argument)
            }
        }
        return .some(fits ? result : nil)
    }

    /// `using: &g` of a random call (`Int.random(in:using:)`, `xs.shuffle(using:)`): the generator read as itself
    /// (`Compiler.randomSource`); false, nothing checked, for any other argument.
    @discardableResult
    func checkRandomGenerator(_ argument: Argument) -> Bool {
        guard argument.label == "using", case .inoutArgument(let generator) = argument.value.kind else { return false }
        check(generator, expected: nil)
        return true
    }
}
