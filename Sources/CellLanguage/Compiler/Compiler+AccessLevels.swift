import Diagnostics

extension Compiler {
    /// A top-level function that is not `private`/`fileprivate` may not name a `private` or `fileprivate` type in its
    /// signature (swiftc's access rule; a cell is one file, so nothing else about access levels is observable).
    func checkSignatureAccess(_ decl: FunctionDecl) {
        guard !decl.isRestricted, scope === globalScope, let info = declarations.functionInfos[decl] else { return }
        if let access = Compiler.restrictedAccess(in: info.returnType) {
            error(.signatureUsesRestrictedType(role: "result", access: access), at: decl.location)
        } else if let access = info.parameters.lazy.compactMap({ Compiler.restrictedAccess(in: $0.type) }).first {
            error(.signatureUsesRestrictedType(role: "parameter", access: access), at: decl.location)
        }
    }

    /// The most restricted access (`private` before `fileprivate`) of a declared type named in `type`, if any.
    static func restrictedAccess(in type: CType) -> String? {
        switch type {
        case .user(let user): return user.restrictedAccess
        case .array(let inner), .optional(let inner), .set(let inner): return restrictedAccess(in: inner)
        case .dictionary(let key, let value): return mostRestricted([key, value])
        case .tuple(let elements): return mostRestricted(elements.map(\.type))
        case .function(let parameters, let result): return mostRestricted(parameters + [result])
        default: return nil
        }
    }

    private static func mostRestricted(_ types: [CType]) -> String? {
        let found = types.compactMap(restrictedAccess(in:))
        return found.contains("private") ? "private" : found.first
    }
}
