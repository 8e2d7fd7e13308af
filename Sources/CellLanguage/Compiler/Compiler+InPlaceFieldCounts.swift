import Diagnostics

/// `s.items.count` and `s.items.isEmpty` where `items` is an array stored property of a struct variable of the
/// current frame (also `items.isEmpty` in the struct's own members, through `self`): read where the struct is
/// stored, without copying the array out of it (a retain and a release per read:
/// `var isEmpty: Bool { items.isEmpty }`).
extension Compiler {
    /// The in-place read of `base.name` (`base` already compiled, of type `receiverType`); nil for other shapes.
    func compileInPlaceFieldCount(_ base: Expr, _ receiverType: CType, _ name: String) -> Typed? {
        guard name == "count" || name == "isEmpty", case .array = receiverType,
              let (slot, index) = storedFieldOfVariable(base) else { return nil }
        @inline(__always) func count(_ frame: Frame) -> Int {
            InPlaceRead.field(slot(frame), index) { field -> Int in
                // An array under a sort's exclusive access holds a stand-in, which the read flags.
                guard case .array = field else {
                    ExclusiveAccess.note(copy field)
                    return 0
                }
                return field.collectionCount
            }
        }
        if name == "count" { return Typed(type: .int, code: .int { count($0) }) }
        return Typed(type: .bool, code: .bool { count($0) == 0 })
    }

    /// The slot of the struct variable and the index of the stored property that `base` names: `s.items`, or
    /// `items` in a member of the struct (an implicit `self.items`). Nil for any other expression.
    private func storedFieldOfVariable(_ base: Expr) -> (slot: (Frame) -> UnsafeMutablePointer<Value>, index: Int)? {
        var member = base
        if case .name(let name) = base.kind {
            guard case .member(let implicit)? = resolvedName(name, node: base) else { return nil }
            member = implicit
        }
        guard case .member(let owner?, let field, _) = member.kind, case .name(let ownerName) = owner.kind,
              case .variable(let variable)? = nameBinding(ownerName, node: owner),
              // A variable of another frame is read with the check against a sort in progress (`loadStorage`).
              variable.level == scope.context.level, case .user(let type) = variable.type, type.kind == .structure, let index = type.fieldIndex(field),
              type.lazyInitializers[index] == nil, !type.fields[index].holdsWeakly,
              let slot = variableSlot(owner) else { return nil }
        return (slot, index)
    }
}
