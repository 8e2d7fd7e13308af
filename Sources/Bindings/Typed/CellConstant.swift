import CellLanguage

/// An enum-like set of constants cells write as `.dark` or `Theme.dark`: a library enum with String raw values,
/// or a bindings struct listing its cases.
protocol CellConstant: CellConvertible, RawRepresentable, CaseIterable where RawValue == String {
    /// The type name cells use (`Theme`).
    static var cellTypeName: String { get }
}

extension CellConstant {
    /// `.constants(cellTypeName)`.
    static var cellType: CType { .constants(cellTypeName) }

    /// The case a named constant names.
    static func fromCell(_ value: Value) throws -> Self {
        guard case .named(let constant) = value, let result = Self(rawValue: constant.name) else {
            throw internalMismatch(value, cellType)
        }
        return result
    }

    /// The named constant of the case.
    var cell: Value { .constant(Self.cellTypeName, rawValue) }
}
