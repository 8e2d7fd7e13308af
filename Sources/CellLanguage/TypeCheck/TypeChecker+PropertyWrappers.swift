/// Property wrappers' projections (`$x` for `@Wrapper var x`): the `projectedValue` of the `_x` storage the lowering
/// declares (`Lowering.lowerWrappedField`), read as the generator reads it (`Compiler.projectedValueRead`). The
/// storage, its construction and `wrappedValue` are plain members of a plain struct, typed as any other.
extension TypeChecker {
    /// The type of `value.$name` on a value of `type` (nil when `name` is no projection or its type is unknown).
    func projectedValueType(_ type: UserType, _ name: String) -> CType? {
        guard name.hasPrefix("$"), type.kind != .protocolType, !hasTemplateMembers(type),
              let index = type.fieldIndex("_" + name.dropFirst()), !type.fields[index].holdsWeakly,
              case .user(let wrapper) = type.fields[index].type, wrapper.kind == .structure || wrapper.kind == .classType,
              !hasTemplateMembers(wrapper) else { return nil }
        if let field = wrapper.fieldIndex("projectedValue") { return wrapper.fields[field].type }
        return wrapper.computed["projectedValue"]?.returnType
    }
}
