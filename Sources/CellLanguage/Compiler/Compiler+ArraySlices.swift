import Diagnostics

/// `ArraySlice<Element>` (see `ArraySliceMembers`): the interpreter holds a slice as the array of its elements, without
/// its base's indices, so what reads or writes a slice by position is refused at its position rather than run at the
/// wrong index (`[10, 20, 30].dropFirst()[1]` is 20 in Swift).
extension Compiler {
    /// Reports a member of Array that a slice does not offer (one taking or giving indices, or mutating); true when
    /// reported.
    func refusesSliceMember(_ type: CType, _ name: String, at location: SourceLocation) -> Bool {
        guard case .arraySlice = type, ArrayMembers.table.allMembers.contains(where: { $0.name == name }) else { return false }
        error(.notSupported(Compiler.sliceRefusal("calling \(name) on an ArraySlice")), at: location)
        return true
    }

    /// Reports a subscript of a slice (`xs.dropFirst()[1]`, `xs[1...][2...]`).
    func refuseSliceSubscript(at location: SourceLocation) -> Typed {
        error(.notSupported(Compiler.sliceRefusal("subscripting an ArraySlice")), at: location)
        return .invalid
    }

    /// A slice seen as the array of its elements, where it is read as a sequence (a `for` loop, `zip`, `Array(…)`):
    /// the same code, the array's type; any other value unchanged.
    static func sliceAsArray(_ typed: Typed) -> Typed {
        guard case .arraySlice(let element) = typed.type else { return typed }
        return Typed(type: .array(element), code: typed.code)
    }

    /// The refusal's wording: what is refused and what to write instead.
    private static func sliceRefusal(_ what: String) -> String {
        "\(what) (nbrun holds a slice without the indices of its base: use Array(…) of it, indexed from 0)"
    }
}
