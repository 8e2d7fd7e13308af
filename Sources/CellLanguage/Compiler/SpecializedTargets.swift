/// The copies of a protocol-extension method specialized per conforming type (see
/// `Compiler.compileSpecializedExtensionCall`), chosen by the existential's tag inside the calling closure (a struct
/// method inlined there, not a closure called per call).
struct SpecializedTargets {
    /// The conforming types' tags, unretained, and for each the copy and its hidden slot for the unwrapped value.
    let tags: [Unmanaged<ExistentialTag>]
    let callees: [LeanCallee]
    let slots: [Int]
    /// The shared version, for values of other types.
    let shared: LeanCallee

    /// The copy for the existential's tag (a few types: a linear search on identities) with the unwrapped value for
    /// its hidden slot, else the shared version.
    @inline(__always) func target(_ existential: Value) -> (LeanCallee, (slot: Int, value: Value)?) {
        guard case .tuple(let pair) = existential, pair.count == 2, case .native(let object) = pair[0] else {
            return (shared, nil)
        }
        let identity = UnsafeMutableRawPointer(Unmanaged.passUnretained(object).toOpaque())
        for index in tags.indices where tags[index].toOpaque() == identity {
            return (callees[index], (slots[index], pair[1]))
        }
        return (shared, nil)
    }
}
