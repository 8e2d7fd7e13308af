import Diagnostics

/// `extension Array: Container {}`: every array conforms to a protocol whose requirements arrays already meet
/// (`count`, `isEmpty`, `first`, `last`, `append(_:)`, `subscript(Int)`), its associated types standing for the
/// element type. Arrays then satisfy the protocol as a generic constraint (calls run specializations, whose bodies use
/// the arrays' own members).
extension Compiler {
    /// Pass 1: arrays conform to the protocols named (their requirements are checked in pass 2; a name that is no
    /// protocol is the checks' to refuse, `ConformanceChecks.arrayConformanceErrors`).
    func declareArrayConformances(_ decl: TypeDecl) {
        for name in decl.conformances {
            guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { continue }
            protocolState.arrayConformances.append(proto)
        }
        protocolState.arrayConformanceDecls.append(decl)
    }

    /// Pass 2: arrays keep only the conformances whose requirements they meet (the checks report the others,
    /// `ConformanceChecks.arrayConformanceErrors`). False when `decl` is no `extension Array: P {}`.
    func checkArrayConformances(_ decl: TypeDecl) -> Bool {
        guard protocolState.arrayConformanceDecls.contains(where: { $0 === decl }) else { return false }
        for name in decl.conformances {
            guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { continue }
            if !protocolFamily(proto).allSatisfy(arraysMeetRequirements) {
                protocolState.arrayConformances.removeAll { $0 === proto }
            }
        }
        return true
    }

    /// Whether arrays meet every requirement of `proto` (not its parents), its associated types being the element.
    func arraysMeetRequirements(_ proto: UserType) -> Bool {
        guard let info = proto.protocolInfo, info.associatedSameTypes.isEmpty, info.builtinParents.isEmpty else { return false }
        let element = UserType(kind: .protocolType, name: "Element", qualifiedName: "Element")
        var map: IdentityTable<UserType, CType> = [:]
        for member in protocolFamily(proto) {
            for (_, placeholder) in member.protocolInfo?.associatedTypes ?? [] { map[placeholder] = .user(element) }
        }
        let item = CType.user(element)
        return info.requirements.allSatisfy { declared in
            let requirement = ProtocolInfo.Requirement(
                id: declared.id, name: declared.name, kind: declared.kind, labels: declared.labels,
                parameterTypes: declared.parameterTypes.map { Compiler.substitute($0, map) }, type: Compiler.substitute(declared.type, map),
                isStatic: declared.isStatic, isMutating: declared.isMutating, settable: declared.settable, location: declared.location)
            guard !requirement.isStatic else { return false }
            switch (requirement.kind, requirement.name) {
            case (.property, "count"): return requirement.type == .int && !requirement.settable
            case (.property, "isEmpty"): return requirement.type == .bool && !requirement.settable
            case (.property, "first"), (.property, "last"): return requirement.type == .optional(item) && !requirement.settable
            case (.method, "append"):
                return requirement.isMutating && requirement.labels == [nil] && requirement.parameterTypes == [item] && requirement.type == .void
            case (.subscriptRequirement, _):
                return requirement.labels == [nil] && requirement.parameterTypes == [.int] && requirement.type == item
            default: return false
            }
        }
    }

    /// Whether arrays of `element` satisfy `proto`: arrays conform to it and the element meets its associated types'
    /// constraints.
    func arrayConforms(_ element: CType, to proto: UserType) -> Bool {
        guard protocolState.arrayConformances.contains(where: { protocolFamily($0).contains { $0 === proto } })
                || conditionallyConforms(element, to: proto) else { return false }
        return protocolFamily(proto).allSatisfy { member in
            (member.protocolInfo?.associatedConstraints ?? []).allSatisfy { satisfies(element, $0.constraint) }
            && (member.protocolInfo?.associatedTypes ?? []).allSatisfy { _, placeholder in
                (placeholder.protocolInfo?.parents ?? []).allSatisfy { satisfies(element, $0.name) }
                    && (placeholder.protocolInfo?.builtinParents ?? []).allSatisfy { satisfies(element, $0) }
            }
        }
    }

    /// Before a member of an array is looked up: the protocols without requirements that `extension Array: P {}`
    /// names become conformances of the arrays of its element type (any element type), whose values then have the members of those
    /// protocols' extensions (`extension P { func hi() -> Int { 1 } }`: `[1].hi()`), as a built-in type's conformance
    /// gives them (`inheritedExtensionCall`).
    func noteArrayConformances(of type: CType) {
        noteConditionalArrayConformances(of: type)
        guard case .array(let element) = type, !element.hasError, !protocolState.arrayConformanceDecls.isEmpty else { return }
        let plain = protocolState.arrayConformances.filter { proto in
            proto !== protocolState.builtinProtocols["Array"] && !protocolState.associatedTypeProtocols.contains(proto)
                && protocolFamily(proto).allSatisfy { ($0.protocolInfo?.requirements ?? []).isEmpty }
        }
        guard !plain.isEmpty else { return }
        let owner = builtinExtensionOwner(type)
        for proto in plain { owner.conformances.insert(proto.name) }
    }
}
