import CellLanguage

/// A cell closure without parameters passed to a binding (`noGrad { … }`): calling it runs the cell's code, and its
/// errors (a cell's run-time error, the interpreter's time limit) pass through unchanged.
struct CellClosure<Result: CellConvertible>: CellConvertible {
    private let function: FunctionValue

    /// `() -> Result`.
    static var cellType: CType { .function([], Result.cellType) }

    /// The closure of a `.function` value.
    static func fromCell(_ value: Value) throws -> CellClosure<Result> {
        guard case .function(let function) = value else { throw internalMismatch(value, cellType) }
        return CellClosure(function: function)
    }

    /// The `.function` value.
    var cell: Value { .function(function) }

    /// Runs the closure and returns its result.
    func callAsFunction() throws -> Result {
        try Result.fromCell(try function.call([]))
    }
}

/// The result type of a closure that returns nothing: `CellClosure<CellVoid>` is `() -> Void`.
struct CellVoid: CellConvertible {
    /// `Void`.
    static var cellType: CType { .void }
    /// The empty value.
    static func fromCell(_ value: Value) throws -> CellVoid { CellVoid() }
    /// `.void`.
    var cell: Value { .void }
}
