/// Variables declared with accessors outside a type (`var area: Double { … }`, `var x = 0 { didSet { … } }`, the
/// computed local a property wrapper on a local is lowered to), checked as `Compiler.compileAccessorVariable`
/// compiles them: the written type (or an observed variable's initial value) types the variable, its getter (in
/// its transformed form when marked with a result builder) returns it, and its setter and observers take it as
/// their parameter.
extension TypeChecker {
    /// Checks the statement `var pattern: annotation = value` when `value` is the placeholder closure of a variable
    /// with accessors; false (nothing checked) for any other variable.
    func accessorVariable(_ pattern: BindingPattern, _ annotation: TypeExpr?, _ value: Expr?) -> Bool {
        guard let (placeholder, accessors) = Compiler.variableAccessors(value) else { return false }
        guard case .name(let name, let location) = pattern else { return true }  // the generator refuses the pattern
        if let index = declarationIndex(name, at: location) { accessorDeclarations.insert(index) }
        var type = annotation.flatMap(resolve)
        if let initial = accessors.initialValue {
            if annotation == nil {
                type = check(initial, expected: nil)
            } else if let type {
                checkConverting(initial, to: type) { .specifiedType($0, specified: $1) }
            }
        }
        declare(pattern, type)
        if accessors.isComputed { accessorBody(variableGetter(placeholder, accessors)?.body, result: type) }
        for accessor in [accessors.setter, accessors.willSet, accessors.didSet].compactMap({ $0 }) {
            declare(accessor.parameter, at: accessor.location, type)
            accessorBody(accessor.body, result: .void)
        }
        return true
    }

    /// The getter the generator compiles (`Compiler.resultBuilderGetter`): the placeholder, or its transformed copy
    /// when the variable is marked with a result builder (nil when the builder cannot take it).
    private func variableGetter(_ placeholder: ClosureLiteral, _ accessors: VariableAccessors) -> ClosureLiteral? {
        guard let attribute = accessors.resultBuilder, ResultBuilderTransform.applies(to: placeholder.body) else { return placeholder }
        guard compiler.userType(named: attribute.name)?.isResultBuilder == true else { return nil }
        return compiler.transformedVariableGetter(placeholder, attribute, reporting: reportBuilderFailure)
    }

    /// An accessor's body, compiled as a closure with the result `result` (nil: unknown; a nil body is checked as
    /// nothing), its hidden builder variables kept apart.
    private func accessorBody(_ body: [Stmt]?, result: CType?) {
        guard let body else { return }
        let saved = bodyContext
        let savedBuilder = builderVariables
        (returnType, returnTyping, reportsReturnMismatches) = (result, result == nil ? .unknown : .given, false)
        bodyContext.inClosureBody = nil
        if body.count == 1, case .expression(let expr) = body[0], result != .void {
            returned(expr)
        } else {
            statements(body)
        }
        bodyContext = saved
        builderVariables = savedBuilder
    }
}
