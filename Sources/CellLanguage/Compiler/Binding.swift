import Diagnostics

/// What a name refers to.
enum Binding {
    case variable(VariableInfo)
    case functions([FunctionInfo])
}
