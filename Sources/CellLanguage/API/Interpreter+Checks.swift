import Diagnostics

extension Interpreter {
    /// The errors of the cell's flow checks (`Checks/`), which run over the lowered AST with the resolver's
    /// referents, the compiler's declared signatures and the checker's types, independently of the generator:
    /// the declarations' (inheritance, members, variables and functions declared twice, conformances, property-wrapper attributes), definite initialization, `guard` bodies that fall through, missing returns (of members too),
    /// exclusive access.
    func flowCheckDiagnostics(_ statements: [Stmt]) -> [Diagnostic] {
        let checked = compiler.typeTable.checked, declarations = compiler.declarations
        var flow = FlowChecks(declaredResult: { decl in
                                  (declarations.functionInfos[decl] ?? declarations.placeholderSignatures[decl]).map { ($0.returnType, $0.level == 0) }
                              },
                              type: { checked?.type(of: $0) ?? checked?.specializedResultType(of: $0) })
        flow.variableType = { name, location in
            guard let resolution = self.compiler.resolution,
                  let index = resolution.declarations.firstIndex(where: { $0.name == name && $0.location == location }) else { return nil }
            return checked?.declarations[index]
        }
        var diagnostics = DeclarationChecks(declarations: declarations).check(statements) + VariableRedeclarations.check(statements)
            + FunctionRedeclarations(declarations: declarations, cell: compiler.currentCell).check(statements) + ConformanceChecks(compiler: compiler).check(statements)
            + AttributeChecks(declarations: declarations).check(statements) + TypeRedeclarations.check(statements)
            + WrapperInitializers.check(statements, declarations: declarations) + BuilderDeclarations.check(statements)
            + UnsupportedConstructs(declarations: declarations, genericTemplate: { self.compiler.protocolState.genericTypes[$0]?.decl },
                                    hasAssociatedTypes: { self.compiler.protocolState.associatedTypeProtocols.contains($0) },
                                    associatedTypeNames: { Set(self.compiler.protocolFamily($0).flatMap { $0.protocolInfo?.associatedTypes.map(\.0) ?? [] }) },
                                    isExtensibleBuiltin: { self.compiler.extensibleBuiltin($0) != nil })
                .check(statements)
            + genericConstraintRefusals(declarations).check(statements)
            + TopLevelReturns.check(statements) + LocalTypeAliases.check(statements)
            + GenericStaticStorage.check(statements, isGenericType: { self.compiler.protocolState.genericTypes[$0] != nil })
        // swiftc checks initializers after SIL generation, which an error of the type checker or of a declaration stops.
        let typeChecked = !(checked?.diagnostics.contains { $0.severity == .error } ?? false)
            && !diagnostics.contains { $0.severity == .error }
        diagnostics += MemberReturns(declarations: declarations).check(statements)
            + EscapingSelfCaptures(resolution: compiler.resolution ?? Resolution(), callee: { checked?.callee(of: $0) },
                                   isStructure: { declarations.userTypes[$0]?.kind == .structure }).check(statements)
            + EscapingInoutCaptures(resolution: compiler.resolution ?? Resolution(), callee: { checked?.callee(of: $0) }).check(statements)
        diagnostics += DefiniteInitialization.check(statements, userType: { declarations.userTypes[$0] }, typeChecked: typeChecked)
            + flow.check(statements)
        if let resolution = compiler.resolution {
            let exclusivity = ExclusiveAccessCheck(resolution: resolution, type: { checked?.type(of: $0) },
                                                   hasMutatingMethodWithInout: Interpreter.hasMutatingMethodWithInout)
            diagnostics += exclusivity.check(statements)
        }
        return diagnostics
    }

    /// The checks that read the declarations as written, before the declare phase changes them (it drops the static
    /// members of extensions of built-in types): run before the cell's statements are compiled.
    func declarationsAsWrittenDiagnostics(_ statements: [Stmt]) -> [Diagnostic] {
        let cellTypes = Set(statements.compactMap { statement -> String? in
            guard case .typeDeclaration(let decl) = statement, decl.kind != .extensionType else { return nil }
            return decl.name
        })
        return BuiltinExtensionStatics.check(statements) { self.compiler.extendsBuiltinDroppingStatics($0, cellTypes: cellTypes) }
    }

    /// The check of generic declarations' constraints and requirements, with what the compiler knows of protocols.
    private func genericConstraintRefusals(_ declarations: Declarations) -> GenericConstraintRefusals {
        let compiler = self.compiler
        return GenericConstraintRefusals(
            declarations: declarations, genericTemplate: { compiler.protocolState.genericTypes[$0]?.decl },
            associatedTypeNames: { name in
                if ["Sequence", "Collection", "IteratorProtocol"].contains(name) { return ["Element"] }
                guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { return [] }
                return Set(compiler.protocolFamily(proto).flatMap { $0.protocolInfo?.associatedTypes.map(\.0) ?? [] })
            },
            hasAssociatedTypes: { compiler.protocolState.associatedTypeProtocols.contains($0) })
    }

    /// Whether the value type `type` declares a mutating method `name` with `inout` parameters.
    private static func hasMutatingMethodWithInout(_ type: CType, _ name: String) -> Bool {
        guard case .user(let userType) = type, userType.kind != .classType else { return false }
        return userType.methods[name]?.contains { $0.isMutating && $0.parameters.contains(where: \.isInout) } ?? false
    }
}
