import Diagnostics

/// The accessors of a property or subscript after lowering (`get`, `set`, `willSet`, `didSet`).
struct LoweredAccessors {
    /// The getter's statements (a bare `{ … }` block is a getter); nil when there is none.
    var getter: [Stmt]?
    /// The getter's closing brace, where swiftc reports a missing `return`.
    var getterEnd: SourceLocation
    var setter: TypeDecl.Accessor?
    var willSet: TypeDecl.Accessor?
    var didSet: TypeDecl.Accessor?

    /// Whether the block only observes a stored property (`willSet`/`didSet`, no `get`/`set`).
    var isObserverBlock: Bool { getter == nil && setter == nil && (willSet != nil || didSet != nil) }
}
