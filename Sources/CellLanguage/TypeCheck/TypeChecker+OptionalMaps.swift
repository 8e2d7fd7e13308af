/// `Optional.map` and `Optional.flatMap` with a closure literal, typed as `OptionalMembers.transform` compiles them:
/// the closure's parameter is the wrapped type, its result inferred from its body (`Compiler.mapFunction`).
extension TypeChecker {
    /// `optional.map { … }` (`U?`) or `optional.flatMap { … }` (the closure's optional result); nil when not such a
    /// call, `.some(nil)` when its type is unknown (or refused: `flatMap` of a closure giving no optional).
    func optionalMapCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard name == "map" || name == "flatMap", case .optional(let wrapped) = receiver, !extendsBuiltin(member: name),
              OptionalMembers.table.methods(named: name).filter({ $0.accepts(arguments) }).count == 1,
              let result = transformResult(arguments[0], wrapped) else { return nil }
        if name == "map" { return .optional(result) }
        guard case .optional = result else { return .some(nil) }
        return result
    }
}
