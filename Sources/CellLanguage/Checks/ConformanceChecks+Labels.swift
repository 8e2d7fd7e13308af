import Diagnostics

/// swiftc's near-miss witnesses: when no member has a requirement's full name, the one member with its base name
/// and its parameter and result types but other argument labels is taken as the witness, and reported at that member
/// (`initializer 'init(textx:)' has different argument labels from those required by protocol 'P' ('init(text:)')`)
/// instead of the type's conformance.
extension ConformanceChecks {
    /// The error of the one member of `type` that meets `requirement` of `proto` but for its argument labels; nil when
    /// there is none, or more than one.
    func labelMismatch(_ declared: ProtocolInfo.Requirement, of type: UserType, for proto: UserType) -> Diagnostic? {
        let requirement = compiler.substitutedRequirement(declared, on: type)
        let candidates: [FunctionInfo]
        let role: String
        switch requirement.kind {
        case .initializer:
            role = "initializer"
            candidates = type.initializers.filter { $0.parameters.map(\.type) == requirement.parameterTypes }
        case .method where !requirement.isStatic:
            role = "instance method"
            candidates = (type.methods[requirement.name] ?? []).filter { info in
                let parameters = Array(info.parameters.dropFirst())
                return parameters.map(\.type) == requirement.parameterTypes && info.returnType == requirement.type
                    && Compiler.inoutFlags(of: parameters) == requirement.inoutParameters
            }
        default:
            return nil
        }
        // Only when no member has the requirement's full name (swiftc looks members up by base name only then).
        let labels: (FunctionInfo) -> [String?] = { info in
            (requirement.kind == .initializer ? info.parameters : Array(info.parameters.dropFirst())).map(\.label)
        }
        let named = requirement.kind == .initializer ? type.initializers : type.methods[requirement.name] ?? []
        guard !named.contains(where: { labels($0) == requirement.labels }), candidates.count == 1,
              let witness = candidates.first else { return nil }
        let baseName = requirement.kind == .initializer ? "init" : requirement.name
        let error = CompileError.witnessLabelMismatch(
            role + " '" + Self.fullName(baseName, labels(witness)) + "'", protocolName: proto.name,
            required: Self.fullName(baseName, requirement.labels))
        return error.diagnostic(at: witness.location)
    }

    /// A function's full name as swiftc writes it here: `init(text:)`, `f(_:to:)`, `init(_:)`, but a method's base
    /// name alone when it has no argument label (`f` for `f(_:_:)`).
    static func fullName(_ base: String, _ labels: [String?]) -> String {
        if base != "init", labels.allSatisfy({ $0 == nil }) { return base }
        return base + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}
