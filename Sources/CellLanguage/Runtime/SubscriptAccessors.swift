/// A `subscript` declared in a cell: its getter (receiver first for instance subscripts, then the indices) and
/// optional setter (the same parameters, then the new value).
struct SubscriptAccessors {
    var getter: FunctionInfo
    var setter: FunctionInfo?
}
