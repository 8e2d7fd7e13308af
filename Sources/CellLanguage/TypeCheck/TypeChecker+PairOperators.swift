/// Function values given where a transform is expected (`xs.map(f)`, `xs.map(layer.activation)`), operators given
/// where a function of one pair is expected (`zip(a, b).map(*)`), which the generator compiles as
/// `{ $0.0 op $0.1 }` (`Compiler.pairOperatorFunction`), and the ordering members of arrays of declared types with
/// their own `<` (`ps.max()`, `ps.sorted()`), which the generator runs with that operator (`Compiler.lessThan`).
extension TypeChecker {
    /// `pairs.map(op)`: the operator's result on the pair's two elements (of one built-in type), the operator's name
    /// recorded as a function of the pair; nil when the argument is not such an operator.
    func pairOperatorTransform(_ argument: Argument, _ element: CType) -> CType? {
        guard case .name(let op) = argument.value.kind, let first = op.first, !first.isLetter, first != "_", first != "$",
              case .tuple(let parts) = element, parts.count == 2,
              parts.allSatisfy({ $0.label == nil }), parts[0].type == parts[1].type else { return nil }
        switch resolution.referent(of: argument.value) {
        case .builtin?, .unresolved?: break
        case .member?: break  // in a body of a type declaring `op`: still `$0.0 op $0.1` (`map(+)` in `Vec`'s `+`)
        default: return nil
        }
        // Where the cell declares `op`, its operator functions first (`declaredOperatorFunctionResult`).
        let declared = declaredOperators.contains(op) ? declaredOperatorFunctionResult(op, parts[0].type, parts[1].type) : nil
        guard let result = declared ?? operatorResult(op, parts[0].type) else { return nil }
        record(argument.value, .function([element], result), expected: .function([element], .error))
        return result
    }

    /// `xs.min()`, `xs.max()` and `xs.sorted()` on an array of a non-generic declared type that declares
    /// `static func < (a, b) -> Bool`; nil when not such a call.
    func declaredOrderCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard ["min", "max", "sorted"].contains(name), arguments.isEmpty, case .array(.user(let type)) = receiver,
              type.kind != .protocolType, !isGeneric(type), !extendsBuiltin(member: name), !arrayTemplateDeclares(name),
              type.staticMethods["<"]?.contains(where: { $0.parameters.count == 2 && $0.returnType == .bool }) == true
                || Self.hasSynthesizedOrder(type) else { return nil }
        return name == "sorted" ? receiver : .optional(.user(type))
    }

    /// Whether an `extension Array` template declares a method `name` (the generator then refuses it on arrays of
    /// declared types).
    private func arrayTemplateDeclares(_ name: String) -> Bool {
        guard let proto = compiler.protocolState.builtinProtocols["Array"] else { return false }
        return compiler.protocolState.protocolExtensions.contains { $0.proto === proto && $0.decl.methods.contains { $0.name == name } }
    }

    /// `xs.map(f)` where `f` names a function value (a function with one overload, a variable, a stored property
    /// of a variable's declared type, or a standard-library method bound to a value) taking `element`: its result; nil otherwise (the generator picks an overload
    /// by the element, which the checker leaves unknown).
    func functionValueTransform(_ argument: Argument, _ element: CType) -> CType? {
        var expected: CType?
        switch argument.value.kind {
        case .name(let name):
            guard let first = name.first, first.isLetter || first == "_" else { return nil }
            // `pairs.map(max)`: typed by the element, as `Compiler.minMaxFunctionType` compiles it.
            if Compiler.minMaxFunctionType(name, expected: .function([element], .error)) != nil { expected = .function([element], .error) }
        case .member(_?, let name, _) where StdlibTables.methodNames.contains(name):
            // `line.hasPrefix`: a bound standard-library method, chosen by the parameter as `Compiler.mapFunction`
            // compiles it (`Compiler+BoundStdlibMethods`).
            expected = .function([element], .error)
        case .member(let base?, let name, _):
            guard case .name(let baseName) = base.kind, let referent = resolution.referent(of: base),
                  case .user(let type)? = type(of: referent, named: baseName), type.kind != .protocolType, !isGeneric(type),
                  type.computed[name] == nil else { return nil }
            if type.methods[name] != nil {
                // `xs.map(lin.predict)`: a bound method, chosen by the parameter (`Compiler.boundMethodChoice`).
                guard type.fieldIndex(name) == nil else { return nil }
                expected = .function([element], .error)
            } else if type.fieldIndex(name) == nil {
                return nil
            }
        case .call:
            // `xs.map(multiplier(10))`: a call whose result is a function.
            break
        default:
            return nil
        }
        // A throwing function value too (`try xs.map(parse)`: the call rethrows its error).
        switch check(argument.value, expected: expected) {
        case .function(let parameters, let result)?, .throwingFunction(let parameters, let result)?:
            return parameters == [element] && result != .void ? result : nil
        default:
            return nil
        }
    }

    /// Whether `type` is an enum declared `Comparable` without raw values or a `<` of its own whose associated
    /// values all have a `<`: its cases compare in declaration order, then their values (`Compiler.synthesizedLess`).
    static func hasSynthesizedOrder(_ type: UserType) -> Bool {
        type.kind == .enumeration && type.conformances.contains("Comparable") && type.rawType == nil
            && type.staticMethods["<"] == nil
            && type.cases.allSatisfy { ($0.payload ?? []).allSatisfy { Compiler.hasLess($0.type, excluding: type) } }
    }
}
