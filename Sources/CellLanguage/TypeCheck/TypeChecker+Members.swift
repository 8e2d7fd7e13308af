/// Member reads and subscripts: stored and computed properties of declared types, enum cases, tuple elements, the
/// properties and methods the standard-library tables declare (their Swift declarations give the types), and
/// subscripts of arrays and dictionaries.
extension TypeChecker {
    /// `base.name` read as a value (`.name` with no base: an enum case of the contextual type).
    func member(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        if let none = optionalNone(base, name, expected: expected, at: location) { return none }  // `Optional<Int>.none`, `.none`
        guard let base else {
            if case .user(let type)? = expected?.unwrapped, type.kind == .enumeration, !isGeneric(type),
               let index = type.caseIndex(name), type.cases[index].payload == nil { return .user(type) }
            // `let e: E = .a` where `a` has associated values (a function of them is expected otherwise).
            if case .user(let type)? = expected?.unwrapped, let refused = enumCaseWithoutValues(type, name, at: location) {
                return refused
            }
            if case .user(let type)? = expected?.unwrapped, type.kind != .protocolType, !isGeneric(type),
               type.caseIndex(name) == nil, type.staticMethods[name] == nil,
               let member = staticFieldType(type, name) ?? type.staticComputed[name]?.returnType, member == .user(type) {
                return member  // `.zero`, `.origin`: a static property of the contextual type, of that type
            }
            return placeholderImplicitMemberMistake(name, expected: expected, at: location) ?? implicitStaticMember(name, expected: expected)
                ?? missingImplicitMember(name, expected: expected, at: location)
        }
        if let result = superMember(base, name, at: location) { return result }
        if let qualified = libraryQualifiedValue(base, name) { return qualified }  // `Swift.max` as a value
        if reportsMathFunctionMember(base, name, at: location) { return .error }  // TypeChecker+MathFunctionValues
        if name == "self", let metatype = metatypeValue(base) { return metatype }
        // `x.self` of a value is the value (`\.self` too); a type's `T.self` is the metatype (above) or its own mistake.
        if name == "self", namesValue(base) { return check(base, expected: expected) }
        if let builtin = builtinStaticMember(base, name) ?? boundNumberStaticMember(base, name)
            ?? boundDeclaredStaticMember(base, name) ?? placeholderStaticProperty(base, name)
            ?? placeholderStaticMemberMistake(base, name, at: location) { return builtin }  // +PlaceholderStaticMembers
        if let missing = missingBuiltinStaticMember(base, name, at: location) { return missing }
        if let type = typeNamed(base) {
            if type.kind == .enumeration, let index = type.caseIndex(name), type.cases[index].payload == nil { return .user(type) }
            if let refused = enumCaseWithoutValues(type, name, at: location) { return refused }  // TypeChecker+RefusalDiagnostics
            return staticFieldType(type, name) ?? type.staticComputed[name]?.returnType ?? allCasesType(type, name)
                ?? missingStaticMember(base, type, name, at: location)
        }
        guard let receiver = check(base, expected: literalReceiverType(base, name)) else { return nil }
        if let refused = collectionExtensionRefusal(receiver, name, called: false, at: location) { return refused }
        if case .user = receiver {} else if extendsBuiltin(member: name) {
            return builtinExtensionMember(receiver, name, base: base) ?? unmetTemplateClause(receiver, name, nil, at: location)
        }
        switch receiver {
        case .user(let type):
            if type.kind == .protocolType {
                // A requirement's method as a value is refused (`Compiler.boundMethodChoice`), not typed as a function.
                return boundMethod(type, name, expected: expected, at: location) ?? protocolMember(type, name)
                    ?? missingMember(receiver, name, at: location)
            }
            guard !hasTemplateMembers(type) else { return nil }
            if name.hasPrefix("$") { return projectedValueType(type, name) }
            if let index = type.fieldIndex(name) {
                let field = type.fields[index]
                return field.type  // a weak or unowned one reads as its declared type (`Compiler.weakFieldRead`)
            }
            return type.computed[name]?.returnType ?? conformedExtensionProperty(type, name) ?? templateProperty(type, name)
                ?? rawValueType(type, name)
                ?? hashValueMember(receiver, name)
                ?? boundMethod(type, name, expected: expected, at: location) ?? missingMember(receiver, name, at: location)
        case .native(let typeName):
            return compiler.registry.types[typeName]?.properties[name]?.type ?? missingMember(receiver, name, at: location)
        case .tuple(let elements):
            if let index = Int(name), index >= 0, index < elements.count { return elements[index].type }
            return elements.first { $0.label == name }?.type ?? missingMember(receiver, name, at: location)
        default:
            noteTemplateLookup(receiver, name)
            guard let property = StdlibTables.table(for: receiver)?.property(named: name) else {
                return arrayExtensionProperty(receiver, name) ?? builtinConformanceProperty(receiver, name) ?? hashValueMember(receiver, name)
                    ?? unmetTemplateClause(receiver, name, nil, at: location)
                    ?? boundStdlibMethod(receiver, name, expected: expected, at: location)
                    ?? optionalMemberMistake(receiver, name, base: base) ?? optionalDeclaredMemberMistake(receiver, name, base: base)
                    ?? missingMember(receiver, name, at: location)
            }
            return StdlibSignature(property.declaration, receiver: receiver).propertyType
        }
    }

    /// Whether `base` is a variable, constant or parameter (of this cell or an earlier one), or an expression that is
    /// neither a name nor a member chain (`xs[0]`, `(a + b)`): what `.self` leaves as it is.
    private func namesValue(_ base: Expr) -> Bool {
        switch base.kind {
        case .name(let name):
            guard let referent = resolution.referent(of: base) else { return false }
            if referent == .earlierGlobal, case .variable? = compiler.globalScope.names[name] { return true }
            let values: Set<DeclarationKind> = [.constant, .variable, .parameter, .closureParameter, .captureListEntry, .selfValue]
            return declarationKind(of: referent).map(values.contains) ?? false
        case .member, .typeReference, .invalid:
            return false
        default:
            return true
        }
    }

    /// `receiver.name` as a function value where `name` is a method of `type` (`Compiler+BoundMethods`): its type
    /// without `self`; the error type after reporting a `mutating` one; nil when it is no such method.
    private func boundMethod(_ type: UserType, _ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        switch compiler.boundMethodChoice(type, name, expected: expected) {
        case nil: return nil
        case .method(let info)?: return FunctionInfo.withoutSelf(info).type
        case .refused(let mistake)?:
            report(mistake, at: location)
            return .error
        }
    }

    /// `receiver.name` as a function value where `name` is a standard-library method (`Compiler+BoundStdlibMethods`):
    /// its type without the receiver; the error type after reporting a refusal; nil when it is no such method.
    private func boundStdlibMethod(_ receiver: CType, _ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        switch compiler.boundStdlibMethodChoice(receiver, name, expected: expected) {
        case nil: return nil
        case .method(_, let parameters, let result)?: return .function(parameters, result)
        case .refused(let mistake)?:
            report(mistake, at: location)
            return .error
        }
    }

    /// Whether an extension of a built-in type declares a member called `name` (it may then stand for the table's).
    func extendsBuiltin(member name: String) -> Bool {
        compiler.protocolState.builtinExtensions.values.contains { extensionReach.declares($0, name) }
    }

    /// `receiver.name(arguments)` on a built-in type: the one table method the labels select, when it is not
    /// generic; its arguments are checked against its parameter types.
    /// `location`, the method's name, places a `using:` generator's mistake (`checkRandomGenerator`).
    func stdlibCall(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation? = nil) -> CType? {
        guard !extendsBuiltin(member: name) || callsStdlibOverload(receiver, name, arguments),
              let table = StdlibTables.table(for: receiver) else { return nil }
        if let location, let mistake = rangeContainsMistake(receiver, name, arguments, at: location) { return mistake }
        let candidates = stdlibCandidates(table, name, arguments)
        guard candidates.count == 1 else { return nil }
        if let location, let unmet = unmetStdlibRequirement(candidates[0], receiver, arguments, at: location) { return unmet }
        let signature = StdlibSignature(candidates[0].declaration, receiver: receiver)
        guard !signature.isGeneric, let parameters = signature.parameterTypes, parameters.count == arguments.count else {
            return nil
        }
        var mistaken = false
        for (argument, parameter) in zip(arguments, parameters) {
            // A string literal for a Character parameter is a Character (`firstIndex(of: ",")`), but for
            // `split(separator: " ")`, which compiles it as a String.
            if parameter == .character, case .stringLiteral = argument.value.kind {
                check(argument.value, expected: Self.takesSeparatorString(candidates[0], receiver) ? .string : .character)
                continue
            }
            if let parameter {
                if case .function = parameter, case .closure = argument.value.kind, certainlyBuiltinMembers(of: receiver) {
                    rethrowingClosureArguments.insert(argument.value)
                }
                stdlibArgument(argument, parameter, of: receiver)
            } else if let location, let reported = checkRandomGenerator(argument, of: "instance", name, arguments, at: location) {
                mistaken = mistaken || reported
            } else if Self.isContextFree(argument.value) {
                check(argument.value, expected: nil)
            }
        }
        return mistaken ? .error : signature.returnType
    }

    /// `base[index]` on an array (by an Int) or a dictionary (by a key, optionally with `default:`).
    func subscriptAccess(_ base: Expr, _ arguments: [Argument], expected: CType? = nil, at location: SourceLocation) -> CType? {
        if let result = superSubscript(base, arguments) { return result }
        if let result = staticSubscript(base, arguments, at: location) { return result }
        // `["♣", "♦"][i]` where a Character is expected (`Compiler.subscriptedLiteralType`).
        let literalType = Compiler.subscriptedLiteralType(base, arguments, expected: expected)
        if case .array = base.kind { recordDecidedContext(base, literalType, basis: [expected]) }  // the generator's (`compileSubscript`)
        guard let receiver = check(base, expected: literalType) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let extended = extensionSubscript(receiver, arguments) { return extended }
        if arguments.first?.label != nil, let template = templateSubscript(receiver, arguments) { return template }  // +TemplateMembers
        if let mistake = subscriptShapeMistake(receiver, arguments, at: location) { return mistake }
        if let refused = unboundedRangeRefusal(receiver, arguments, at: location) { return refused }  // +PartialRanges
        switch receiver {
        case .array(let element) where arguments.count == 1 && arguments[0].label == nil,
             .arraySlice(let element) where arguments.count == 1 && arguments[0].label == nil:
            if let slice = oneSidedSlice(element, arguments[0].value) { return slice }  // `xs[2...]`, `xs[..<3]`
            // As the generator reads an array variable in place (`Compiler.compileInPlaceSubscript`): an index whose
            // type does not depend on a context is typed without one (`xs[1..<n]` is a range, `xs[i]` an Int).
            let index = arguments[0].value
            switch check(index, expected: Self.isIndex(index) || !Compiler.needsContext(index) ? nil : .int) {
            case .int?: return element
            case .range?, .closedRange?: return .arraySlice(element)  // `xs[1...3]`: a slice with the base's indices
            case let found?: return arrayIndexMistake(found, index, base: base, at: location)  // `xs["s"]`
            default: return nil
            }
        case .dictionary(let key, let value) where arguments.count == 1 && arguments[0].label == nil:
            // A key of an optional key type may be given unwrapped (`opt[1]` on `[Int?: Int]`, wrapped as the generator wraps it).
            // A key that does not convert: swiftc's argument mistake (`counts[words[0]]` on `[String: Int]`).
            let keyType = checkConverting(arguments[0].value, to: key) { .argumentType($0, expected: $1) }
            return Self.isOptionalPromotion(keyType, to: key) ? .optional(value) : nil
        case .dictionary(let key, let value) where arguments.map(\.label) == [nil, "default"]:
            let keyType = checkConverting(arguments[0].value, to: key) { .argumentType($0, expected: $1) }
            let fallback = checkConverting(arguments[1].value, to: value) { .argumentType($0, expected: $1) }
            return Self.isOptionalPromotion(keyType, to: key) && Self.isOptionalPromotion(fallback, to: value) ? value : nil  // `d[k, default: v]`
        case .user(let type):
            return missingValueSubscript(receiver, arguments, at: location) ?? existentialSubscript(type, arguments, at: location)
                ?? userSubscript(type, arguments, at: location)
        case .native(let typeName) where !(compiler.registry.types[typeName]?.subscripts.isEmpty ?? true):
            return nativeCall(compiler.registry.types[typeName]?.subscripts ?? [], arguments, chosenAt: location, role: .subscriptAccess)
        case .native:  // none to read through, or set-only (`grid[0, 1] = figure`)
            uncheckedArguments(arguments)
            report(.noSubscripts(receiver), at: location)
            return .error
        case .string, .substring:
            return stringSubscript(arguments, base: base, at: location)
        case .range where arguments.count == 1 && arguments[0].label == nil:
            return rangeSubscript(arguments[0].value)
        default:
            if let missing = missingValueSubscript(receiver, arguments, at: location) { return missing }
            uncheckedArguments(arguments)
            return missingSubscript(receiver, at: location)
        }
    }
}
