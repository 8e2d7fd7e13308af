import Diagnostics
import Foundation

extension Compiler {
    // MARK: Declaration

    /// Registers a generic struct, class or enum (pass 1); each use with type arguments (`Stack<String>`) compiles
    /// a specialization of it.
    func declareGenericType(_ decl: TypeDecl) {
        protocolState.genericTypes[decl.name] = (decl, currentCell)
        protocolState.genericExtensions[decl.name] = []
    }

    /// Type-checks a generic type's members once with placeholders for its type parameters (pass 2).
    func checkGenericType(_ decl: TypeDecl) {
        guard protocolState.genericTypes[decl.name]?.decl === decl,
              var bindings = placeholders(decl.genericParameters, at: decl.location),
              applyAssociatedRequirements(decl.genericRequirements, to: &bindings) else { return }
        let arguments = decl.genericParameters.map { bindings[$0.name] ?? .error }
        _ = specializeType(decl, arguments, check: true)
        for constrained in (protocolState.genericExtensions[decl.name] ?? []) where !constrained.whereRequirements.isEmpty {
            checkConstrainedExtension(constrained, of: decl)
        }
    }

    /// Type-checks `extension Stack where Element: Equatable` with placeholders that have the extra constraints
    /// (`where Element == Int` binds the parameter); diagnostics the unconstrained check already gave are not repeated.
    private func checkConstrainedExtension(_ constrained: TypeDecl, of decl: TypeDecl) {
        var parameters = decl.genericParameters
        var fixed: [String: CType] = [:]
        // `extension Chain where A.Input == Double`: applied to the placeholders of the associated types.
        let associated = constrained.whereRequirements.filter { $0.left.contains(".") }
        for requirement in constrained.whereRequirements where !requirement.left.contains(".") {
            guard let index = parameters.firstIndex(where: { $0.name == requirement.left }) else {
                cannotGenerate(at: requirement.location)  // refused by the checks (`GenericConstraintRefusals`)
                return
            }
            if requirement.isSameType {
                fixed[requirement.left] = resolveType(.named(requirement.right, requirement.location))
            } else {
                parameters[index].constraints.append(requirement.right)
            }
        }
        guard var bindings = placeholders(parameters, at: constrained.location),
              applyAssociatedRequirements(decl.genericRequirements + associated, to: &bindings) else { return }
        let arguments = decl.genericParameters.map { fixed[$0.name] ?? bindings[$0.name] ?? .error }
        if let existing = protocolState.genericTypeInstances[SpecializationKey(decl, arguments: arguments)] {
            // The specialization exists (`Stack<Int>` for `where Element == Int`): the checker checks the extension's
            // members on it, reporting their mistakes.
            typeCheckPlaceholderBody { $0.placeholderTypeMembers([constrained], of: decl, existing.bindings) }
            return
        }
        let before = Set(diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? ""): \($0.message)" })
        let start = diagnostics.count
        _ = specializeType(decl, arguments, check: true, checking: constrained)
        diagnostics.removeAll(from: start) { before.contains("\($0.location.map { "\($0.line):\($0.column)" } ?? ""): \($0.message)") }
    }

    /// Whether a constrained extension applies to a specialization with these type arguments.
    func extensionApplies(_ decl: TypeDecl, _ bindings: [String: CType]) -> Bool {
        decl.whereRequirements.allSatisfy { requirement in
            guard let bound = bindings[requirement.left] else { return false }
            if requirement.isSameType {
                return bound == bindings[requirement.right] ?? resolveType(.named(requirement.right, requirement.location))
            }
            return satisfies(bound, requirement.right)
        }
    }

    /// `extension Stack`: added to every specialization, present and future.
    func declareGenericExtension(_ decl: TypeDecl) {
        guard let (template, _) = protocolState.genericTypes[decl.name] else { return }
        protocolState.genericExtensions[decl.name, default: []].append(decl)
        for instance in protocolState.genericTypeInstances.values where instance.template === template
            && extensionApplies(decl, instance.bindings) {
            let copy = decl.copy(named: instance.type.name)
            atTopLevel(with: instance.bindings) {
                declareProtocolOrExtension(copy)
                declareTypeMembers(copy)
                _ = compileTypeBodies(copy)
            }
        }
    }

    /// Checks once with placeholders (`checkGenericType`) the generic type an earlier cell declared that `decl`, an
    /// extension of this cell, extends: in pass 2, once the cell's checker ran, which checks the extension's members
    /// under the same placeholders and reports their mistakes. True when `decl` is such an extension.
    func checksEarlierGenericType(_ decl: TypeDecl) -> Bool {
        guard decl.kind == .extensionType, let (template, cell) = protocolState.genericTypes[decl.name], cell != currentCell else {
            return false
        }
        checkGenericType(template)
        return true
    }

    // MARK: Specializations

    /// The specialization of the generic type `name` (written without type arguments) that the context expects
    /// (`let s: Stack<Int> = Stack()`: `Stack<Int>`, as swiftc takes the type arguments from the context before the
    /// arguments); nil when the context names no specialization of it. The checker asks the same
    /// (`TypeChecker.contextualConstruction`).
    func expectedSpecialization(_ name: String, _ expected: CType?) -> (template: TypeDecl, bindings: [String: CType], type: UserType)? {
        guard !name.contains("<"), case .user(let user)? = expected?.unwrapped,
              let (template, _) = protocolState.genericTypes[name] else { return nil }
        return protocolState.genericTypeInstances.values.first { $0.template === template && $0.type === user }
    }

    /// The specialization a type name means: `Stack<String>`, or `Stack` inside Stack's own members. Nil when the name
    /// is no generic type's.
    func genericTypeInstance(_ name: String, at location: SourceLocation, inferringFrom initializerArguments: [Argument]? = nil) -> UserType? {
        var base = name
        var arguments: [CType] = []
        if let open = name.firstIndex(of: "<"), name.hasSuffix(">") {
            base = String(name[..<open])
            guard let (template, _) = protocolState.genericTypes[base] else { return nil }
            let texts = Compiler.splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            guard texts.count == template.genericParameters.count else {
                cannotGenerate(at: location)  // refused by the checker (`writtenSpecializationMistake`)
                return nil
            }
            arguments = texts.map { resolveType(Compiler.parseTypeText($0, at: location)) }
        } else {
            guard let (template, _) = protocolState.genericTypes[name] else { return nil }
            if let initializerArguments, template.genericParameters.contains(where: { genericBinding($0.name) == nil }) {
                guard let inferred = inferTypeArguments(template, initializerArguments) else {
                    cannotGenerate(at: location)  // refused by the checker (`TypeChecker.inferredTypeArguments`)
                    return nil
                }
                arguments = inferred
            }
            for parameter in template.genericParameters where arguments.count < template.genericParameters.count {
                guard let bound = genericBinding(parameter.name) else {
                    cannotGenerate(at: location)  // refused by the checker (`unspecializedGenericType`)
                    return nil
                }
                arguments.append(bound)
            }
        }
        guard let (template, _) = protocolState.genericTypes[base], !arguments.contains(where: \.hasError) else { return nil }
        // Type arguments that miss a constraint or the `where` clause: the checker's (`unmetTypeArguments`).
        let met = zip(template.genericParameters, arguments).allSatisfy { parameter, argument in
            parameter.constraints.allSatisfy { satisfies(argument, $0) }
        }
        guard met else {
            cannotGenerate(at: location)
            return nil
        }
        guard meetsTypeRequirements(template, arguments, at: location) else { return nil }
        return specializeType(template, arguments, check: false)
    }

    /// Whether the type arguments `arguments` of `template` meet its `where` clause on their associated types
    /// (`struct Chain<A: Layer, B: Layer> where A.Output == B.Input`); the checker reports those they miss
    /// (`unmetTypeArguments`).
    private func meetsTypeRequirements(_ template: TypeDecl, _ arguments: [CType], at location: SourceLocation) -> Bool {
        guard !template.genericRequirements.isEmpty else { return true }
        var bindings: [String: CType] = [:]
        for (parameter, argument) in zip(template.genericParameters, arguments) { bindings[parameter.name] = argument }
        bindConcreteAssociatedTypes(template.genericParameters, into: &bindings)
        return meetsAssociatedRequirements(template.genericRequirements, bindings, at: location)
    }

    func specializeType(_ template: TypeDecl, _ arguments: [CType], check: Bool, checking constrained: TypeDecl? = nil) -> UserType? {
        let name = "\(template.name)<\(arguments.map(\.description).joined(separator: ", "))>"
        let key = SpecializationKey(template, arguments: arguments)
        if let cached = protocolState.genericTypeInstances[key] { return cached.type }
        var bindings: [String: CType] = [:]
        for (parameter, argument) in zip(template.genericParameters, arguments) { bindings[parameter.name] = argument }
        bindConcreteAssociatedTypes(template.genericParameters, into: &bindings)
        let copy = template.copy(named: name)
        let originals = (protocolState.genericExtensions[template.name] ?? []).filter { decl in
            check ? decl.whereRequirements.isEmpty || decl === constrained : extensionApplies(decl, bindings)
        }
        let extensions = originals.map { $0.copy(named: name) }
        if check {
            if constrained == nil { declarations.checkedCopies[template] = copy }
            for (original, decl) in zip(originals, extensions) where constrained == nil || original === constrained {
                declarations.checkedCopies[original] = decl
            }
        }
        return atTopLevel(with: bindings) { () -> UserType? in
            declareTypeName(copy)
            guard let type = declarations.typeInfos[copy] else { return nil }
            let module = libraryTypeNames.contains(template.name) ? "Swift" : moduleName
            type.qualifiedName = "\(module).\(template.name)<\(arguments.map(qualifiedName).joined(separator: ", "))>"
            type.specializedRuntimeName = "\(template.name)<\(arguments.map(Compiler.runtimeName).joined(separator: ", "))>"
            type.genericArguments = arguments
            protocolState.genericTypeInstances[key] = (template, bindings, type)
            declareTypeMembers(copy)
            for decl in extensions {
                declareProtocolOrExtension(decl)
                declareTypeMembers(decl)
            }
            if check {
                // A constrained extension's check checks its own members only: the others were checked unconstrained.
                let checked = constrained.map { [$0] } ?? [template] + originals
                typeCheckPlaceholderBody { $0.placeholderTypeMembers(checked, of: template, bindings) }
            }
            let compileBodies = { [self] in
                _ = compileTypeBodies(copy)  // its static stored properties are refused by `GenericStaticStorage`
                for decl in extensions { _ = compileTypeBodies(decl) }
            }
            // A specialization made for the checker, before it runs (`makeNamedSpecializations`): its members'
            // bodies compile once it has run, reading its types (`Compiler.typeCheckCell`).
            if !check, typeTable.specializedBodiesAwaitingChecker != nil {
                // Its conformances are bound now (and the protocol extensions' members declared), as once its bodies
                // compiled: the checker resolves calls of those members to them.
                bindPendingConformances(of: type)
                typeTable.specializedBodiesAwaitingChecker?.append { [self] in
                    let start = errorMark()
                    atTopLevel(with: bindings, compileBodies)
                    guard hasErrors(since: start) else { return }
                    // A mistake in a member's body is the generic body's, reported once against its type parameters
                    // (as swiftc reports it) by its check with placeholders, not once per specialization.
                    let location = diagnostics.log(from: start.position).map(\.location).first ?? nil
                    forgetErrors(since: start)
                    cannotGenerate(at: location ?? template.location)
                }
            } else {
                if !check { typeCheckLateSpecialization(template, bindings) }
                compileBodies()
            }
            if check {
                declarations.userTypes[name] = nil
                protocolState.genericTypeInstances[key] = nil
            }
            return type
        }
    }

    /// For a receiver naming a specialization (`Tree<Int>.node(4)`): compiles it; false when it names none (the
    /// checker reports its type arguments' mistakes, or a name that is no generic type's).
    func specializesGenericBase(_ base: Expr) -> Bool {
        guard case .name(let typeName) = base.kind, typeName.hasSuffix(">") else { return true }
        if genericTypeInstance(typeName, at: base.location) != nil { return true }
        if protocolState.genericTypes[String(typeName.prefix { $0 != "<" })] == nil { cannotGenerate(at: base.location) }
        return false
    }

    /// A type argument as Swift's debug descriptions show it (`Swift.Int`, `main.Point`).
    private func qualifiedName(_ type: CType) -> String {
        switch type {
        case .int, .double, .bool, .string, .character: return "Swift.\(type)"
        case .array(let element): return "Swift.Array<\(qualifiedName(element))>"
        case .optional(let wrapped): return "Swift.Optional<\(qualifiedName(wrapped))>"
        case .dictionary(let key, let value): return "Swift.Dictionary<\(qualifiedName(key)), \(qualifiedName(value))>"
        case .user(let type): return type.qualifiedName
        default: return type.description
        }
    }

    // MARK: Type arguments as written

    /// `String, [Int]` → `String`, `[Int]` (commas inside brackets do not split).
    static func splitTypeArguments(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "<", "[", "(": depth += 1
            case ">", "]", ")": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }

    /// A type argument's text as a type: names (also generic ones), `[T]`, `[K: V]` and `T?`.
    static func parseTypeText(_ text: String, at location: SourceLocation) -> TypeExpr {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("?") { return .optional(parseTypeText(String(text.dropLast()), at: location)) }
        if text.hasPrefix("["), text.hasSuffix("]") {
            let inner = String(text.dropFirst().dropLast())
            var depth = 0
            for (offset, character) in inner.enumerated() {
                if "<[(".contains(character) { depth += 1 } else if ">])".contains(character) { depth -= 1 }
                if character == ":", depth == 0 {
                    let index = inner.index(inner.startIndex, offsetBy: offset)
                    return .dictionary(parseTypeText(String(inner[..<index]), at: location),
                                       parseTypeText(String(inner[inner.index(after: index)...]), at: location))
                }
            }
            return .array(parseTypeText(inner, at: location))
        }
        if text.hasPrefix("("), text.hasSuffix(")"), !text.contains("->") {
            // A tuple (`Heap<(Int, String)>`), its elements labelled or not; `(T)` is T.
            let elements = splitTypeArguments(String(text.dropFirst().dropLast())).filter { !$0.isEmpty }
            if elements.count == 1, !elements[0].contains(":") { return parseTypeText(elements[0], at: location) }
            var labels: [String?] = [], types: [TypeExpr] = []
            for element in elements {
                let parts = element.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let labelled = parts.count == 2 && !parts[0].contains(where: { "<[(".contains($0) })
                labels.append(labelled ? parts[0] : nil)
                types.append(parseTypeText(labelled ? parts[1] : element, at: location))
            }
            return .tuple(labels, types)
        }
        return .named(text, location)
    }

    /// `FlippedShape(shape: triangle)`: the type arguments the initializer's arguments determine (through a declared
    /// initializer with these labels, or the memberwise one); nil when they determine not all of them.
    private func inferTypeArguments(_ template: TypeDecl, _ arguments: [Argument]) -> [CType]? {
        // The checker's (`TypeChecker.inferredTypeArguments`); inferred again below only where it bound none.
        if let checked = checkedGenericBindings(arguments, of: template.name, at: template.location) {
            let bound = template.genericParameters.compactMap { checked[$0.name] }
            return bound.count == template.genericParameters.count ? bound : nil
        }
        compileCounts.noteGeneratorDecision(file: #fileID, line: #line)
        let names = Set(template.genericParameters.map(\.name))
        guard let labelled = Compiler.inferenceParameters(template, arguments) else { return nil }
        var bindings: [String: CType] = [:]
        for ((_, type), argument) in zip(labelled, arguments) {
            // The checker's type (`checkerType`): generic arguments are inferred from it before it compiles with their types (an `&place`
            // argument by its place's type).
            let actual = checkerType(Compiler.inoutTarget(argument.value) ?? argument.value)
            guard !actual.hasError, Compiler.infer(type, actual, names, into: &bindings) else { return nil }
        }
        let inferred = template.genericParameters.compactMap { bindings[$0.name] }
        return inferred.count == template.genericParameters.count ? inferred : nil
    }

    /// The place an `&place` argument passes, nil for any other argument.
    static func inoutTarget(_ argument: Expr) -> Expr? {
        if case .inoutArgument(let target) = argument.kind { target } else { nil }
    }

    /// The parameters (label and written type) `Template(arguments)` passes, through which its type arguments are
    /// inferred: those of the first of its initializers (or, for a struct without any, of its memberwise
    /// initializer) whose labels the arguments fit; nil when none fits.
    static func inferenceParameters(_ template: TypeDecl, _ arguments: [Argument]) -> [(String?, TypeExpr)]? {
        var candidates = template.initializers.map { $0.parameters.map { ($0.label, $0.type) } }
        if template.kind == .structure && template.initializers.isEmpty {
            candidates.append(template.fields.filter { !$0.isStatic }.compactMap { field in field.type.map { (field.name, $0) } })
        }
        for candidate in candidates {
            let labelled = candidate.filter { label, _ in arguments.contains { $0.label == label } }
            if labelled.count == arguments.count, zip(labelled, arguments).allSatisfy({ $0.0 == $1.label }) { return labelled }
        }
        return nil
    }
}
