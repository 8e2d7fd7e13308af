import Diagnostics

/// The checks of where declarations are written and what their signatures name: types declared below the top level,
/// top-level functions whose signatures name a `private` type, classes without initializers, static stored
/// properties without a value.
extension DeclarationChecks {
    /// Types declared in a body or block rather than at the cell's top level (the first statement list walked).
    static func nestedTypeErrors(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = [], isTopLevel = true
        var walk = SyntaxWalk()
        walk.statements = { list in
            defer { isTopLevel = false }
            guard !isTopLevel else { return }
            for case .typeDeclaration(let decl) in list {
                diagnostics.append(CompileError.typesOnlyAtTopLevel.diagnostic(at: decl.location))
            }
        }
        walk.walk(statements)
        return diagnostics
    }

    /// A top-level function that is not `private` or `fileprivate` but whose result or parameters name a type that is
    /// (its declared signature's types; generic functions are not checked).
    func signatureAccessErrors(_ statements: [Stmt]) -> [Diagnostic] {
        statements.compactMap { statement in
            guard case .function(let decl) = statement, !decl.isRestricted, decl.genericParameters.isEmpty,
                  let info = declarations.functionInfos[decl] else { return nil }
            if let access = Compiler.restrictedAccess(in: info.returnType) {
                return CompileError.signatureUsesRestrictedType(role: "result", access: access).diagnostic(at: decl.location)
            }
            if let access = info.parameters.lazy.compactMap({ Compiler.restrictedAccess(in: $0.type) }).first {
                return CompileError.signatureUsesRestrictedType(role: "parameter", access: access).diagnostic(at: decl.location)
            }
            return nil
        }
    }

    /// A class without a designated initializer whose stored property has no value (and is a constant or not
    /// optional) gets no synthesized initializer, as swiftc reports at the class, by its written name (`GC`, not the
    /// placeholder check's `GC<T>`).
    static func classInitializerErrors(_ decl: TypeDecl, _ type: UserType, written: TypeDecl) -> [Diagnostic] {
        guard decl.kind == .classType, type.kind == .classType, !decl.initializers.contains(where: { !$0.isConvenience }) else { return [] }
        let missing = decl.fields.first { field in
            guard !field.isStatic, field.value == nil else { return false }
            return field.isLet || type.fields.first { $0.name == field.name }?.type.isOptional != true
        }
        guard let missing else { return [] }
        let name = written.name.split(separator: ".").last.map(String.init) ?? written.name
        return [CompileError.classWithoutInitializers(name, property: missing.name).diagnostic(at: decl.location)]
    }

    /// A static stored property needs a value (of a type, or of an extension of one, whose members were declared).
    static func staticFieldErrors(_ decl: TypeDecl) -> [Diagnostic] {
        decl.fields.filter { $0.isStatic && $0.value == nil }.map {
            CompileError.staticPropertyWithoutValue(isLet: $0.isLet).diagnostic(at: $0.location)
        }
    }
}
