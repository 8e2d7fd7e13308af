import Diagnostics

/// Statements: declarations give names their types, control flow checks its conditions and bodies.
extension TypeChecker {
    /// Checks one statement.
    func statement(_ statement: Stmt) {
        switch statement {
        case .expression(let expr):
            check(expr, expected: nil)
        case .variable(let isLet, let pattern, let annotation, let value, _):
            variableStatement(isLet: isLet, pattern, annotation, value)
        case .function(let decl):
            function(decl)
        case .ifStatement(let conditions, let then, let otherwise, _):
            self.conditions(conditions)
            statements(then)
            if let otherwise { statements(otherwise) }
        case .guardStatement(let conditions, let body, _):
            self.conditions(conditions)
            statements(body)
        case .forIn(_, let pattern, let casePattern, let sequence, let whereClause, let body, _):
            forIn(pattern, casePattern, sequence, whereClause, body)
        case .whileLoop(_, let conditions, let body, _):
            self.conditions(conditions)
            statements(body)
        case .repeatWhile(_, let body, let condition, _):
            statements(body)
            checkCondition(condition)
        case .returnStatement(let value?, _):
            returned(value)
        case .block(let body):
            statements(body)
        case .deferStatement(let body, _):
            // A `return` cannot leave a `defer` body: the generator reports that, not the function's result.
            let reports = reportsReturnMismatches
            reportsReturnMismatches = false
            statements(body)
            reportsReturnMismatches = reports
        case .switchStatement(_, let subject, let cases, let location):
            switchStatement(subject, cases, at: location)
        case .typeDeclaration(let decl):
            resolveWrittenMemberTypes(decl)  // TypeChecker+WrittenTypes
            typeDeclaration(decl)
        case .throwStatement(let value, _):
            checkThrown(value)
        case .doCatch(let body, let clauses, _):
            doBody(body, clauses)
            for clause in clauses { catchClause(clause) }
        case .returnStatement(nil, let location):
            checkValuelessReturn(at: location)
        case .typeAlias(_, let type, _):
            _ = resolve(type)  // for its mistakes (TypeChecker+WrittenTypes)
        case .breakStatement, .continueStatement, .invalid:
            break
        }
    }

    /// Checks statements in order.
    func statements(_ statements: [Stmt]) {
        for statement in statements { self.statement(statement) }
    }

    /// `let`/`var` with its pattern, annotation and value: refused forms first, then the variable declared.
    private func variableStatement(isLet: Bool, _ pattern: BindingPattern, _ annotation: TypeExpr?, _ value: Expr?) {
        if let value, case .inoutArgument = value.kind {  // `let p = &x` (`Compiler.compileExpr`)
            reportOnce(.ampersandOutsideArgument, at: value.location)
            return
        }
        if let value, operatorStoredWithoutContext(value, annotation: annotation) { return }  // TypeChecker+RefusalDiagnostics
        if let value, case .name(let name) = value.kind, reportsTypeNameAlone(value, name) { return }  // +NameDiagnostics
        if annotation == nil, let value,
           let (mistake, position) = Self.ambiguousMathCall(value, isBuiltin: { self.resolution.referent(of: $0) == .builtin }) {
            report(mistake, at: position)  // Compiler+AmbiguousMathCalls
            declare(pattern, .error)
            return
        }
        variable(pattern, annotation, value)
        if isLet, let value, !Self.hasAccessors(value) { noteInitializedConstants(pattern) }
        if isLet, value == nil { noteConstantsWithoutValue(pattern) }
        noteGetOnlyVariable(pattern, value)
    }

    /// `for pattern in sequence where … { body }`, with an optional case pattern.
    private func forIn(_ pattern: BindingPattern, _ casePattern: CasePattern?, _ sequence: Expr, _ whereClause: Expr?, _ body: [Stmt]) {
        if case .tuple = pattern, case .array = sequence.kind { valueContexts[sequence] = .tupleDestructured }
        let sequenceType = check(sequence, expected: nil)
        if casePattern == nil, reportsLoopMistake(pattern, sequence, sequenceType) { return }
        let element = elementType(of: sequenceType)
        declare(pattern, casePattern == nil ? element : nil)
        noteInitializedConstants(pattern)
        if let casePattern, let element { self.casePattern(casePattern, element, .loop(sequence: Self.loopPatternLocation(sequence))) }
        if let casePattern { noteConstantBindings(casePattern) }
        if let whereClause { checkCondition(whereClause) }
        statements(body)
    }

    /// `switch subject { cases }`: each case's patterns against the subject's type, its guards and body; then, when
    /// every pattern type-checked (as swiftc), the exhaustiveness.
    private func switchStatement(_ subject: Expr, _ cases: [SwitchCase], at location: SourceLocation) {
        let type = check(subject, expected: nil)
        // swiftc checks a switch's exhaustiveness only when its case patterns type-check.
        var patternsFailed = false
        for item in cases {
            for (pattern, guardExpr) in zip(item.patterns, item.guards) {
                let before = checked.diagnostics.count
                if let type { casePattern(pattern, type) }
                patternsFailed = patternsFailed || checked.diagnostics[before...].contains { $0.severity == .error }
                noteConstantBindings(pattern, immutable: true)
                if let guardExpr { checkCondition(guardExpr) }
            }
            statements(item.body)
        }
        if !patternsFailed { checkExhaustive(type, cases, at: location) }
    }

    /// `let`/`var`: the annotation's type, else the initial value's type.
    private func variable(_ pattern: BindingPattern, _ annotation: TypeExpr?, _ value: Expr?) {
        if accessorVariable(pattern, annotation, value) { return }
        if let annotation, let type = bareSetVariable(annotation, value) { return declare(pattern, type) }
        if initialValueMistake(pattern, annotation, value) { return }
        if let annotation {
            let type = resolve(annotation) ?? declareImplicitlyUnwrapped(pattern, annotation)
            if let value {
                // A value checked against an unknown annotation would be typed without its context: not checked.
                if let type { checkConverting(value, to: type) { .specifiedType($0, specified: $1) } }
            }
            declare(pattern, type)
            return
        }
        if let value, reportsUntypedClosureParameters(value) { return declare(pattern, nil) }
        if let value { noteContextFree(value) }
        declare(pattern, value.flatMap { unannotatedAnyLiteral($0, checkDestructured(pattern, $0)) })
        noteLazyWrapper(pattern, annotation, value)  // TypeChecker+LazyWrappers
    }

    /// `if`/`while`/`guard` conditions: Boolean expressions and optional bindings.
    private func conditions(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .expression(let expr):
                checkCondition(expr)
            case .optionalBinding(let isVar, let name, let value, let location, let keyword):
                if !isVar, let index = declarationIndex(name, at: location) { initializedConstants.insert(index) }
                var type: CType?
                if let value {
                    if case .call = value.kind { noteContextFree(value) }  // `if let u = UnicodeScalar(68)`
                    type = check(value, expected: nil)
                } else if let referent = resolution.referent(at: location) {
                    type = self.type(of: referent, named: name)
                }
                if case .optional(let wrapped)? = type { declare(name, at: location, wrapped) } else {
                    declare(name, at: location, bindingNotOptional(type, keyword: keyword) ? type : nil)  // as the generator
                }
            case .pattern(let pattern, let value, _):
                patternCondition(pattern, value)
                noteConstantBindings(pattern)
            }
        }
    }

    /// The type of the elements a `for` loop over a value of type `sequence` binds.
    func elementType(of sequence: CType?) -> CType? {
        switch sequence {
        case .array(let element)?, .set(let element)?, .arraySlice(let element)?: return element
        case .range?, .closedRange?: return .int
        case .dictionary(let key, let value)?:
            return .tuple([TupleElement(label: "key", type: key), TupleElement(label: "value", type: value)])
        case .string?, .substring?: return .character
        case .stringView(let view)?: return view.element
        case .user?: return Compiler.userSequence(sequence!)?.element
        case .stepped(let stepped)? where stepped.isSequence: return stepped.element
        case .partialRange(.from)?: return .int
        default: return nil
        }
    }

    /// A function's body, with its parameters typed from the signature the compiler declared (generic functions,
    /// whose bodies compile once per specialization, and functions not yet declared are not checked).
    func function(_ decl: FunctionDecl) {
        if nestedFunction(decl) { return }
        guard decl.genericParameters.isEmpty else { return }
        signatureTypes(decl)
        guard let info = compiler.declarations.functionInfos[decl] else { return }
        body(of: decl, info)
    }

    /// Resolves the written types of a (non-generic) function's signature for their mistakes (`cannot find type`, a
    /// library type nbrun does not model), which the compiler's declaration of it does not report.
    private func signatureTypes(_ decl: FunctionDecl) {
        let written = decl.parameters.map(\.type) + (decl.returnType.map { [$0] } ?? [])
        for type in written {
            if case .named(let name, _) = type, name.hasPrefix("some ") { continue }
            _ = resolve(type)
        }
    }

    /// Checks a function's body with the parameter and result types of `info`.
    /// `statements`: the body as transformed by its result builder (nil: as written).
    func body(of decl: FunctionDecl, _ info: FunctionInfo, statements: [Stmt]? = nil) {
        resolveWrittenSignature(decl)  // TypeChecker+WrittenTypes
        if statements == nil, builderFunctionBody(decl, info) { return }
        // A method's signature starts with its receiver.
        let declared = info.parameters.suffix(decl.parameters.count)
        guard declared.count == decl.parameters.count, info.parameters.count - declared.count <= 1 else { return }
        for (parameter, declared) in zip(decl.parameters, declared) {
            declare(parameter.name, at: parameter.location, declared.type)
            defaultArgument(parameter, declared.type)
        }
        let saved = bodyContext
        // An initializer's result is its type, but its body returns nothing (`init() { x = 1 }` is no result).
        (returnType, returnTyping, reportsReturnMismatches, bodyContext.inClosureBody) = (info.returnType, .given, decl.name != "init", false)
        bodyContext.opaqueReturns = opaqueReturns(of: decl)
        bodyContext.thrownType = declaredThrownType(decl)
        if let selfType, !decl.isStatic { declare("self", at: decl.location, selfValueType(of: selfType)) }
        noteMutability(of: decl, info, declared: declared)
        if statements == nil, info.returnType == .error, hasUnderlyingResult(decl) {
            underlyingResultBody(decl, refusesUnknown: true)  // TypeChecker+OpaqueUnderlyingTypes
        } else {
            singleExpressionBody(statements ?? decl.body)
        }
        checkJumps(statements ?? decl.body)
        bodyContext = saved
    }
}
