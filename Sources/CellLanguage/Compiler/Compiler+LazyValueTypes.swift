import Diagnostics

extension Compiler {
    /// The type of an unannotated `lazy` property's value, typed (the checker's type) while the type is declared, where its
    /// code compiles later: in a body of the type, with `self` declared at the property, as the resolution sees it
    /// (typed outside any body, `self` and the type's members were not in scope). The type checker types it first
    /// (the cell is not checked yet: a checker of its own, for this value alone); compiled only when it cannot.
    func lazyValueType(_ value: Expr, of type: UserType, in decl: TypeDecl, at location: SourceLocation) -> CType {
        if Compiler.readsCheckedTypes, let resolution {
            let checker = TypeChecker(compiler: self, resolution: resolution, capacity: 0)
            if let checked = checker.lazyValueType(value, in: decl, self: location) { return checked }
        }
        let saved = scope
        let context = FunctionContext(level: 1, returnType: nil)
        scope = Scope(parent: globalScope, context: context)
        selfContexts.append(SelfContext(type: type, level: context.level))
        defer {
            selfContexts.removeLast()
            leaveScope(to: saved)
        }
        _ = declareVariable("self", type: type.selfType, isLet: true, at: location)
        // The checker's type (`checkerType`): the value's code compiles with the property's getter (`lazyInitializers`), once its type is known.
        return checkerType(value)
    }

    /// The type of an unannotated stored property's dictionary or array literal (`var inventory = ["a": Item(price: 1)]`,
    /// `var corners = [P(x: 0)]`, `var rows = [["s", 0], [0, 0]]` typed `[[Any]]`), whose value compiles while the type
    /// is declared, before the cell is checked: the checker's, from a checker of its own for this value alone (as a
    /// static property's), so that the generator never compiles an element to learn the literal's type; nil for any
    /// other value, or when the checker cannot tell.
    func unannotatedDictionaryType(_ value: Expr, in decl: TypeDecl) -> CType? {
        switch value.kind {
        case .dictionary, .array: break
        default: return nil
        }
        guard Compiler.readsCheckedTypes, let resolution else { return nil }
        compileCounts.noteGeneratorDecision(file: #fileID, line: #line)  // a checker of its own, before the cell's runs
        let inferred = TypeChecker(compiler: self, resolution: resolution, capacity: 0).staticValueType(value, in: decl)
        return inferred?.hasError == false ? inferred : nil
    }
}
