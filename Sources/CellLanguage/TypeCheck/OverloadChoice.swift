/// What the type checker chose among the several overloads a call's name has (`CheckedTypes.overloads`): the generator
/// takes it and never chooses itself.
enum OverloadChoice: Equatable {
    /// A declared function, method, initializer or subscript.
    case declared(FunctionInfo)
    /// The nested function declared at this position (the checker reads nested functions' signatures from their
    /// syntax, without a `FunctionInfo`).
    case nested(SourceLocation)
    /// The generic function of the name, beside its concrete overloads (`func show<T>(_ x: T)` beside
    /// `func show(_ x: Int)`).
    case generic

    /// Whether `candidate`, one of the generator's candidates, is the declared function chosen: the same one, or a
    /// copy of it without its `self` parameter (`FunctionInfo.withoutSelf`): the same name and declaration, the same
    /// labels once `self` is left out.
    func isChosen(_ candidate: FunctionInfo) -> Bool {
        if case .nested(let location) = self { return candidate.location == location }
        guard case .declared(let info) = self else { return false }
        if candidate === info { return true }
        guard candidate.name == info.name, candidate.location == info.location,
              candidate.parameters.count <= info.parameters.count else { return false }
        return candidate.parameters.map(\.label) == info.parameters.suffix(candidate.parameters.count).map(\.label)
    }

    static func == (lhs: OverloadChoice, rhs: OverloadChoice) -> Bool {
        switch (lhs, rhs) {
        case (.declared(let a), .declared(let b)): return a === b
        case (.nested(let a), .nested(let b)): return a == b
        case (.generic, .generic): return true
        default: return false
        }
    }
}

/// Where a call's overload was chosen: the position the generator selects the overload at (the callee's name, the
/// `[` of a subscript), the call's argument labels (the calls a result-builder transform writes share their
/// statement's position: `buildEither(first:)` and `buildEither(second:)`), and the type arguments of the generic body
/// it is in (`[:]` outside one, the placeholders in a check with placeholders): a body compiled once per
/// specialization may choose differently in each.
struct OverloadSite: Hashable {
    let location: SourceLocation
    let labels: [String?]
    let bindings: [String: CType]

    init(location: SourceLocation, arguments: [Argument], bindings: [String: CType]) {
        self.location = location
        self.labels = arguments.map(\.label)
        self.bindings = bindings
    }
}
