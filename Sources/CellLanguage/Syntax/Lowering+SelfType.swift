import SwiftSyntax

/// What `Self` names inside a struct, enum or class declaration, which lowering writes in its place: the declared
/// type (`func scaled(_ k: Double) -> Self`, `Self(x: 0)`, `Self.zero`), so the later passes meet an ordinary name.
///
/// - As a type it is the declaration's type, with its type parameters for a generic one (`Stack<T>`). In a class
///   that is not `final`, Swift's `Self` is the dynamic type: a method declared `-> Self` returns the class and is
///   marked (`isDynamic`, `FunctionDecl.returnsSelf`), so a call on a subclass's instance is typed as the subclass
///   (`Compiler+CovariantSelf`).
/// - As a value (`Self(…)`, `Self.member`) only where the static type is the dynamic one: structs, enums and
///   `final` classes that are not generic. In a class that may have subclasses `Self(…)` must build the dynamic
///   type, which the type's name would not, so it stays unresolved (refused).
/// - Inside a protocol or an extension `Self` is left alone: there it is the conforming type, which the compiler
///   binds (`Compiler+ProtocolExtensions`); lowering cannot tell a protocol's extension from a type's.
struct SelfType {
    /// The type `Self` stands for, as written in a type (`Point`, `Stack<T>`, `Outer.Inner`).
    let typeName: String
    /// The name `Self` stands for as a value; nil where it must stay unresolved.
    let valueName: String?
    /// Whether `Self` is the dynamic type (a class that is not `final`): a method declared `-> Self` is marked
    /// (`FunctionDecl.returnsSelf`), and a call's result takes the receiver's static type.
    let isDynamic: Bool

    init(_ decl: TypeDecl, generics: GenericParameterClauseSyntax?) {
        let parameters = decl.genericParameters.map(\.name)
        typeName = parameters.isEmpty ? decl.name : decl.name + "<" + parameters.joined(separator: ", ") + ">"
        let isStatic = decl.kind != .classType || decl.isFinal
        valueName = isStatic && generics == nil ? decl.name : nil
        isDynamic = !isStatic
    }
}
