/// Type parameters bound to number types in a specialized generic body: `T.zero`, `T.max` and `T(xs.count)` where
/// the specialization being checked binds `T` to `Int`, `Double` or a fixed-width integer, typed as the generator
/// compiles them there (`Compiler.builtinType(named:)` finds the binding, then the type's static member or
/// initializer), so `func sum<T: Numeric>` and `func mean<T: BinaryFloatingPoint>` bodies are checked per call.
extension TypeChecker {
    /// The number type a generic parameter named by `expr` is bound to in the specialization being checked; nil
    /// outside such a body, for other names and for other bound types.
    func boundNumberParameter(_ expr: Expr) -> CType? {
        guard case .name(let name) = expr.kind, let referent = resolution.referent(of: expr),
              declarationKind(of: referent) == .genericParameter, let bound = specialization?[name] else { return nil }
        return bound == .int || bound == .double || bound.isAnyInteger ? bound : nil
    }

    /// `T.name` for a number type parameter: the bound type's static property (`T.zero`, `T.max`).
    func boundNumberStaticMember(_ base: Expr, _ name: String) -> CType? {
        guard let bound = boundNumberParameter(base),
              let member = StdlibTables.table(for: bound)?.staticProperty(named: name) else { return nil }
        return StdlibSignature(member.declaration, receiver: bound).propertyType
    }

    /// `T.zero` for a type parameter bound to a declared struct, class or enum (`T: AdditiveArithmetic` called with
    /// `Money`): its static property, as the generator reads it through the binding (`compileTypeNameMember`).
    func boundDeclaredStaticMember(_ base: Expr, _ name: String) -> CType? {
        guard case .name(let parameter) = base.kind, let referent = resolution.referent(of: base),
              declarationKind(of: referent) == .genericParameter, case .user(let type)? = specialization?[parameter],
              type.kind != .protocolType, !isGeneric(type) else { return nil }
        return staticFieldType(type, name) ?? type.staticComputed[name]?.returnType
    }

    /// `T(x)` for a type parameter bound to `Int` or `Double`: that type's initializer from a number (`.some(nil)`:
    /// unknown); nil when `callee` is no such parameter.
    func boundNumberConversion(_ callee: Expr, _ arguments: [Argument]) -> CType?? {
        guard let bound = boundNumberParameter(callee), bound == .int || bound == .double else { return nil }
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        return .some(numberInitializer(bound, arguments))
    }
}
