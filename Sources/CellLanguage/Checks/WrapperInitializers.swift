import Diagnostics

/// swiftc's check of a property wrapper's `init(wrappedValue:)` (an initializer whose one parameter is labeled
/// `wrappedValue`): its parameter must have the `wrappedValue` property's type (`'init(wrappedValue:)' parameter type
/// ('String') must be the same as its 'wrappedValue' property type ('Int') or an '@autoclosure' thereof`, at the
/// initializer). Only non-generic wrappers, whose types the declare phase knows, and parameters without `@autoclosure`.
enum WrapperInitializers {
    /// The errors of the wrapper types `statements` declare (nested ones too).
    static func check(_ statements: [Stmt], declarations: Declarations) -> [Diagnostic] {
        statements.flatMap { statement -> [Diagnostic] in
            guard case .typeDeclaration(let decl) = statement else { return [] }
            return check(decl, declarations)
        }
    }

    private static func check(_ decl: TypeDecl, _ declarations: Declarations) -> [Diagnostic] {
        let nested = decl.nested.flatMap { check($0, declarations) }
        guard decl.isPropertyWrapper, decl.genericParameters.isEmpty, let type = declarations.typeInfos[decl],
              let wrapped = type.fieldIndex("wrappedValue").map({ type.fields[$0].type }) ?? type.computed["wrappedValue"]?.returnType,
              !wrapped.hasError else { return nested }
        return type.initializers.compactMap { initializer -> Diagnostic? in
            guard initializer.parameters.count == 1, let parameter = initializer.parameters.first,
                  parameter.label == "wrappedValue", !parameter.isAutoclosure, !parameter.type.hasError,
                  parameter.type != wrapped else { return nil }
            return CompileError.wrappedValueInitializerType(parameter.type, property: wrapped).diagnostic(at: initializer.location)
        } + nested
    }
}
