/// An assignable location (a `var`, or an element of one), compiled for in-place modification.
struct Place {
    /// The static type stored at the place.
    var type: CType
    /// Runs `body` on the stored value in place (arrays stay uniquely referenced, so no copy is made).
    var modify: (Frame, (inout Value) throws -> Void) throws -> Void
    /// Code that evaluates a new value and stores it.
    var assign: (Typed) -> (Frame) throws -> Void
    /// For places behind accessors (computed and observed properties, subscripts): reading the value and storing
    /// one, so an `inout` argument's copy-in and write-back run the getter once and the setter or observers once,
    /// as in Swift. Nil for every other place (`modify` serves both).
    var read: ((Frame) throws -> Value)? = nil
    var write: ((Frame, Value) throws -> Void)? = nil
    /// For a variable of the current frame stored whole (not a global): its value slot, `modify` being a plain
    /// in-place access to it, so that a place built on this one (`self.items`) can reach the slot directly.
    var slot: Int? = nil
    /// For a stored property (or tuple element) of such a variable: the variable's slot and the property's index, so
    /// that a built-in mutating method (`items.append(x)` in a mutating method) reaches it without `modify`'s closures.
    var field: (slot: Int, index: Int)? = nil
}
