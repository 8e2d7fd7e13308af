import Diagnostics

/// A variable (or constant) known to the compiler: its type and where it lives.
final class VariableInfo {
    let name: String
    let type: CType
    let isLet: Bool
    /// The nesting level of the function whose frame holds it (0 = globals).
    let level: Int
    let slot: Int
    let location: SourceLocation
    /// For a struct variable kept unpacked (see `UnpackedStruct`): its fields' kinds, stored in the word slots
    /// `slot ..< slot + count`; nil for a variable stored whole.
    let unpacked: [WordKind]?
    /// The compile number of the cell that declared it (later cells may redeclare a global name).
    var cell = 0
    /// A `let` declared without a value (`let x: Int`), which a later plain assignment initializes (Swift checks
    /// that every path assigns it exactly once before use; nbrun accepts the assignments without that check).
    var initializedLater = false
    /// Declared `T!`: read where a non-optional is needed, it is force-unwrapped.
    var isImplicitlyUnwrapped = false
    /// For a global lent to a function (`&global`) or to a mutating method: whether it is lent at the moment, which
    /// the accesses compiled in function bodies since check (see `Compiler+LentAccesses`).
    var lent: LentGlobal?
    /// Declared without a type from a lazy wrapper (`let r = xs.reversed()`): the Swift type it prints as (see
    /// `Compiler+LazyWrapperPrinting`).
    var lazyWrapper: String?
    /// For a static stored property: runs its initial value the first time the property is read or written, as
    /// Swift initializes static (and global) properties lazily (see `Compiler+StaticProperties`).
    var initializeOnFirstAccess: ((Frame) throws -> Void)?
    /// The variable of a `for` loop over an array whose body runs in the enclosing frame (no closure can capture it):
    /// a constant only the loop body names, which a member call on it may lend instead of copying (see
    /// `Compiler.lentLoopElement`).
    var isLoopElement = false

    init(name: String, type: CType, isLet: Bool, level: Int, slot: Int, location: SourceLocation,
         unpacked: [WordKind]? = nil) {
        self.unpacked = unpacked
        self.name = name
        self.type = type
        self.isLet = isLet
        self.level = level
        self.slot = slot
        self.location = location
    }
}
