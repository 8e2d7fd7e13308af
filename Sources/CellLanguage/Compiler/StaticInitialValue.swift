import Diagnostics

/// The initial value of a static stored property declared with the cell's declarations: the property's hidden global
/// and flag exist from the declaration on (every access compiled since runs `run`, which initializes on first access),
/// and `store`, the code storing the value, is compiled in the type's pass 2 (`Compiler.compileStaticInitialValues`).
final class StaticInitialValue {
    let type: UserType
    let field: TypeDecl.Field
    let variable: VariableInfo
    /// Stores the initial value into the hidden global; empty until the value compiles (nothing runs before).
    var store: (Frame) throws -> Void = { _ in }

    init(type: UserType, field: TypeDecl.Field, variable: VariableInfo) {
        self.type = type
        self.field = field
        self.variable = variable
    }
}
