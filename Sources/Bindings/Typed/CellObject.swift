import CellLanguage

/// A class whose instances cells hold directly as native objects (`Tensor`, a GPT with its vocabulary): a cell
/// variable and the binding share the object, and `print` shows its `description`.
protocol CellObject: AnyObject, CellConvertible {
    /// The type name cells use (`Tensor`).
    static var cellTypeName: String { get }
}

extension CellObject {
    /// `.native(cellTypeName)`.
    static var cellType: CType { .native(cellTypeName) }

    /// The object of a `.native` value.
    static func fromCell(_ value: Value) throws -> Self {
        guard case .native(let object) = value, let typed = object as? Self else { throw internalMismatch(value, cellType) }
        return typed
    }

    /// A `.native` value holding the object itself.
    var cell: Value { .native(self) }
}
