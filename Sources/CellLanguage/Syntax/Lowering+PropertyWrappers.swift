import Diagnostics
import SwiftSyntax

extension Lowering {
    /// `@Wrapper var x: T = v` in a struct or class, lowered as Swift expands it: a stored `_x = Wrapper(wrappedValue: v,
    /// arguments…)` (or `Wrapper(arguments…)` without a value) and a computed `x` reading and writing
    /// `_x.wrappedValue`. False (nothing lowered) for any other attribute or declaration shape; `$x` projections
    /// are not taken.
    func lowerWrappedField(_ node: VariableDeclSyntax, into decl: TypeDecl) -> Bool {
        guard decl.kind != .enumeration, node.attributes.count == 1, case .attribute(let attribute)? = node.attributes.first,
              let wrapper = attribute.attributeName.as(IdentifierTypeSyntax.self), wrapper.genericArgumentClause == nil,
              wrapper.name.text.first?.isUppercase == true, node.bindingSpecifier.text == "var", node.bindings.count == 1,
              let binding = node.bindings.first, binding.accessorBlock == nil,
              let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let annotation = binding.typeAnnotation,
              node.modifiers.allSatisfy({ ["private", "fileprivate", "internal", "public"].contains($0.name.text) }) else { return false }
        let location = loc(attribute)
        var arguments: [Argument] = []
        if let initializer = binding.initializer {
            arguments.append(Argument(label: "wrappedValue", value: lowerExpr(initializer.value), location: loc(initializer.value)))
        }
        if case .argumentList(let list)? = attribute.arguments {
            for item in list {
                arguments.append(Argument(label: item.label?.text, value: lowerExpr(item.expression), location: loc(item.expression)))
            }
        }
        let construction = Expr(.call(Expr(.name(wrapper.name.text), at: location), arguments), at: location)
        let fieldLocation = loc(binding.pattern)
        decl.fields.append(TypeDecl.Field(name: "_" + name, type: .named(wrapper.name.text, loc(wrapper)), value: construction,
                                          isLet: false, isStatic: false, location: fieldLocation))
        let storage = Expr(.member(Expr(.name("self"), at: fieldLocation), "_" + name, fieldLocation), at: fieldLocation)
        let wrapped = Expr(.member(storage, "wrappedValue", fieldLocation), at: fieldLocation)
        let newValue = Expr(.name("newValue"), at: fieldLocation)
        let setter = TypeDecl.Accessor(parameter: "newValue", body: [.expression(Expr(.assign("=", wrapped, newValue, fieldLocation),
                                                                                       at: fieldLocation))],
                                       location: fieldLocation)
        decl.computed.append(TypeDecl.Computed(name: name, type: lowerType(annotation.type), body: [.returnStatement(wrapped, fieldLocation)],
                                               isStatic: false, location: fieldLocation, closingBrace: nil, setter: setter))
        return true
    }
}
