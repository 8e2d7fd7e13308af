import Diagnostics

extension Compiler {
    // MARK: Declarations

    /// Declares a function's signature (pass 1), so calls anywhere in the list (and recursion) resolve.
    func declareFunction(_ decl: FunctionDecl) {
        if !decl.genericParameters.isEmpty { return declareGenericFunction(decl) }
        var parameters: [FunctionInfo.Parameter] = []
        for parameter in decl.parameters {
            var type = resolveType(parameter.type)
            if parameter.isVariadic {
                type = .array(type)
            }
            var defaultValue: Typed?
            if let expr = parameter.defaultValue {
                defaultValue = converted(compileExpr(expr, expected: type), to: type, at: expr.location)
            }
            parameters.append(.init(label: parameter.label, name: parameter.name, type: type, defaultValue: defaultValue,
                                    isInout: parameter.isInout, isVariadic: parameter.isVariadic,
                                    isAutoclosure: parameter.isAutoclosure, isEscaping: parameter.isEscaping,
                                    resultBuilder: checkedResultBuilder(parameter)))
        }
        let returnType = opaqueUnderlyingResult(decl) ?? decl.returnType.map(resolveType) ?? .void
        let info = FunctionInfo(name: decl.name, parameters: parameters, returnType: returnType,
                                level: scope.context.level, location: decl.location)
        info.cell = currentCell
        info.isThrowing = decl.isThrowing
        info.thrownType = decl.thrownType.map(resolveType).flatMap { $0.hasError ? nil : $0 }
        info.isRethrowing = decl.isRethrowing
        compiledFunctions.append(info)
        info.allocateSignatureSlots()
        // Top-level functions whose frames nothing can capture reuse their frames (fast recursion).
        info.runtime.pointee.recyclesFrames = info.level == 0 && !FrameCapture.mayCapture(decl.body)
        var overloads: [FunctionInfo] = []
        switch scope.names[decl.name] {
        case .functions(let existing)?:
            overloads = existing
        case .variable?, .accessor?, nil:
            break  // a variable of the same scope and name is a redeclaration (`FunctionRedeclarations`)
        }
        var replaced: FunctionInfo?
        if let index = overloads.firstIndex(where: { Compiler.sameParameters($0.parameters, parameters) }) {
            // It replaces an earlier cell's function; one of the same cell's is a redeclaration (`FunctionRedeclarations`).
            replaced = overloads[index]
            overloads[index] = info
        } else {
            overloads.append(info)
        }
        scope.names[decl.name] = .functions(overloads)
        noteDeclared(decl.name, at: decl.location)
        declarations.functionInfos[decl] = info
        if scope === globalScope, Compiler.isOperatorName(decl.name) { registerOperatorWitness(info, replacing: replaced) }
    }

    /// A top-level operator function (`func < (a: V, b: V) -> Bool`) is also an operator of each declared type it
    /// takes, as Swift finds it: `V`'s `Comparable` or `Equatable` conformance, `sorted()` and `==` use it as they
    /// use a `static func <`. The earlier cell's function it replaces (same parameters), if any, is removed.
    private func registerOperatorWitness(_ info: FunctionInfo, replacing replaced: FunctionInfo?) {
        var owners: [UserType] = []
        for parameter in info.parameters where Compiler.ownsOperatorWitness(parameter.type) {
            if case .user(let type) = parameter.type, !owners.contains(where: { $0 === type }) { owners.append(type) }
        }
        for type in owners {
            var list = type.staticMethods[info.name] ?? []
            list.removeAll { $0 === replaced }
            list.append(info)
            type.staticMethods[info.name] = list
        }
    }

    /// Compiles a declared function's body (pass 2).
    func compileFunctionBody(_ decl: FunctionDecl) {
        if !decl.genericParameters.isEmpty { return checkGenericFunction(decl) }
        guard let info = declarations.functionInfos[decl] else { return }
        let errorsBefore = errorMark()
        let savedFunction = compilingFunction
        compilingFunction = info
        defer { compilingFunction = savedFunction }
        withScope(info.context) { () -> Void in
            for (index, (parameter, declared)) in zip(info.parameters, decl.parameters).enumerated() {
                _ = declareVariable(parameter.name, type: parameter.type, isLet: !parameter.isInout, at: declared.location,
                                    slot: info.parameterSlots[index])
            }
            var body = resultBuilderFunctionBody(decl)
            if info.returnType != .void, body.count == 1, case .expression(let expr) = body[0], !FlowExits.isNeverCall(expr) {
                body = [.returnStatement(expr, expr.location)]
            }
            // The body is a scope of its own, so `guard let x = x` may shadow a parameter. A missing return is
            // the flow checks' (`FlowChecks`).
            compileBodyStatements(body, into: info)
        }
        info.hasErrors = hasErrors(since: errorsBefore)
        info.sealLayout()
    }

    // MARK: Calls

    /// Gathers the arguments of a variadic parameter (`sum(1, 2, 3)`) into one array-literal argument.
    static func groupVariadicArguments(_ info: FunctionInfo, _ arguments: [Argument]) -> [Argument] {
        var result: [Argument] = []
        var next = 0
        for parameter in info.parameters {
            if parameter.isVariadic {
                var group: [Expr] = []
                var location = arguments.last?.location ?? info.location
                if next < arguments.count, arguments[next].label == parameter.label, !arguments[next].isTrailingClosure {
                    location = arguments[next].location
                    group.append(arguments[next].value)
                    next += 1
                    while next < arguments.count, arguments[next].label == nil, !arguments[next].isTrailingClosure {
                        group.append(arguments[next].value)
                        next += 1
                    }
                }
                let gathered = Expr(.array(group), at: location)
                gathered.isVariadicGroup = true
                result.append(Argument(label: parameter.label, value: gathered, location: location))
            } else if next < arguments.count {
                result.append(arguments[next])
                next += 1
            }
        }
        result.append(contentsOf: arguments[next...])
        return result
    }

    func shapes(_ info: FunctionInfo) -> [ParameterShape] {
        info.parameters.map {
            ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure, type: $0.type)
        }
    }

    /// A declared function as a first-class value, capturing the frame it was declared in.
    func functionValue(_ info: FunctionInfo, at location: SourceLocation) -> Typed {
        let parentAccess = frameAccessor(level: info.level)
        let runtime = self.runtime
        return Typed(type: info.type, code: .value { frame in
            let parent = parentAccess(frame)
            return .function(FunctionValue(arity: info.parameters.count) { arguments in
                let callee = try Compiler.invoke(info, parent: parent, arguments: arguments, runtime: runtime, location: location)
                return Compiler.result(of: info, in: callee)
            })
        })
    }

    /// Calls a value of function type with positional arguments. Labels, missing and extra arguments and callees that
    /// are no functions are the checker's mistakes (`TypeChecker.valueCall`).
    func compileValueCall(_ callee: Typed, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        outsideUses += 1
        if case .throwingFunction(let parameterTypes, let returnType) = callee.type {
            // Stored as the non-throwing function it is (whether a `try` covers the call is the checker's).
            return compileValueCall(Typed(type: .function(parameterTypes, returnType), code: callee.code), arguments, at: location)
        }
        // A callee that is no function and arguments of another count are the checker's mistakes, as are labels.
        guard case .function(let parameterTypes, let returnType) = callee.type, arguments.count == parameterTypes.count else {
            if !callee.type.hasError { cannotGenerate(at: location) }
            return .invalid
        }
        let compiled = compileArguments(parameterTypes, Array(0..<arguments.count), arguments).map { $0!.value }
        let function = callee.value
        if compiled.count == 1 {
            // One argument (the common `f(x)` on a stored closure): no argument array.
            let argument = compiled[0]
            return Typed.fromValue(returnType) { frame in
                guard case .function(let value) = try function(frame) else { return .void }
                return try value.call(try argument(frame))
            }
        }
        return Typed.fromValue(returnType) { frame in
            guard case .function(let value) = try function(frame) else { return .void }
            var values: [Value] = []
            values.reserveCapacity(compiled.count)
            for argument in compiled { values.append(try argument(frame)) }
            return try value.call(values)
        }
    }

    // MARK: Closures

    /// Compiles a closure literal, using the context's parameter and return types where it gives them.
    /// With `firstParameterInout`, the first parameter is a `var` and the closure returns its final value
    /// (how `reduce(into:_:)` passes its accumulator).
    /// Its calls run as its `ClosureLayout` says. `rethrowsThrough`: it is an argument of a rethrowing standard-library
    /// member (its context type throws, which a diagnostic spells).
    func compileClosure(_ literal: ClosureLiteral, parameterHints: [CType]?, returnHint: CType?,
                        at location: SourceLocation, firstParameterInout: Bool = false, throwing: Bool = false,
                        rethrowsThrough: Bool = false) -> Typed {
        compileCounts.closures += 1
        checkCaptureList(literal)
        var owned = literal.ownedCaptures.isEmpty ? [] : resolveOwnedCaptures(literal)
        let enclosing = scope.context
        var parameterHints = parameterHints
        var splatsTuple = false
        var splatType: CType = .error
        let written = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        if let hints = parameterHints, hints.count == 1, case .tuple(let elements) = hints[0], written > 1,
           elements.count == written {
            // `zip(a, b).map { $0 * $1 }`: a closure over one tuple may name its elements as parameters.
            parameterHints = elements.map(\.type)
            splatsTuple = true
            splatType = hints[0]
        }
        let count = literal.hasExplicitParameters ? literal.parameters.count : (parameterHints?.count ?? literal.anonymousCount)
        // Without written parameters the highest `$n` used gives the closure's arity, which must be the context's
        // (`xs.sorted { $0 > 1 }` and `xs.map { 5 }` are refused, as swiftc refuses them).
        let anonymousTooFew = !literal.hasExplicitParameters && literal.anonymousCount < count && parameterHints != [.void]
        // Another arity than the context's is the checker's mistake (`TypeChecker+ClosureArity`).
        if let hints = parameterHints, hints.count != count || literal.anonymousCount > count || anonymousTooFew {
            cannotGenerate(at: literal.parameterLocations.first ?? location)
            return .invalid
        }
        let parameterTypes = closureParameterTypes(literal, parameterHints, count: count, at: location)
        var returnType = literal.returnType.map(resolveType)
        if returnType == nil, let returnHint, !returnHint.hasError { returnType = returnHint }
        let context = FunctionContext(level: scope.context.level + 1, returnType: returnType,
                                      infersReturnType: returnType == nil)
        context.isClosure = true
        context.canThrow = throwing
        if let returnType, returnType != .void { context.returnSlot = context.allocate(returnType) }
        var slots: [Int] = []
        let body: (Frame) throws -> Flow = withScope(context) {
            compileClosureBody(literal, context, parameterTypes, firstParameterInout: firstParameterInout,
                               owned: &owned, enclosing: enclosing, slots: &slots, at: location)
        }
        let resolvedReturn = context.returnType ?? .void
        let functionType: CType = throwing ? .throwingFunction(parameterTypes, resolvedReturn) : splatsTuple
            ? .function([splatType], resolvedReturn)
            : .function(parameterTypes, resolvedReturn)
        let layout = ClosureLayout(runtime: runtime, location: location, types: parameterTypes, isWord: parameterTypes.map(\.isWord),
                                   slots: slots, wordCount: context.wordCount, valueCount: context.valueCount,
                                   returnSlot: context.returnSlot, resultType: resolvedReturn, splatsTuple: splatsTuple,
                                   firstParameterInout: firstParameterInout,
                                   recyclable: !FrameCapture.mayCapture(literal.body) && !splatsTuple && !firstParameterInout)
        if !owned.isEmpty {
            let instance = ownedCaptureInstance(owned, enclosing: enclosing, body)
            return Typed(type: functionType, code: .value { frame in
                let (parent, instanceBody) = try instance(frame)
                return layout.makeFunction(parent, instanceBody)
            })
        }
        return Typed(type: functionType, code: .value { frame in layout.makeFunction(frame, body) })
    }

    /// A closure's body, in its own scope: its parameters, owned captures and statements (a single expression is its result).
    private func compileClosureBody(_ literal: ClosureLiteral, _ context: FunctionContext, _ parameterTypes: [CType],
                                    firstParameterInout: Bool, owned: inout [OwnedCapture],
                                    enclosing: FunctionContext, slots: inout [Int],
                                    at location: SourceLocation) -> (Frame) throws -> Flow {
        for (index, type) in parameterTypes.enumerated() {
            let name = literal.hasExplicitParameters ? literal.parameters[index].name : "$\(index)"
            slots.append(declareVariable(name, type: type, isLet: !(firstParameterInout && index == 0), at: location).slot)
        }
        // Its uses of the enclosing function's `var`s, which a copy of that function's frame would not share, are
        // refused by the checker (`TypeChecker.refuseEnclosingVariableUses`).
        if !owned.isEmpty { declareOwnedCaptures(&owned) }
        if literal.body.count == 1, case .expression(let expr) = literal.body[0], context.returnType != .void,
           !(FlowExits.isNeverCall(expr) && context.returnType != nil) {
            if case .assign = expr.kind {
                if context.returnType == nil { context.returnType = .void }
            } else {
                return compileStatement(.returnStatement(expr, expr.location)) ?? { _ in .normal }
            }
        }
        let code = withScope { sequence(compileStatements(literal.body)) }
        if context.returnType == nil { context.returnType = .void }
        // A missing return is the flow checks' (`FlowChecks`, with the checker's closure types, per specialization in
        // a generic body: `CheckedTypes.specializedResultType`).
        return code
    }

    /// The types of a closure's parameters: annotated, else from the context's hints.
    private func closureParameterTypes(_ literal: ClosureLiteral, _ parameterHints: [CType]?, count: Int,
                                       at location: SourceLocation) -> [CType] {
        var parameterTypes: [CType] = []
        // Nothing outside types the parameters: the literals the body combines them with may (`{ $0 / 2 }`).
        let parameterHints = parameterHints ?? ClosureParameterInference.parameterTypes(
            of: literal, resolve: { self.resolveType($0) }, variableType: { self.variableType($0, $1) })
        for index in 0..<count {
            if literal.hasExplicitParameters, let annotated = literal.parameters[index].type {
                parameterTypes.append(resolveType(annotated))
            } else if let hints = parameterHints, index < hints.count {
                parameterTypes.append(hints[index])
            } else {
                // A parameter nothing types (`let k = \.x`, `let f = { x in x }`) is the checker's mistake.
                cannotGenerate(at: location)
                parameterTypes.append(.error)
            }
        }
        return parameterTypes
    }
}
