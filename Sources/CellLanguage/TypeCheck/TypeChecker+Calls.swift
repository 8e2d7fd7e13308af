import Diagnostics

/// Calls: declared functions and methods (overloads told apart by labels, then by argument types), memberwise and
/// declared initializers, and the standard-library methods of the built-in types (`StdlibTables`).
extension TypeChecker {
    /// `callee(arguments)`.
    func call(_ expr: Expr, _ callee: Expr, _ arguments: [Argument], expected: CType?) -> CType? {
        let savedCall = callBeingChecked, savedEnclosing = enclosingCall
        enclosingCall = savedCall.flatMap { outer in
            guard case .call(_, let outerArguments) = outer.kind else { return nil }
            return outerArguments.contains { $0.value === expr } ? outer : nil
        }
        callBeingChecked = expr
        defer { callBeingChecked = savedCall; enclosingCall = savedEnclosing }
        noteInoutFirstParameterClosure(callee, arguments)  // TypeChecker+ConstantDiagnostics
        if let mistake = genericConstructionLabelMistake(callee, arguments) { return mistake }
        if let type = specializedConstruction(callee, arguments) { return type }
        if let type = contextualConstruction(callee, arguments, expected: expected) { return type }
        let generic = genericTypeConstruction(callee, arguments)
        if generic.handled { return generic.type }
        switch callee.kind {
        case .name(let name) where !name.contains("<"):
            if reportsUnprovidedFunction(callee, name) { return .error }  // TypeChecker+UnprovidedFunctions
            if reportsUnknownExtensionMember(callee, name) {  // TypeChecker+NameDiagnostics
                uncheckedArguments(arguments)
                return .error
            }
            if let result = nameCall(expr, callee, name, arguments, expected: expected) { return result }
            if reportsUnknownName(callee, name) {
                uncheckedArguments(arguments)
                return .error
            }
        case .name(let name) where name.hasPrefix("AnyIterator<"):
            if let result = anyIteratorCall(name, .builtin, arguments, expected: expected) { return result }
        case .member(let base?, let name, let nameLocation):
            if let some = optionalSome(base, name, arguments, expected: nil) { return some }  // `Optional<Int>.some(3)`
            if let result = memberCall(expr, callee, base, name, arguments, expected: expected, at: nameLocation) { return result }
        case .array, .dictionary:
            let spelled = builtinTypeSpelled(by: callee)
            if case .array(let element)? = spelled { return arrayInitializer(element, arguments) }
            // `[String: Int]()` parses as a dictionary literal called like a function.
            if arguments.isEmpty, case .dictionary(let key, let value)? = spelled { return .dictionary(key, value) }
        case .typeReference(let typeExpr):
            if let mistake = refusedCollectionInitializer(expr, typeExpr, arguments) { return mistake }
            if let result = collectionInitializer(typeExpr, arguments) { return result }
        case .member(nil, let name, let nameLocation):
            // `.circle(radius: 2)` where a `Shape` is expected.
            if case .user(let type)? = expected?.unwrapped, let result = enumConstruction(type, name, arguments) { return result }
            if name == "init", let result = contextualInitializer(expected?.unwrapped, arguments) { return result }
            if let some = optionalSome(nil, name, arguments, expected: expected) { return some }  // `best = .some(x)`
            if let missing = missingImplicitCall(name, arguments, expected: expected, at: nameLocation) { return missing }
        case .subscriptAccess, .optionalChain, .forceUnwrap, .call, .closure:
            // A closure called at once (a `switch` used as a value) is compiled without a contextual type (but an `if`
            // or `switch` expression with a throwing branch, `TypeChecker+TypedThrows`); a `nil` branch value is
            // checked against the context (`switchValueContext`).
            let outerSwitch = switchValueContext
            if case .closure(let literal) = callee.kind, literal.parameters.isEmpty, arguments.isEmpty {
                switchValueContext = .some(expected)
            }
            let context = inlineExpressionContext(callee, expected: expected) ?? valueClosureContext(callee, arguments, expected: expected)
            let calleeType = check(callee, expected: context)
            switchValueContext = outerSwitch
            if expected == nil, arguments.isEmpty, case .closure(let literal) = callee.kind, !literal.isInlineExpression {
                checkBranchTypes(literal, plainOnly: true)  // a `switch` used as a value: its branches typed alone
            }
            if let calleeType, let result = callAsFunction(on: calleeType, arguments, expected: expected, at: callee.location) {
                return result
            }
            if let result = valueCall(calleeType, arguments) { return result }
        default:
            break
        }
        uncheckedArguments(arguments)
        return nil
    }

    /// `.init(arguments)` where a type is expected: its initializer, as the generator compiles it (a declared
    /// type's construction, an array's, set's or dictionary's initializer); `.some(nil)` when unknown (another
    /// built-in type's initializer, its arguments checked), nil when no type is expected.
    private func contextualInitializer(_ type: CType?, _ arguments: [Argument]) -> CType?? {
        guard let type, !type.hasError else { return nil }
        switch type {
        case .user(let user) where user.kind != .protocolType: return .some(construction(user, arguments))
        case .array(let element): return .some(arrayInitializer(element, arguments))
        case .set(let element): return .some(setInitializer(element, arguments))
        case .dictionary where arguments.isEmpty: return .some(type)
        default:
            guard Compiler.isImplicitlyInitializable(type) else { return nil }
            // `.init(7)` where a Double is expected: `Double(7)`, the same initializer (`Compiler.compileInitializer`).
            if let builtin = builtinCall(type.description, .builtin, arguments) { return builtin }
            uncheckedArguments(arguments)
            return .some(nil)
        }
    }

    /// `name(arguments)`: what the name refers to decides (a nested type, a method of `self`, a built-in function or
    /// initializer, a declared function, type or native binding); `.some` when decided, nil when unknown.
    private func nameCall(_ expr: Expr, _ callee: Expr, _ name: String, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard let referent = resolution.referent(of: callee) else { return nil }
        let settledMark = settledStack.count
        defer { unsettleArguments(downTo: settledMark) }
        // `@S var x = 1` where `S` is no property wrapper: the generator reports the attribute alone.
        if callee.isWrapperAttribute, compiler.declarations.userTypes[name]?.isPropertyWrapper == false { return .some(nil) }
        if callee.isTopLevelWrapper { return .some(nil) }  // `@W var x` at the top level: refused, nothing compiled
        if let nested = nestedTypeNamed(callee) { return .some(construction(nested, arguments)) }  // `Inner(…)` in `Outer`
        if let hidden = hiddenGlobalFunctionCall(callee, name, referent) { return .some(hidden) }
        if case .member(let owner) = referent,
           let result = implicitStdlibCall(owner, name, arguments, expected: expected, at: expr.location)
               ?? selfMethodCall(owner, name, arguments, expected: expected, at: expr.location) { return .some(result) }
        if let callable = nativeCallable(callee, name, referent, arguments) { return .some(callable) }
        if let library = libraryOverloadCall(expr, name, referent, arguments, expected: expected) { return library }
        if let mistake = builtinCallShapeMistake(expr, name, referent, arguments) { return .some(mistake) }
        if let refused = refusedBuiltinCall(expr, name, referent, arguments) { return .some(refused) }
        if let module = moduleBuiltinCall(name, referent, arguments, expected: expected, at: expr.location,
                                          opening: expr.openingLocation) { return .some(module) }
        if let repeated = arrayRepeating(name, referent, arguments, expected: expected)
            ?? optionalConstruction(name, referent, arguments, expected: expected) { return .some(repeated) }
        if let metatype = typeOfCall(name, referent, arguments, call: expr) { return .some(metatype) }
        if let callable = callAsFunctionCall(callee, name, referent, arguments, expected: expected) { return .some(callable) }
        if let unfolded = unfoldSequenceCall(name, referent, arguments, expected: expected)
            ?? anyIteratorCall(name, referent, arguments, expected: expected) { return unfolded }
        if let mistake = labelledConversionMistake(expr, name, referent, arguments) { return .some(mistake) }
        if let refused = unicodeScalarWithoutValue(callee, name, referent, arguments) { return .some(refused) }
        if let builtin = builtinCall(name, referent, arguments, expected: expected) ?? boundNumberConversion(callee, arguments) {
            if floatLiteralConversionMistake(name, arguments, at: expr.location) { return .some(.error) }  // +Integers
            return .some(builtin)
        }
        if let ambiguous = ambiguousNestedCall(expr, name, referent, arguments) { return .some(ambiguous) }
        if let result = nestedFunctionCall(expr, name, referent, arguments) { return .some(result) }
        if let result = functionValueCall(callee, name, arguments) { return .some(result) }
        if let math = mathCall(name, referent, arguments) { return .some(math) }
        if let result = concreteOrGenericCall(name, referent, arguments) { return .some(result) }
        let generic = genericCall(name, referent, arguments, expected: expected, at: expr.location)
        if generic.handled { return .some(generic.type) }
        if let infos = declaredFunctions(named: name, referent) {
            if let result = variadicCall(callee, infos, arguments) { return .some(result) }
            return .some(argumentMistake(infos, arguments, call: expr)
                ?? declaredCall(infos, arguments, at: expr.location, callee: callee.location))
        }
        if let result = genericInitializerConstruction(name, referent, arguments, at: expr.location) { return .some(result) }
        if let type = aliasedUserType(named: name, referent) { return .some(construction(type, arguments)) }
        // `Score(2.9)` for `typealias Score = Int`: the aliased built-in type's initializer (`Compiler.builtinType(named:)`).
        if namesTopLevelType(referent), let aliased = aliasedType(named: name),
           let initialized = contextualInitializer(aliased, arguments) { return initialized }
        if let type = declaredType(named: name, referent) {
            return .some(memberwiseMistake(type, arguments, call: expr) ?? constructionMistake(type, arguments, call: expr)
                ?? initializerMistake(type, arguments, call: expr) ?? construction(type, arguments))
        }
        if let functions = nativeFunctions(named: name, referent) {
            return .some(nativeCall(functions, arguments, chosenAt: expr.location, call: expr, role: .function))
        }
        if let initializers = nativeInitializers(named: name, referent) {
            return .some(nativeCall(initializers, arguments, chosenAt: expr.location, call: expr))
        }
        if let error = nonFunctionCall(expr, name, referent, arguments) { return .some(error) }
        return nil
    }

    /// `base.name(arguments)`: a qualified, static, `super`, delegating, enum-case or instance method call; `.some`
    /// when decided, nil when unknown.
    private func memberCall(_ expr: Expr, _ callee: Expr, _ base: Expr, _ name: String, _ arguments: [Argument],
                            expected: CType?, at nameLocation: SourceLocation) -> CType?? {
        if let qualified = libraryQualifiedCall(base, name, arguments, expected: expected, at: nameLocation) { return .some(qualified) }
        if reportsMathFunctionMember(base, name, at: nameLocation) {  // TypeChecker+MathFunctionValues
            uncheckedArguments(arguments)
            return .some(.error)
        }
        if case .name(let typeName) = base.kind, typeName.hasSuffix(">"), specializedInstance(named: typeName) == nil,
           writtenSpecializationMistake(typeName, at: base.location) {  // `Box<S>.make()`: TypeChecker+GenericRequirements
            uncheckedArguments(arguments)
            return .some(.error)
        }
        if let result = builderStaticCall(base, name, arguments) { return .some(result) }
        if let result = staticGenericCall(base, name, arguments, expected: expected, at: nameLocation) { return .some(result) }
        if let result = boundStaticCall(base, name, arguments) { return result }
        if let result = stdlibStaticCall(base, name, arguments, at: nameLocation) { return .some(result) }
        if let statics = nativeStaticFunctions(base, name) {
            return .some(nativeCall(statics, arguments, chosenAt: nameLocation, call: expr, role: .staticMethod))
        }
        if let missing = missingNativeStaticFunction(base, name, arguments, at: nameLocation) { return .some(missing) }
        if let result = superCall(base, name, arguments, at: nameLocation) { return .some(result) }
        if let result = initializerDelegation(base, name, arguments, at: nameLocation) { return .some(result) }
        if let nested = nestedTypeNamed(callee) { return .some(construction(nested, arguments)) }  // `Outer.Inner(…)`
        if let type = typeNamed(base) {
            if let result = enumConstruction(type, name, arguments) { return .some(result) }
            // `Op.identity(9)`: a static stored property holding a function.
            if type.staticMethods[name] == nil, let result = valueCall(staticFieldType(type, name), arguments) { return result }
            guard let infos = type.staticMethods[name] ?? type.inheritedStaticMethods(named: name, reaches: compiler.staticBodiesReach), !hasGenericMember(named: name) else {
                return missingStaticCall(base, type, name, arguments, at: nameLocation)
            }
            return .some(declaredCall(infos, arguments))
        }
        if let refused = nilElementReceiverMistake(base, name, arguments) { return .some(refused) }  // `[3, nil].map(square)`: +NilLiterals
        guard let receiver = check(base, expected: literalReceiverType(base, name)) else { return nil }
        if let mistake = optionalDeclaredMemberMistake(receiver, name, base: base) {  // `owner.describe()` on an `Owner?`
            uncheckedArguments(arguments)
            return .some(mistake)
        }
        if case .native(let typeName) = receiver,
           let refused = nativeTemporaryCallMistake(base, typeName, name, at: nameLocation) { return .some(refused) }
        if let result = callableMemberCall(callee, receiver, name, arguments) { return .some(result) }
        if let element = Compiler.sequenceMethodElement(receiver, name) ?? compiler.placeholderSequenceMethodElement(receiver, name) {
            // A declared sequence's `Sequence` methods, and a `Sequence` placeholder's in a generic body checked with
            // placeholders (`s.prefix(2)`): those of the array of its elements (`Compiler+UserSequences`).
            recordSequenceArray(base, .array(element))
            return .some(methodCall(on: .array(element), name, arguments, expected: expected, at: nameLocation))
        }
        if let refused = refusedMethodCall(base, receiver, name, arguments, expected: expected, at: nameLocation)
            ?? refusedSliceOrRangeMember(receiver, name, arguments, at: nameLocation) { return .some(refused) }
        if !base.isCollectionLiteral, let table = StdlibTables.table(for: receiver),
           let mistake = stdlibLabelMistake(table.methods(named: name), name, arguments, at: nameLocation) { return .some(mistake) }
        if let mistake = stdlibCallShapeMistake(expr, receiver, name, arguments, at: nameLocation) { return .some(mistake) }
        if let constant = callResultMutatingCall(base, receiver, name, arguments, at: nameLocation)
            ?? getOnlyMutatingCall(base, receiver, name, arguments, at: nameLocation) { return .some(constant) }
        if let mistake = declaredMethodMistake(receiver, name, arguments, call: expr)
            ?? immutableReceiverCall(base, receiver, name, arguments, at: nameLocation) { return .some(mistake) }
        return .some(methodCall(on: receiver, name, arguments, expected: expected, at: nameLocation, call: expr))
    }

    /// `name(arguments)` in a member body, where `name` is a method of `owner` (the type whose body is checked):
    /// called on the conforming type, the protocol or `self` the body is checked with; nil when none applies.
    private func selfMethodCall(_ owner: String, _ name: String, _ arguments: [Argument], expected: CType?,
                                at location: SourceLocation) -> CType?? {
        if let conforming = conformingSelf, conforming.owner == owner {
            // A stored property of a generic type holding a function (`before(a, b)` for `let before: (T, T) -> Bool`).
            if genericSelf != nil, case .user(let type) = conforming.type, type.methods[name] == nil,
               let stored = valueCall(genericSelfProperty(owner, name), arguments) { return .some(stored) }
            return .some(conformingCall(conforming.type, name, arguments, expected: expected))
        }
        if let proto = protocolSelf, proto.name == owner { return .some(protocolMethodCall(proto, name, arguments)) }
        if genericSelf == nil, protocolSelf == nil { return .some(implicitMethodCall(name, of: owner, arguments, at: location)) }
        return nil
    }

    /// `receiver.name(arguments)` on a value of type `receiver`: a declared, generic, protocol, native, extension or
    /// standard-library method, or a stored function; the missing member's error otherwise. `call`: the call, whose
    /// parentheses a native method's or a stored function's label and argument mistakes are reported at.
    func methodCall(on receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?,
                    at nameLocation: SourceLocation, call: Expr? = nil) -> CType? {
        if let refused = collectionExtensionRefusal(receiver, name, called: true, at: nameLocation) {
            uncheckedArguments(arguments)
            return refused
        }
        if case .user(let type) = receiver, hasGenericMember(named: name) {
            return genericMethodCall(type, name, arguments, expected: expected, at: nameLocation)
        }
        if case .user(let type) = receiver, type.kind == .protocolType { return protocolMethodCall(type, name, arguments, call: call, at: nameLocation) }
        if case .user(let type) = receiver, type.kind != .protocolType, !hasTemplateMembers(type),
           let infos = type.methods[name] {
            let result = declaredCall(infos, arguments, receiver: true, callee: nameLocation)
            return result.flatMap { Compiler.covariantSelfType($0, infos, receiver: type) } ?? result
        }
        if case .user(let type) = receiver, let result = conformedExtensionCall(type, name, arguments) { return result }
        if case .user(let type) = receiver, let result = templateMethodCall(type, name, arguments) { return result }
        if case .native(let typeName) = receiver, let methods = compiler.registry.types[typeName]?.methods[name] {
            return nativeCall(methods, arguments, chosenAt: nameLocation, call: call, role: .instanceMethod)
        }
        noteTemplateLookup(receiver, name)
        if let result = builtinExtensionCall(receiver, name, arguments) { return result }
        if let result = higherOrderCall(receiver, name, arguments, expected: expected) { return result }
        if let result = hasherCombine(receiver, name, arguments, at: nameLocation)
            ?? stringAppendMistake(receiver, name, arguments, at: nameLocation)
            ?? contentsOfElementMistake(receiver, name, arguments, at: nameLocation) ?? stdlibCall(receiver, name, arguments, at: nameLocation) {
            return result
        }
        if let result = arrayExtensionCall(receiver, name, arguments) { return result }
        if let result = unmetTemplateClause(receiver, name, arguments.map(\.label), at: nameLocation) { return result }
        if let result = builtinConformanceCall(receiver, name, arguments) { return result }
        if let result = callableField(receiver, name, arguments, expected: expected, at: nameLocation) { return result }
        if let result = storedFunctionCall(receiver, name, arguments, call: call) { return result }
        if let result = calledProperty(receiver, name, arguments, at: nameLocation) { return result }
        uncheckedArguments(arguments)
        return missingMember(receiver, name, at: nameLocation, called: true)
    }

    /// `sqrt(x)`, `pow(x, y)`…: the C math library's functions on Doubles.
    func mathCall(_ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        guard case .builtin = referent, compiler.protocolState.genericFunctions[name] == nil,
              arguments.allSatisfy({ $0.label == nil }) else { return nil }
        let count = Compiler.unaryMathFunctions[name] != nil ? 1 : Compiler.binaryMathFunctions[name] != nil ? 2 : 0
        guard count > 0, arguments.count == count else { return nil }
        for argument in arguments { checkConverting(argument.value, to: .double) { .argumentType($0, expected: $1) } }
        return .double
    }

    /// Checks arguments whose callee is unknown, leaving out those whose type depends on the parameter's
    /// (literals, closures, collections).
    func uncheckedArguments(_ arguments: [Argument]) {
        for argument in arguments where Self.isContextFree(argument.value) { check(argument.value, expected: nil) }
    }

    /// Whether an expression's type does not depend on a contextual type (names, member reads, calls, comparisons).
    static func isContextFree(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .member(_?, _, _), .call, .subscriptAccess, .forceUnwrap: return true
        case .binary(let op, _, _, _) where ["<", ">", "<=", ">=", "==", "!="].contains(op): return true  // a Bool
        case .binary(_, let lhs, let rhs, _): return isContextFree(lhs) && isContextFree(rhs)
        default: return false
        }
    }

    /// Whether `expr` is `a..<b` or `a...b` of integer literals (a `Range<Int>` or `ClosedRange<Int>` alone).
    static func isIntegerLiteralRange(_ expr: Expr) -> Bool {
        guard case .binary(let op, let lhs, let rhs, _) = expr.kind, op == "..<" || op == "..." else { return false }
        let isInteger: (Expr) -> Bool = { if case .intLiteral = $0.kind { $0.largeLiteral == nil } else { false } }
        return isInteger(lhs) && isInteger(rhs)
    }

    /// The top-level functions (of this cell or an earlier one) a name refers to; nil for anything else.
    func declaredFunctions(named name: String, _ referent: Referent) -> [FunctionInfo]? {
        switch referent {
        case .global(let index) where resolution.declarations[index].kind == .function: break
        case .earlierGlobal: break
        default: return nil
        }
        // A generic overload may be the one chosen (`f<T>(_ x: T)` against `f(_ x: Double)` for `f(1)`).
        guard compiler.protocolState.genericFunctions[name] == nil,
              case .functions(let infos)? = compiler.globalScope.names[name] else { return nil }
        return infos
    }

    /// Whether a name refers to a type declared at the top level, by this cell or an earlier one.
    func namesTopLevelType(_ referent: Referent) -> Bool {
        switch referent {
        case .global(let index): return resolution.declarations[index].kind == .type
        case .earlierGlobal: return true
        default: return false
        }
    }

    /// The non-generic struct, class or enum a name refers to; nil for anything else.
    private func declaredType(named name: String, _ referent: Referent) -> UserType? {
        guard namesTopLevelType(referent) else { return nil }
        guard compiler.declarations.typeAliases[name] == nil, let type = compiler.declarations.userTypes[name], type.kind != .protocolType,
              !isGeneric(type) else { return nil }
        return type
    }

    /// The declared type an expression names (`Point` in `Point.origin`), if it is one.
    func typeNamed(_ expr: Expr) -> UserType? {
        if let nested = nestedTypeNamed(expr) { return nested }
        guard case .name(let name) = expr.kind, let referent = resolution.referent(of: expr) else { return nil }
        return declaredType(named: name, referent)
    }

    /// Whether a declared type is generic (its members are typed per specialization; a specialization's own are
    /// those it declared with the type parameters bound, see `TypeChecker+GenericValues`), or has generic
    /// initializers (a generic overload may be the one chosen; see `hasGenericMember(named:)` for methods).
    func isGeneric(_ type: UserType) -> Bool {
        compiler.protocolState.genericTypes[type.name] != nil
            || compiler.protocolState.genericMembers[type]?["init"] != nil || type.isResultBuilder
    }

    /// A call of one of `infos`: the overload the labels (then the argument types) select, its arguments checked
    /// against its parameters.
    /// `location`: the call's, when the generator may read the overload chosen by argument types.
    /// `callee`: the callee's name, where a value given to an `inout` parameter without `&` is reported.
    func declaredCall(_ infos: [FunctionInfo], _ arguments: [Argument], receiver: Bool = false,
                      at location: SourceLocation? = nil, callee: SourceLocation? = nil) -> CType? {
        if let result = wrappedArgumentsCall(infos, arguments, receiver: receiver) { return result }
        let skipped = receiver ? 1 : 0
        let fitting = infos.compactMap { info in Self.match(info, arguments, skipping: skipped).map { (info, $0) } }
        var chosen = fitting.count == 1 ? fitting[0] : nil
        var types: [CType?] = []
        if fitting.count > 1 {
            let before = checked.diagnostics.count
            for argument in arguments {
                // A range of integer literals (`f(1..<3)` beside `f(_: Int)`) is a range of Ints without a context.
                let typedAlone = Self.isContextFree(argument.value) || Self.isIntegerLiteralRange(argument.value)
                types.append(typedAlone ? check(argument.value, expected: nil) : nil)
            }
            recordAloneTypes(arguments.map(\.value), skipping: types)
            let typed = fitting.filter { info, positions in
                zip(types, positions).allSatisfy { type, position in type == nil || type == info.parameters[position].type }
                    && zip(arguments, positions).allSatisfy { Self.literalFits($0.value, info.parameters[$1].type) }
            }
            if typed.count == 1 {
                chosen = typed[0]
            } else if let best = bestScoredOverload(fitting, arguments, types) {
                chosen = best
            } else if let location, isAmbiguous(fitting, arguments, types, since: before) {
                report(.ambiguousUse(infos[0].name), at: location)
                return .error
            } else if let location, hasNoMatch(fitting, arguments, types, since: before) {
                report(OverloadRole.function.noMatch(infos[0]), at: location)
                return .error
            } else if isAmbiguous(fitting, arguments, types, since: before) {
                overloadMistake = .ambiguousUse(infos[0].name)  // reported by `check` where the call selects its overload
                return .error
            } else if hasNoMatch(fitting, arguments, types, since: before) {
                overloadMistake = OverloadRole.member(infos[0], receiver: receiver).noMatch(infos[0])
                return .error
            }
        }
        guard let (info, positions) = chosen else {
            if let mistake = argumentWrongInEveryOverload(fitting, arguments) { return mistake }
            if fitting.isEmpty, let mistake = misspelledLabels(infos, arguments, receiver: receiver) { return mistake }
            if fitting.count <= 1 { uncheckedArguments(arguments) }
            return nil
        }
        for (index, (argument, position)) in zip(arguments, positions).enumerated() {
            let parameter = info.parameters[position]
            // An argument already typed as the parameter (choosing the overload) is not checked again.
            if parameter.isInout {
                inoutArgument(argument, parameter.type, call: callee)
                continue
            }
            if ampersandWithoutInout(argument) { continue }  // TypeChecker+InoutArguments
            if index < types.count && types[index] == parameter.type { continue }
            if index < types.count, let alone = types[index] { recordAlone(argument.value, alone) }
            checkConverting(argument.value, to: parameter.type) { .argumentType($0, expected: $1) }
        }
        resolvedCallee = info
        if infos.count > 1 { chosenOverload = .declared(info) }
        return info.returnType
    }

    /// Records the type each of `values` has alone where the generator's overload fit asks it
    /// (`Compiler.overloadFit`: not a literal, closure, `nil` or `&place`) and `typed` (aligned) has none: checked
    /// on trial without a contextual type, the trial undone (the choice then checks it against its parameter).
    func recordAloneTypes(_ values: [Expr], skipping typed: [CType?] = []) {
        for (index, value) in values.enumerated() where index >= typed.count || typed[index] == nil {
            switch value.kind {
            case .closure, .nilLiteral, .inoutArgument: continue
            default: if value.isNumericLiteral { continue }
            }
            let mark = beginTrial()
            let type = check(value, expected: nil)
            rollback(to: mark)
            if let type, !type.hasError { recordAlone(value, type) }
        }
    }

    /// Which parameter each argument passes (parameters with defaults may be left out); nil when the labels do
    /// not fit or the signature has what the checker does not model (variadics, autoclosures, result builders).
    static func match(_ info: FunctionInfo, _ arguments: [Argument], skipping skipped: Int = 0) -> [Int]? {
        guard info.parameters.count >= skipped else { return nil }
        let parameters = info.parameters.dropFirst(skipped)
        guard !parameters.contains(where: { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil }) else { return nil }
        return match(parameters.map { ($0.label, $0.type, $0.defaultValue != nil) }, arguments).map { $0.map { $0 + skipped } }
    }

    /// Which parameter (label, type, whether it has a default) each argument passes; nil when the labels do not
    /// fit. A trailing closure passes the next (optional) function-typed parameter whatever its label.
    static func match(_ parameters: [(label: String?, type: CType, hasDefault: Bool)], _ arguments: [Argument]) -> [Int]? {
        var positions: [Int] = [], next = 0
        for argument in arguments {
            while next < parameters.count {
                let parameter = parameters[next]
                // An unlabelled trailing closure fits a function-typed parameter only, whatever its label
                // (`ArgumentMatch.match`): `measure { … }` skips a defaulted `_ label: String`.
                if argument.isTrailingClosure && argument.label == nil {
                    if parameter.type.acceptsClosure { break }
                } else if parameter.label == argument.label {
                    break
                }
                guard parameter.hasDefault else { return nil }
                next += 1
            }
            guard next < parameters.count else { return nil }
            positions.append(next)
            next += 1
        }
        for parameter in parameters[next...] where !parameter.hasDefault { return nil }
        return positions
    }

    /// Whether a literal argument may take `type` (a non-literal always may: its type is compared).
    private static func literalFits(_ expr: Expr, _ type: CType) -> Bool {
        switch expr.kind {
        case .intLiteral: return type == .int || type == .double
        case .floatLiteral: return type == .double
        case .stringLiteral: return type == .string || type == .character
        case .boolLiteral: return type == .bool
        default: return isContextFree(expr) || !expr.isNumericLiteral
        }
    }

    /// `T(…)`: a declared initializer (by labels), a struct's memberwise initializer or an enum's `rawValue:` one.
    func construction(_ type: UserType, _ arguments: [Argument]) -> CType? {
        if type.kind == .enumeration {
            if let raw = type.rawType, arguments.count == 1, arguments[0].label == "rawValue" {
                // `E(rawValue: "x")` for an Int raw type: swiftc's argument mistake.
                let found = checkConverting(arguments[0].value, to: raw) { .argumentType($0, expected: $1) }
                return found == raw ? .optional(.user(type)) : nil
            }
        } else if type.kind == .classType {
            if type.superclass != nil { return subclassConstruction(type, arguments) }
            guard !type.initializers.isEmpty else { return defaultClassConstruction(type, arguments) }
        }
        // An extension's initializer that the labels fit, else (a struct that keeps it) the memberwise one.
        let fitsDeclared = !type.keepsMemberwise || type.initializers.contains { Self.match($0, arguments) != nil }
        if type.keepsMemberwise, type.initializers.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure } }) {
            uncheckedArguments(arguments)
            return nil
        }
        if !type.initializers.isEmpty, fitsDeclared {
            guard let result = declaredCall(type.initializers, arguments) else { return nil }
            switch result {
            case .user, .optional(.user), .error: return result
            default: return .user(type)
            }
        }
        guard type.kind == .structure, type.initializers.isEmpty || type.keepsMemberwise else {
            uncheckedArguments(arguments)
            return nil
        }
        return memberwise(type, arguments)
    }

    /// A struct's memberwise initializer: one parameter per stored property (but constants with a value), labelled
    /// with its name, those with a default value optional.
    private func memberwise(_ type: UserType, _ arguments: [Argument]) -> CType? {
        let fields = type.fields.filter { !($0.isLet && $0.defaultValue != nil) }
        var next = 0, types: [CType] = []
        for argument in arguments {
            // A trailing closure goes to the next field of (optional) function type, as `argumentMatch` matches it.
            let fits = { (field: UserType.Field) in argument.isTrailingClosure ? field.type.acceptsClosure : field.name == argument.label }
            while next < fields.count, !fits(fields[next]) {
                guard fields[next].defaultValue != nil else { return memberwiseLabelMistake(type, arguments) }
                next += 1
            }
            guard next < fields.count else { return memberwiseLabelMistake(type, arguments) }
            types.append(fields[next].type)
            next += 1
        }
        for (argument, field) in zip(arguments, types) {
            checkConverting(argument.value, to: field) { .argumentType($0, expected: $1) }
        }
        return .user(type)
    }
}
