/// What the templates (`Compiler+ProtocolExtensions`: extensions of protocols with associated types, and `extension
/// Array`, kept as one) may add, for the checker's diagnostics (issue 12): a diagnostic that a member, an operator or
/// a subscript is missing gives up only when a template declares it and may be added to the receiver's type, not
/// whenever the cell has a protocol extension. A template adds no conformance (the generator refuses them in such an
/// extension), so diagnostics about conformances (`Error`, `Sequence`) need not give up at all.
extension TypeChecker {
    /// Whether a template declares a method, an operator or a computed property called `name`.
    func protocolExtensionsDeclare(_ name: String) -> Bool {
        compiler.templatesDeclare(name)
    }

    /// Whether a template declares something a bare `name` read as a value may mean instead of a library property:
    /// a computed property, or a method whose arguments take no labels (`func count(where:)` is not `count`).
    func protocolExtensionsMayShadowProperty(_ name: String) -> Bool {
        compiler.protocolState.protocolExtensions.contains { _, decl in
            decl.computed.contains { $0.name == name }
                || decl.methods.contains { $0.name == name && $0.parameters.allSatisfy { $0.label == nil } }
        }
    }

    /// Whether a template declares a subscript.
    var protocolExtensionsDeclareSubscripts: Bool {
        compiler.protocolState.protocolExtensions.contains { !$0.decl.subscripts.isEmpty }
    }

    /// Whether a template may be added to values of `type`: a declared type that conforms to something (or whose
    /// conformances the checker does not see: generic, opaque, a subclass), an array when arrays conform to a
    /// protocol, a built-in type a cell extends (`extension Int: Container {}`); never an optional, a tuple or a
    /// function.
    func protocolExtensionsReach(_ type: CType) -> Bool {
        guard !compiler.protocolState.protocolExtensions.isEmpty else { return false }
        switch type {
        case .user(let user):
            return user.kind == .protocolType || !user.conformances.isEmpty || user.superclass != nil || isGeneric(user)
                || compiler.protocolState.opaqueTypes[user] != nil || user.extendedBuiltin != nil
        case .array: return !compiler.protocolState.arrayConformances.isEmpty
        case .optional, .tuple, .function: return false
        case .int, .double, .string, .bool, .character, .integer:
            return compiler.protocolState.builtinExtensions[type.description] != nil
        default: return true
        }
    }

    /// Whether a template may give values of `type` the member, operator or computed property `name`.
    func protocolExtensionsSupply(_ name: String, to type: CType) -> Bool {
        protocolExtensionsReach(type) && protocolExtensionsDeclare(name)
    }

    /// Whether a template may give values of `type` a subscript.
    func protocolExtensionsSupplySubscripts(to type: CType) -> Bool {
        protocolExtensionsReach(type) && protocolExtensionsDeclareSubscripts
    }
}
