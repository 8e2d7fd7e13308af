import CellLanguage

/// A module type cells hold by reference through the generic `Shared` box: a struct (`Figure`, `Dataset`,
/// `LinearModel`) or a class without a cell-friendly description (`Sequential`). Conform it, naming the cell type
/// and, when the library's description does not suit a cell's `print`, giving one.
///
/// Passing the value to a binding gives the body a copy; declare the body's parameter as `Shared<T>` to change the
/// value the cell holds (`fig.scatter(…)` draws on the cell's figure).
protocol SharedValue: CellConvertible {
    /// The type name cells use (`Figure`).
    static var cellTypeName: String { get }
    /// What `print` shows for the value.
    var cellDescription: String { get }
}

extension SharedValue {
    /// `.native(cellTypeName)`.
    static var cellType: CType { .native(cellTypeName) }

    /// The value in the `Shared` box of a `.native` value.
    static func fromCell(_ value: Value) throws -> Self {
        try Shared<Self>.fromCell(value).value
    }

    /// A `.native` value holding a new box with the value.
    var cell: Value { .native(Shared(self)) }

    /// The library's description.
    var cellDescription: String { String(describing: self) }
}

/// The one box every `SharedValue` lives in inside a cell: a class, so that `let b = a` shares the value and a
/// binding can change it in place.
final class Shared<Wrapped: SharedValue>: CellObject, CustomStringConvertible {
    /// The value the cell holds.
    var value: Wrapped

    /// Boxes `value`.
    init(_ value: Wrapped) {
        self.value = value
    }

    /// The wrapped type's name.
    static var cellTypeName: String { Wrapped.cellTypeName }

    /// What `print` shows: the wrapped value's cell description.
    var description: String { value.cellDescription }
}
