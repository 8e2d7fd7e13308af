extension CType {
    /// The wrapped type of an optional (the type itself otherwise).
    var unwrapped: CType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    /// Whether the type is `Wrapped?`.
    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }
}
