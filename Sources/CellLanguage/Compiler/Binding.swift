import Diagnostics

/// What a name refers to.
enum Binding {
    case variable(VariableInfo)
    case functions([FunctionInfo])
    /// A variable declared with accessors (computed, or observed) outside a type.
    case accessor(AccessorVariable)
}
