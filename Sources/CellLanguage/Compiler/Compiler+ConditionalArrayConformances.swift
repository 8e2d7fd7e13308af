import Diagnostics

/// `extension Array: TextRepresentable where Element: TextRepresentable { … }` (a conditional conformance): the
/// extension's members are a template, as those of `extension Array where Element: TextRepresentable` are
/// (`Compiler+ArrayExtensions`), and the arrays whose element type meets the `where` clause conform to the protocols
/// the extension lists: they are held as the protocol type (their existential tag's witnesses are the template's
/// copies added to them), they meet the protocol as a generic constraint, and arrays of them conform in turn
/// (`[[Dice]]`). `extension Array: P { … }` with members and no clause conforms every array the same way.
extension Compiler {
    /// Pass 1: registers an extension of `Array` that lists protocols and has a `where` clause or members (true); false
    /// for any other declaration (`extension Array: P {}` is `declareArrayConformances`'). Its members, if any, are
    /// then registered as a template by the caller.
    func declareConditionalArrayConformance(_ decl: TypeDecl) -> Bool {
        guard decl.kind == .extensionType, decl.name == "Array", !decl.conformances.isEmpty,
              !decl.whereRequirements.isEmpty || Compiler.declaresMembers(decl) else { return false }
        for name in decl.conformances {
            // A name that is no protocol of the cells: refused by the checks (`ConformanceChecks.refusedConformances`).
            guard let proto = declarations.userTypes[name], proto.kind == .protocolType else { continue }
            protocolState.conditionalArrayConformances.append((proto, decl))
        }
        return true
    }

    /// Whether an extension declares members (methods, properties, subscripts or initializers).
    static func declaresMembers(_ decl: TypeDecl) -> Bool {
        !decl.methods.isEmpty || !decl.computed.isEmpty || !decl.subscripts.isEmpty || !decl.fields.isEmpty
            || !decl.initializers.isEmpty
    }

    /// Whether `decl` is a conditional conformance of arrays (pass 2 has nothing more to compile for it than its
    /// template, if it declares members).
    func isConditionalArrayConformance(_ decl: TypeDecl) -> Bool {
        protocolState.conditionalArrayConformances.contains { $0.decl === decl }
    }

    /// Whether arrays of `element` conform to `proto` through a conditional conformance whose clause `element` meets
    /// (one to a protocol that refines `proto` counts: swiftc requires the refined one to be declared as well).
    func conditionallyConforms(_ element: CType, to proto: UserType) -> Bool {
        protocolState.conditionalArrayConformances.contains { conformance in
            protocolFamily(conformance.proto).contains { $0 === proto } && conformanceHolds(conformance.decl, for: element)
        }
    }

    /// Whether the `where` clause of the conditional conformance `decl` holds for arrays of `element`.
    func conformanceHolds(_ decl: TypeDecl, for element: CType) -> Bool {
        decl.whereRequirements.allSatisfy { !$0.isSameType && $0.left == "Element" && satisfies(element, $0.right) }
    }

    /// The requirement arrays of `element` fail to meet where a conditional conformance of arrays to `proto` exists and
    /// none holds: the element type and the protocol it must conform to (swiftc's `requires that 'Int' conform to
    /// 'P'`); nil when one holds or there is none.
    func unmetConditionalRequirement(_ element: CType, for proto: UserType) -> (type: CType, protocolName: String)? {
        let conformances = protocolState.conditionalArrayConformances.filter { conformance in
            protocolFamily(conformance.proto).contains { $0 === proto }
        }
        guard !conformances.isEmpty, !conformances.contains(where: { conformanceHolds($0.decl, for: element) }),
              let unmet = conformances[0].decl.whereRequirements.first(where: { !satisfies(element, $0.right) }) else { return nil }
        if case .array(let inner) = element, let user = declarations.userTypes[unmet.right], user.kind == .protocolType,
           let deeper = unmetConditionalRequirement(inner, for: user) {
            return deeper
        }
        return (element, unmet.right)
    }

    /// Before values of `type` are held as a protocol type or a member is looked up on them: when `type` is an array
    /// whose conditional conformances hold, the owner of its extensions' members gets their templates' copies and the
    /// conformances, so that its existential tag finds the witnesses and the protocols' extensions reach it.
    func noteConditionalArrayConformances(of type: CType) {
        guard case .array(let element) = type, !element.hasError, !protocolState.conditionalArrayConformances.isEmpty else { return }
        let holding = protocolState.conditionalArrayConformances.filter { conformanceHolds($0.decl, for: element) }
        guard !holding.isEmpty else { return }
        let owner = builtinExtensionOwner(type)
        for (proto, decl) in holding {
            if let template = protocolState.protocolExtensions.first(where: { $0.decl === decl }) {
                applyProtocolExtension(decl, of: template.proto, to: type, owner: owner)
            }
            owner.conformances.insert(proto.name)
        }
    }
}
