/// The built-in functions and initializers the generator compiles itself (`Compiler.compileBuiltinCall`,
/// `Compiler.compileInitializer`): `print` with its labels, assertions, `fatalError`, and the conversions `Int(x)`,
/// `Double(x)`, `String(x)`, `String(describing:)`, `String(repeating:count:)`, `[T]()` and `[T](repeating:count:)`.
extension TypeChecker {
    /// A call of a built-in function or a built-in type's initializer by name: nil when the checker does not model
    /// it (its arguments are then left to the caller), else the call's type (nil inside: unknown, its arguments
    /// checked).
    func builtinCall(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType? = nil) -> CType?? {
        guard isBuiltinName(name, referent) else { return nil }
        if !extendsBuiltinInitializers(name), let mistake = builtinLabelMistake(name, arguments) { return .some(mistake) }
        let labels = arguments.map(\.label)
        if arguments.isEmpty, let zero = zeroInitializer(name) { return .some(zero) }
        switch name {
        case "print", "debugPrint":
            let unknown = arguments.filter { $0.label != nil && $0.label != "separator" && $0.label != "terminator" }
            guard unknown.isEmpty else {
                // `print(1, foo: 2)`: swiftc's `extra argument 'foo' in call`, at the value.
                guard unknown.count == 1 else { return nil }
                uncheckedArguments(arguments)
                report(.extraArgument(unknown[0].label), at: unknown[0].value.location)
                return .some(.error)
            }
            for argument in arguments {
                if argument.label == nil { noteContextFree(argument.value) }
                // `print(nil)`: an item is `Any`, a separator or terminator a String (+NilLiterals).
                if reportsNilLiteral(argument.value, argument.label == nil ? .user(compiler.anyType) : .string, as: .argument) { continue }
                let type = check(argument.value, expected: argument.label == nil ? compiler.printItemContext(argument.value) : .string)
                if argument.label == nil {
                    refusePrinting(type, at: argument.value.location)
                    refusePrintedWrapper(argument.value)
                }
            }
            return .void
        case "assert", "precondition":
            guard !arguments.isEmpty, arguments.count <= 2, labels.allSatisfy({ $0 == nil }) else { return nil }
            check(arguments[0].value, expected: .bool)
            if arguments.count == 2 { check(arguments[1].value, expected: .string) }
            return .void
        case "fatalError", "assertionFailure", "preconditionFailure":
            // Only the message is compiled, as a String (`Compiler.compileBuiltinCall`).
            if let first = arguments.first { check(first.value, expected: .string) }
            return .void
        case "stride":
            return .some(strideCall(arguments))
        case "zip":
            return .some(zipCall(arguments))
        case "Set":
            return extendsBuiltinInitializers(name) ? nil : .some(setConversion(arguments))
        case "Array":
            return extendsBuiltinInitializers(name) ? nil : .some(arrayConversion(arguments))
        case "Dictionary":
            return extendsBuiltinInitializers(name) ? nil : .some(dictionaryInitializer(arguments))
        case "Int", "Double", "String":
            guard !extendsBuiltinInitializers(name) else { return nil }
            if name == "Int", labels == [nil, "radix"] { return .some(radixInitializer(arguments)) }
            if name == "Int", labels == ["exactly"] { return .some(exactIntInitializer(arguments)) }
            guard labels == [nil] || name == "String" else { return nil }
            return .some(name == "String" ? stringInitializer(labels, arguments)
                                          : numberInitializer(name == "Int" ? .int : .double, arguments))
        case "Bool", "Character", "UnicodeScalar":
            return extendsBuiltinInitializers(name) ? nil : .some(scalarInitializer(name, arguments, expected: expected))
        case "swap": return .some(swapCall(arguments))
        case "Hasher", "ObjectIdentifier": return hashingInitializer(name, arguments)
        case "Substring":
            return extendsBuiltinInitializers(name) ? nil : .some(substringInitializer(arguments))
        default:
            guard let kind = IntegerKind(name: name), !extendsBuiltinInitializers(name) else { return nil }
            return .some(integerInitializer(kind, arguments))
        }
    }

    /// `Array(repeating: x, count: n)`: the element type from the context when an array is expected, else from `x`
    /// (`Compiler.compileNamedCall`); nil when the call is not that one.
    func arrayRepeating(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "Array", arguments.map(\.label) == ["repeating", "count"], isBuiltinName(name, referent),
              !extendsBuiltinInitializers(name) else { return nil }
        if case .array(let element)? = expected { return .some(arrayInitializer(element, arguments)) }
        let element = check(arguments[0].value, expected: nil)
        let count = checkConverting(arguments[1].value, to: .int) { .argumentType($0, expected: $1) }
        guard let element else { return .some(nil) }
        return .some(count == .int ? .array(element) : nil)
    }

    /// `Int()`, `Double()`, `Bool()` and `UInt8()`… (the type's zero, `Compiler.zeroValue`), and `Character()`,
    /// which has no such initializer (swiftc's `missing argument for parameter #1 in call` at its `)`); nil for
    /// another name, or a type whose initializers an extension declares.
    private func zeroInitializer(_ name: String) -> CType? {
        guard !extendsBuiltinInitializers(name) else { return nil }
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "Character":
            guard let call = callBeingChecked else { return nil }
            report(.missingArgument(label: nil, position: 1), at: call.closingLocation ?? call.location)
            return .error
        default: return IntegerKind(name: name).map { .integer($0) }
        }
    }

    /// Whether a name refers to nothing declared (a built-in function or type, not shadowed).
    func isBuiltinName(_ name: String, _ referent: Referent) -> Bool {
        switch referent {
        case .builtin, .unresolved: break
        default: return false
        }
        return compiler.protocolState.genericFunctions[name] == nil && compiler.declarations.userTypes[name] == nil
            && compiler.declarations.typeAliases[name] == nil && compiler.registry.functions[name] == nil
            && compiler.registry.types[name] == nil
    }

    /// The built-in type an expression spells when called (`[Double]` in `[Double](repeating: 0, count: 3)`,
    /// `[String: Int]` in `[String: Int]()`).
    func builtinTypeSpelled(by expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            if let type = typeNamed(expr) { return .user(type) }  // `[Node]()`, `[Node: Int]()`
            guard ["Int", "Double", "Bool", "String", "Character"].contains(name),
                  let referent = resolution.referent(of: expr), isBuiltinName(name, referent) else { return nil }
            return CType.plainBuiltin(named: name)
        case .array(let elements) where elements.count == 1:
            return builtinTypeSpelled(by: elements[0]).map { .array($0) }
        case .optionalChain(let wrapped):
            return builtinTypeSpelled(by: wrapped).map { .optional($0) }  // `[Int?]([1, nil])`
        case .dictionary(let pairs) where pairs.count == 1:
            guard let key = builtinTypeSpelled(by: pairs[0].0), key.isHashable,
                  let value = builtinTypeSpelled(by: pairs[0].1) else { return nil }
            return .dictionary(key, value)
        default:
            return nil
        }
    }

    /// Whether an extension of the built-in type `name` declares initializers (they may be the ones called).
    func extendsBuiltinInitializers(_ name: String) -> Bool {
        guard let extended = compiler.protocolState.builtinExtensions[name] else { return false }
        return !extended.initializers.isEmpty
    }

    /// `Int(x)` and `Double(x)` from an Int, a Double, a String or a Substring.
    func numberInitializer(_ type: CType, _ arguments: [Argument]) -> CType? {
        let argument = arguments[0].value
        switch check(argument, expected: argument.isNumericLiteral ? type : nil) {
        case .int?, .double?, .integer?: return type
        case .string?, .substring?: return .optional(type)
        default: return nil
        }
    }

    /// `Int(exactly: x)` from a Double, an Int or a fixed-width integer (`Compiler.compileExactInt`): an optional Int.
    private func exactIntInitializer(_ arguments: [Argument]) -> CType? {
        let argument = arguments[0].value
        let literal: CType = argument.containsFloatLiteral ? .double : .int
        switch check(argument, expected: argument.isNumericLiteral ? literal : nil) {
        case .int?, .double?, .integer?: return .optional(.int)
        default: return nil
        }
    }

    /// `String()`, `String(x)`, `String(describing: x)`, `String(reflecting: x)` and `String(repeating:count:)`.
    private func stringInitializer(_ labels: [String?], _ arguments: [Argument]) -> CType? {
        if labels.isEmpty { return .string }
        if labels == [nil, "radix"] || labels == [nil, "radix", "uppercase"] { return stringRadix(arguments) }
        if labels == ["decoding", "as"], case .member(let codec?, "self", _) = arguments[1].value.kind,
           case .name("UTF8") = codec.kind {
            // `String(decoding: bytes, as: UTF8.self)` (`Compiler.compileStringDecoding`; the codec is not compiled).
            let byte = CType.integer(IntegerKind(bits: 8, signed: false))
            switch check(arguments[0].value, expected: .array(byte)) {
            case .stringView(.utf8)?, .array(byte)?, .arraySlice(byte)?: return .string
            default: return nil
            }
        }
        guard labels == [nil] || labels == ["describing"] || labels == ["reflecting"] || labels == ["repeating", "count"] else {
            uncheckedArguments(arguments)
            return nil
        }
        if labels == [nil] || labels == ["describing"] || labels == ["reflecting"] {
            let type = check(arguments[0].value, expected: nil)
            if labels == ["describing"] { refusePrintedWrapper(arguments[0].value) }
            return type == nil ? nil : .string
        }
        if labels == ["repeating", "count"] {
            let text = check(arguments[0].value, expected: .string)
            let count = checkConverting(arguments[1].value, to: .int) { .argumentType($0, expected: $1) }  // `count: "s"`
            return text == .string && count == .int ? .string : nil
        }
        return nil
    }

    /// `String(n, radix: r)` and `String(n, radix: r, uppercase: u)` for an integer of any width.
    private func stringRadix(_ arguments: [Argument]) -> CType? {
        let value = check(arguments[0].value, expected: arguments[0].value.isNumericLiteral ? .int : nil)
        let radix = checkConverting(arguments[1].value, to: .int) { .argumentType($0, expected: $1) }
        let uppercase = arguments.count == 3 ? check(arguments[2].value, expected: .bool) : .bool
        return value?.isAnyInteger == true && radix == .int && uppercase == .bool ? .string : nil
    }

    /// `[T]()` and `[T](repeating: x, count: n)` with the element type written.
    func arrayInitializer(_ element: CType, _ arguments: [Argument]) -> CType? {
        let labels = arguments.map(\.label)
        if labels.isEmpty { return .array(element) }
        if labels == [nil] { return arraySourceConversion(arguments[0], .array(element)) }
        guard labels == ["repeating", "count"] else {
            if let mistake = builtinLabelMistake("Array", arguments) { return mistake }
            uncheckedArguments(arguments)
            return nil
        }
        let value = checkConverting(arguments[0].value, to: element) { .argumentType($0, expected: $1) }
        let count = checkConverting(arguments[1].value, to: .int) { .argumentType($0, expected: $1) }
        return value == element && count == .int ? .array(element) : nil
    }

    /// `Int(text, radix: r)`: an `Int?` from a String or a Substring (`Compiler.compileRadixInitializer`).
    private func radixInitializer(_ arguments: [Argument]) -> CType? {
        let text = check(arguments[0].value, expected: nil)
        let radix = checkConverting(arguments[1].value, to: .int) { .argumentType($0, expected: $1) }
        guard text == .string || text == .substring, radix == .int else { return nil }
        return .optional(.int)
    }

    /// `Optional(x)`: `x` checked with the wrapped type of the context (`Compiler.compileBuiltinCall`); nil when
    /// not such a call.
    func optionalConstruction(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "Optional", isBuiltinName(name, referent), arguments.count == 1, arguments[0].label == nil else { return nil }
        return .some(check(arguments[0].value, expected: expected?.unwrapped).map { .optional($0) })
    }
}
