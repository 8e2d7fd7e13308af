/// Generic bodies checked under the generator's placeholders for their type parameters, when the generator is about
/// to check them with those placeholders (`Compiler.typeCheckPlaceholderBody`): as a specialization's body is checked,
/// the type parameters resolving to the placeholders. Only the bodies this cell declares (its resolution covers them).
extension TypeChecker {
    /// A generic top-level function's body.
    func placeholderFunctionBody(_ decl: FunctionDecl, _ bindings: [String: CType]) {
        guard compiler.protocolState.genericFunctionCells[decl] == compiler.currentCell else { return }
        specializedBody(decl, bindings, reportsMistakes: true)
    }

    /// A generic method's or initializer's body, a member of `type` (of a generic type's specialization: `self` is
    /// that specialization, its members named without `self` read on it).
    func placeholderMemberBody(_ decl: FunctionDecl, _ bindings: [String: CType], of type: UserType) {
        guard declaredInCell(decl, initializer: decl.name == "init") else { return }
        if let builtin = type.extendedBuiltin {
            // A member of an extension of a built-in type (`extension Array`'s `func paired<U>`): `self` is the
            // built-in value, the members named without `self` its own.
            guard let owner = cellTypeDeclarations.first(where: { $0.methods.contains { $0 === decl || $0.location == decl.location } }) else {
                return
            }
            specializedBody(decl, bindings, instance: ConformingSelf(owner: owner.name, type: builtin), declaresSelf: true)
        } else if type.genericArguments.isEmpty {
            specializedBody(decl, bindings, selfType: type, reportsMistakes: true)
        } else if let open = type.name.firstIndex(of: "<") {
            // The specialization with the placeholders (`Compiler.checkGenericType`): its mistakes are worded against
            // the type parameters, as swiftc words them.
            let placeholders = type.genericArguments.allSatisfy { isTypeParameterPlaceholder($0) || $0 == .double }
            specializedBody(decl, bindings, instance: ConformingSelf(owner: String(type.name[..<open]), type: .user(type)),
                            reportsMistakes: placeholders)
        }
    }

    /// The bodies of `copy`, the copy of a template `decl` (an extension of a protocol with associated types, or
    /// `extension Array`) the generator checks with `self` of `type`, a placeholder (or an array of one).
    func placeholderExtensionBodies(_ decl: TypeDecl, copy: TypeDecl, self type: CType, _ bindings: [String: CType]) {
        guard cellTypeDeclarations.contains(decl) else { return }
        // Its mistakes are worded against the protocol's associated types (`Self.Item`), as swiftc words them.
        let saved = bodyContext.reportsPlaceholderMistakes
        bodyContext.reportsPlaceholderMistakes = true
        conformingBodies(copy, of: type, bindings)
        bodyContext.reportsPlaceholderMistakes = saved
    }

    /// The members `decls` (the generic type `template` and its extensions) declare, under the placeholders of the
    /// generator's check of the generic type (`self` its specialization with those placeholders).
    func placeholderTypeMembers(_ decls: [TypeDecl], of template: TypeDecl, _ bindings: [String: CType]) {
        for decl in decls where cellTypeDeclarations.contains(decl) {
            let body = SpecializedBody(decl: ObjectKey(decl), bindings: bindings, reportsMistakes: true)
            guard specializedBodies.insert(body).inserted else { continue }
            // Their mistakes are worded against the type parameters, as swiftc words them: the checker's to report.
            let saved = bodyContext
            bodyContext.checksPlaceholderTypeMembers = true
            bodyContext.reportsPlaceholderMistakes = true
            specializedMembers(of: decl, template, bindings)
            bodyContext = saved
        }
    }

    /// Whether `type` (unwrapped) is a placeholder the generator made for a type parameter or an associated type.
    func isTypeParameterPlaceholder(_ type: CType?) -> Bool {
        guard case .user(let user)? = type?.unwrapped else { return false }
        return compiler.protocolState.placeholderTypes.contains(user)
    }
}
