import Diagnostics

/// The conformance errors of `extension Array: P where Element: Q { … }` (`Compiler+ConditionalArrayConformances`):
/// a listed name that is no protocol of the cells (refused at the name), and a protocol one of whose instance
/// requirements neither the extension's members, a default of the protocol's extensions nor arrays themselves
/// (`Compiler.arraysMeetRequirements`) provide (`type 'Array<Element>' does not conform to protocol 'P'`, at
/// `extension`, as swiftc).
extension ConformanceChecks {
    /// The errors of a conditional conformance of arrays; none for any other declaration.
    func conditionalArrayConformanceErrors(_ decl: TypeDecl) -> [Diagnostic] {
        // `decl` may be the copy the template's members were checked in (`Compiler.checkGenericArrayExtension`).
        guard compiler.protocolState.conditionalArrayConformances.contains(where: { conformance in
            conformance.decl === decl || compiler.declarations.checkedCopies[conformance.decl] === decl
        }) else { return [] }
        return decl.conformances.compactMap { name in
            guard let proto = compiler.declarations.userTypes[name], proto.kind == .protocolType else {
                return CompileError.unsupported(.conformance, name).diagnostic(at: decl.location(ofInherited: name))
            }
            let family = compiler.protocolFamily(proto)
            let met = family.allSatisfy { member in
                compiler.arraysMeetRequirements(member) || conformsElsewhere(member, besides: decl)
                    || (member.protocolInfo?.requirements ?? []).allSatisfy { requirement in
                        provides(decl, requirement)
                            || family.contains { $0.methods[requirement.name] != nil || $0.computed[requirement.name] != nil }
                    }
            }
            return met ? nil : CompileError.doesNotConform("Array<Element>", protocolName: name).diagnostic(at: decl.location)
        }
    }

    /// Whether another conditional conformance of arrays lists `proto`: its own extension provides `proto`'s requirements (`extension Array: Pretty where Element: Pretty {}` beside
    /// `extension Array: TextRepresentable where … { … }`).
    private func conformsElsewhere(_ proto: UserType, besides decl: TypeDecl) -> Bool {
        compiler.protocolState.conditionalArrayConformances.contains { conformance in
            conformance.proto === proto && conformance.decl !== decl && compiler.declarations.checkedCopies[conformance.decl] !== decl
        }
    }

    /// Whether the extension declares an instance member that may implement `requirement` (by name and kind; its
    /// types are checked with the template's).
    private func provides(_ decl: TypeDecl, _ requirement: ProtocolInfo.Requirement) -> Bool {
        guard !requirement.isStatic else { return false }
        switch requirement.kind {
        case .property:
            return decl.computed.contains { $0.name == requirement.name && !$0.isStatic }
        case .method:
            return decl.methods.contains { $0.name == requirement.name && !$0.isStatic && $0.parameters.map(\.label) == requirement.labels }
        case .subscriptRequirement:
            return !decl.subscripts.isEmpty
        default:
            return false
        }
    }
}
