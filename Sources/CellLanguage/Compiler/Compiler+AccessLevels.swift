import Diagnostics

extension Compiler {
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
