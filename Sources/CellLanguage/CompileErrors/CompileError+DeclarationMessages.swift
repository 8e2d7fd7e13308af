extension CompileError {
    /// The message of a name or declaration error, or nil for another category.
    var declarationMessage: String? {
        switch self {
        case .cannotFindInScope(let name, _): return "cannot find '\(name)' in scope"
        case .cannotFindTypeInScope(let name, _): return "cannot find type '\(name)' in scope"
        case .cannotFindLabel(let label): return "cannot find label '\(label)' in scope"
        case .ambiguousUse(let name): return "ambiguous use of '\(name)'"
        case .invalidRedeclaration(let name): return "invalid redeclaration of '\(name)'"
        case .operatorAsValue(let op): return "operator '\(op)' cannot be used as a value here"
        case .typesOnlyAtTopLevel: return "types can only be declared at the top level of a cell"
        case .enumStoredProperty: return "enums must not contain stored properties"
        case .typeAnnotationMissing: return "type annotation missing in pattern"
        case .observingVariableWithoutInitializer: return "non-member observing properties require an initializer"
        case .operatorNotStatic(let op, let type): return "operator '\(op)' declared in type '\(type)' must be 'static'"
        case .ownershipOfNonClass(let ownership, let type):
            return "'\(ownership)' may only be applied to class and class-bound protocol types, not '\(type)'"
        case .rawValueNotLiteral: return "raw value for enum case must be a literal"
        case .rawValueNotInferred: return "enum case must declare a raw value when the preceding raw value is not an integer"
        case .rawValueWithoutRawType: return "enum case cannot have a raw value if the enum does not have a raw type"
        case .staticStoredInGenericType:
            return "static stored properties not supported in generic types"
        case .staticPropertyWithoutValue(let isLet):
            return "'static \(isLet ? "let" : "var")' declaration requires an initializer expression or an explicitly stated getter"
        case .notCustomStringConvertible(let name):
            return "type '\(name)' does not conform to protocol 'CustomStringConvertible'"
        case .notComparable(let name): return "type '\(name)' does not conform to protocol 'Comparable'"
        case .notHashable(let type): return "type '\(type)' does not conform to protocol 'Hashable'"
        case .genericStructRequires(let name, let element, let protocolName):
            return "generic struct '\(name)' requires that '\(element)' conform to '\(protocolName)'"
        case .compileTimeLimit(let seconds):
            let shown = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
            return "compiling this cell took longer than its time limit (\(shown) s); split it or simplify its expressions"
        case .tooManyGlobals(let limit): return "too many top-level variables in this notebook (limit \(limit))"
        case .cannotGenerate:
            return "internal error: nbrun cannot generate this code, which its type checker accepted; please report this nbrun bug"
        case .usedBeforeInitialized(let name, let isLet, let byReference):
            return "\(isLet ? "constant" : "variable") '\(name)' \(byReference ? "passed by reference" : "used") before being initialized"
        case .initializedTwice(let name): return "immutable value '\(name)' may only be initialized once"
        case .initializerCoverage(let mistake): return mistake.message
        case .overrideKeywordRequired: return "overriding declaration requires an 'override' keyword"
        case .overridesFinal(let kind): return "\(kind) overrides a 'final' \(kind)"
        case .overridesNothing(let kind):
            if kind == "initializer" { return "initializer does not override a designated initializer from its superclass" }
            return "\(kind) does not override any \(kind) from its superclass"
        case .inheritsFromFinalClass(let name): return "inheritance from a final class '\(name)'"
        case .requiredInitializerMissing(let initializer, let superclass):
            return "'required' initializer '\(initializer)' must be provided by subclass of '\(superclass)'"
        case .failableOverridesNonFailable(let initializer):
            return "failable initializer '\(initializer)' cannot override a non-failable initializer"
        case .nonFailableDelegatesToFailable(let initializer):
            return "a non-failable initializer cannot delegate to failable initializer '\(initializer)' written with 'init?'"
        case .doesNotConform(let type, let protocolName): return "type '\(type)' does not conform to protocol '\(protocolName)'"
        case .extensionStoredProperty: return "extensions must not contain stored properties"
        case .mutatingMethodReference: return "cannot reference 'mutating' method as function value"
        case .signatureUsesRestrictedType(let role, let access):
            return "function must be declared private or fileprivate because its \(role) uses a \(access) type"
        case .overrideTypeMismatch(let name, let type, let inherited):
            return "property '\(name)' with type '\(type)' cannot override a property with type '\(inherited)'"
        case .readOnlyOverridesMutable(let name):
            return "cannot override mutable property with read-only property '\(name)'"
        case .observesReadOnly(let name): return "cannot observe read-only property '\(name)'; it can't change"
        case .notAnAttribute(let name, let kind): return "\(kind) '\(name)' cannot be used as an attribute"
        case .topLevelPropertyWrapper: return "property wrappers are not yet supported in top-level code"
        case .wrapperWithoutWrappedValue(let type):
            return "property wrapper type '\(type)' does not contain a non-static property named 'wrappedValue'"
        case .instanceMethodShadowsGlobal(let name):
            return "use of '\(name)' refers to instance method rather than global function '\(name)' in module 'Swift'"
        case .genericParameterNotInferred(let name): return "generic parameter '\(name)' could not be inferred"
        case .notMemberType(let member, let owner): return "'\(member)' is not a member type of type '\(owner)'"
        case .protocolInGenericContext(let name): return "protocol '\(name)' cannot be nested in a generic context"
        case .unknownAttribute(let name): return "unknown attribute '\(name)'"
        case .functionTypeArgumentLabel(let label): return "function types cannot have argument labels; use '_' before '\(label)'"
        case .resultBuilderControlFlow(let builder):
            return "closure containing control flow statement cannot be used with result builder '\(builder)'"
        case .operatorWithoutDeclaration: return "operator implementation without matching operator declaration"
        case .declaredInFailedCell(let name, let line):
            return "'\(name)' is not available: the cell that declares it (line \(line)) did not compile"
        case .nonClassConformsToClassProtocol(let type, let protocolName):
            return "non-class type '\(type)' cannot conform to class protocol '\(protocolName)'"
        case .resultBuilderWithoutBlock:
            return "result builder must provide at least one static 'buildBlock' method, or both 'buildPartialBlock(first:)' and 'buildPartialBlock(accumulated:next:)'"
        case .wrappedValueInitializerType(let type, let property):
            return "'init(wrappedValue:)' parameter type ('\(type)') must be the same as its 'wrappedValue' property type ('\(property)') or an '@autoclosure' thereof"
        case .witnessLabelMismatch(let witness, let protocolName, let required):
            return "\(witness) has different argument labels from those required by protocol '\(protocolName)' ('\(required)')"
        case .failableWitnessForNonFailableRequirement(let initializer):
            return "non-failable initializer requirement '\(initializer)' cannot be satisfied by a failable initializer ('init?')"
        case .setterInaccessible(let name, let compound):
            return (compound ? "left side of mutating operator isn't mutable" : "cannot assign to property") + ": '\(name)' setter is inaccessible"
        case .initializerRequirementNeedsRequired(let initializer, let className):
            return "initializer requirement '\(initializer)' can only be satisfied by a 'required' initializer in non-final class '\(className)'"
        case .genericRequirement(let function, let type, let protocolName):
            return "\(function) requires that '\(type)' conform to '\(protocolName)'"
        case .genericSuperclassRequirement(let function, let type, let className):
            return "\(function) requires that '\(type)' inherit from '\(className)'"
        case .genericSameTypeRequirement(let function, let first, let second):
            return "\(function) requires the types \(Self.akaSpelling(first)) and \(Self.akaSpelling(second)) be equivalent"
        case .opaqueReturnMismatch(let type):
            return "function declares an opaque return type '\(type)', but the return statements in its body do not have matching underlying types"
        case .opaqueResultWithoutReturns:
            return "function declares an opaque return type, but has no return statements in its body from which to infer an underlying type"
        case .typeCannotConform(let type, let protocolName):
            return "type '\(type)' cannot conform to '\(protocolName)'"
        default: return nil
        }
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}

extension CompileError {
    /// A type quoted as swiftc quotes it: `'Int'`, and `'Range<Int>.Element' (aka 'Int')` for a native type named
    /// `Range<Int>.Element aka Int` (an associated type and what it stands for).
    static func akaSpelling(_ type: CType) -> String {
        guard case .native(let name) = type, let aka = name.range(of: " aka ") else { return "'\(type)'" }
        return "'\(name[..<aka.lowerBound])' (aka '\(name[aka.upperBound...])')"
    }
}
