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
        let construction = wrapperConstruction(attribute, wrapper, initializer: binding.initializer)
        let fieldLocation = loc(binding.pattern)
        decl.fields.append(TypeDecl.Field(name: "_" + name, type: .named(wrapper.name.text, loc(wrapper)), value: construction,
                                          isLet: false, isStatic: false, location: fieldLocation))
        let storage = Expr(.member(Expr(.name("self"), at: fieldLocation), "_" + name, fieldLocation), at: fieldLocation)
        storage.isWrapperAttribute = true
        let wrapped = Expr(.member(storage, "wrappedValue", fieldLocation), at: fieldLocation)
        let newValue = Expr(.name("newValue"), at: fieldLocation)
        let setter = TypeDecl.Accessor(parameter: "newValue", body: [.expression(Expr(.assign("=", wrapped, newValue, fieldLocation),
                                                                                       at: fieldLocation))],
                                       location: fieldLocation)
        decl.computed.append(TypeDecl.Computed(name: name, type: lowerType(annotation.type), body: [.returnStatement(wrapped, fieldLocation)],
                                               isStatic: false, location: fieldLocation, closingBrace: nil, setter: setter))
        return true
    }

    /// `Wrapper(wrappedValue: v, arguments…)` (or `Wrapper(arguments…)` without a value), as Swift constructs a wrapper.
    func wrapperConstruction(_ attribute: AttributeSyntax, _ wrapper: IdentifierTypeSyntax, initializer: InitializerClauseSyntax?) -> Expr {
        let location = loc(attribute)
        var arguments: [Argument] = []
        if let initializer {
            arguments.append(Argument(label: "wrappedValue", value: lowerExpr(initializer.value), location: loc(initializer.value)))
        }
        if case .argumentList(let list)? = attribute.arguments {
            for item in list {
                arguments.append(Argument(label: item.label?.text, value: lowerExpr(item.expression), location: loc(item.expression)))
            }
        }
        let callee = Expr(.name(wrapper.name.text), at: location)
        callee.isWrapperAttribute = true
        return Expr(.call(callee, arguments), at: location)
    }

    /// `@Wrapper var x: T = v` inside a function body, lowered as Swift expands it: a local `var _x = Wrapper(…)` and a
    /// computed local `x` reading and writing `_x.wrappedValue`. Nil (nothing lowered) for any other shape, and at the
    /// top level, where swiftc does not take property wrappers.
    func lowerWrappedLocal(_ node: VariableDeclSyntax) -> Stmt? {
        guard node.attributes.count == 1, case .attribute(let attribute)? = node.attributes.first,
              let wrapper = attribute.attributeName.as(IdentifierTypeSyntax.self), wrapper.genericArgumentClause == nil,
              wrapper.name.text.first?.isUppercase == true, node.bindingSpecifier.text == "var", node.bindings.count == 1,
              node.modifiers.isEmpty, let binding = node.bindings.first, binding.accessorBlock == nil,
              let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let annotation = binding.typeAnnotation,
              Lowering.isInsideFunctionBody(node) else { return nil }
        let location = loc(binding.pattern)
        let storage = Stmt.variable(isLet: false, pattern: .name("_" + name, location), type: .named(wrapper.name.text, loc(wrapper)),
                                    value: wrapperConstruction(attribute, wrapper, initializer: binding.initializer), location: location)
        let wrapped = Expr(.member(Expr(.name("_" + name), at: location), "wrappedValue", location), at: location)
        let newValue = Expr(.name("newValue"), at: location)
        let accessors = VariableAccessors(isComputed: true)
        accessors.setter = TypeDecl.Accessor(parameter: "newValue",
                                             body: [.expression(Expr(.assign("=", wrapped, newValue, location), at: location))],
                                             location: location)
        let type = lowerType(annotation.type)
        let getter = ClosureLiteral(parameters: [], returnType: type, body: [.returnStatement(wrapped, location)], anonymousCount: 0,
                                    hasExplicitParameters: true)
        getter.accessors = accessors
        let computed = Stmt.variable(isLet: false, pattern: .name(name, location), type: type,
                                     value: Expr(.closure(getter), at: location), location: location)
        return .block([storage, computed])
    }

    /// `@W var x = v` in top-level code, which swiftc refuses: the wrapper's construction, marked for the compiler
    /// to report swiftc's error (a type that is no property wrapper, or wrappers in top-level code); the variable
    /// itself is lowered without its attribute. Nil for any other declaration.
    func topLevelWrapperCheck(_ node: VariableDeclSyntax) -> Expr? {
        guard node.attributes.count == 1, case .attribute(let attribute)? = node.attributes.first,
              let wrapper = attribute.attributeName.as(IdentifierTypeSyntax.self), wrapper.genericArgumentClause == nil,
              wrapper.name.text.first?.isUppercase == true, node.bindings.count == 1, !Lowering.isInsideFunctionBody(node) else {
            return nil
        }
        let construction = wrapperConstruction(attribute, wrapper, initializer: nil)
        if case .call(let callee, _) = construction.kind { callee.isTopLevelWrapper = true }
        return construction
    }

    /// Whether `node` is inside the body of a function, initializer, accessor or closure (not top-level code).
    static func isInsideFunctionBody(_ node: some SyntaxProtocol) -> Bool {
        var parent = node.parent
        while let current = parent {
            if current.is(FunctionDeclSyntax.self) || current.is(InitializerDeclSyntax.self) || current.is(AccessorDeclSyntax.self)
                || current.is(ClosureExprSyntax.self) || current.is(DeinitializerDeclSyntax.self) { return true }
            parent = current.parent
        }
        return false
    }
}
