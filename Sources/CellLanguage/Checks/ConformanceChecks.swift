import Diagnostics

/// The conformance checks of a cell, like swiftc's: each protocol a type declaration or extension lists must be met
/// at that declaration (`type 'T' does not conform to protocol 'P'` at the type's name, or at `extension`): a class
/// protocol only by a class, its associated types bound, each requirement implemented (by the type, or by a protocol
/// extension's default), its initializer requirements by `required` initializers in a non-final class and by
/// non-failable ones when the requirement is not failable; a type listing `CustomStringConvertible` (or a protocol
/// inheriting it) needs a `description`, and the standard library's other protocols what they require
/// (`ConformanceChecks+Library`). The checks read what the declare phase recorded and ask the compiler's
/// witness lookup, the one the generator uses to build existential values, which no longer reports anything.
struct ConformanceChecks {
    /// The compiler whose declarations and witness lookup are read (never changed).
    unowned let compiler: Compiler

    /// The conformance errors of the types `statements` declare (at the top level, where cells declare types).
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for statement in statements {
            guard case .typeDeclaration(let decl) = statement else { continue }
            check(decl, into: &diagnostics)
        }
        return diagnostics
    }

    private func check(_ written: TypeDecl, into diagnostics: inout [Diagnostic]) {
        let declarations = compiler.declarations
        let decl = declarations.checkedCopies[written] ?? written
        diagnostics += refusedConformances(decl) + arrayConformanceErrors(decl) + conditionalArrayConformanceErrors(decl)
        if decl.kind != .protocolType, let type = declarations.typeInfos[decl], type.kind != .protocolType {
            let listed = decl.conformances.compactMap { name in
                declarations.userTypes[name].flatMap { $0.kind == .protocolType ? $0 : nil }
            }
            if lacksDescription(type, listing: decl.conformances, listed) {
                diagnostics.append(CompileError.notCustomStringConvertible(type.name).diagnostic(at: decl.location))
            }
            diagnostics += libraryConformanceErrors(type, decl, listed)
            for proto in listed { diagnostics += conformanceErrors(type, proto, at: decl.location) }
        }
        for nested in written.nested { check(nested, into: &diagnostics) }
    }

    /// Whether a declaration listing `names` (the declared protocols among them: `listed`) promises a
    /// `CustomStringConvertible` conformance that `type` has no `description` for (its own, or a protocol extension's).
    private func lacksDescription(_ type: UserType, listing names: [String], _ listed: [UserType]) -> Bool {
        let promised = names.contains("CustomStringConvertible") || listed.contains { proto in
            compiler.protocolFamily(proto).contains { $0.protocolInfo?.builtinParents.contains("CustomStringConvertible") == true }
        }
        guard promised, type.computed["description"]?.returnType != .string,
              type.fieldIndex("description").map({ type.fields[$0].type }) != .string else { return false }
        return !compiler.conformedProtocols(type).contains { $0.computed["description"]?.returnType == .string }
    }

    /// The errors of `type`'s conformance to `proto`, declared at `location`: a non-class type and a class protocol, an
    /// associated type left unbound, the first protocol of the family with a requirement no member meets; the
    /// initializer requirements' witnesses of each protocol met before it.
    private func conformanceErrors(_ type: UserType, _ proto: UserType, at location: SourceLocation) -> [Diagnostic] {
        if type.kind != .classType, compiler.isClassBound(.user(proto)) {
            return [CompileError.nonClassConformsToClassProtocol(type.name, protocolName: proto.name).diagnostic(at: location)]
        }
        if let member = compiler.protocolMissingAssociatedTypes(of: type, for: proto) {
            return [CompileError.doesNotConform(type.name, protocolName: member.name).diagnostic(at: location)]
        }
        var diagnostics: [Diagnostic] = []
        for member in compiler.protocolFamily(proto) {
            guard let info = member.protocolInfo else { continue }
            let unmet = info.requirements.filter { !$0.type.hasError && compiler.witnessSource($0, in: type, for: proto) == nil }
            let mismatches = unmet.compactMap { labelMismatch($0, of: type, for: member) }  // ConformanceChecks+Labels
            diagnostics += mismatches
            if mismatches.count < unmet.count {
                diagnostics.append(CompileError.doesNotConform(type.name, protocolName: member.name).diagnostic(at: location))
                break
            }
            diagnostics += initializerWitnessErrors(info, of: type)
        }
        return diagnostics
    }

    /// The initializers of `type` that implement `info`'s initializer requirements but cannot, at the initializer: in a
    /// non-final class one without `required` (its subclasses must provide it too); an `init?` for a requirement that
    /// is not failable (an `init!` may stand for it).
    private func initializerWitnessErrors(_ info: ProtocolInfo, of type: UserType) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let needsRequired = type.kind == .classType && !type.isFinal
        for requirement in info.requirements where requirement.kind == .initializer {
            guard let witness = type.initializers.first(where: {
                $0.parameters.map(\.label) == requirement.labels && $0.parameters.map(\.type) == requirement.parameterTypes
            }) else { continue }
            let name = "init(" + requirement.labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            if needsRequired, !witness.isRequired {
                diagnostics.append(CompileError.initializerRequirementNeedsRequired(name, className: type.name).diagnostic(at: witness.location))
            }
            if !requirement.isFailable, Compiler.isOptional(witness.returnType), !witness.isImplicitlyUnwrapped {
                diagnostics.append(CompileError.failableWitnessForNonFailableRequirement(name).diagnostic(at: witness.location))
            }
        }
        return diagnostics
    }
}
