/// What the body the type checker is in is: its result type and how its `return`s find theirs, the type whose member
/// it is, and the specialization or conforming type it is checked for. The checker holds one (`bodyContext`) and,
/// entering a body, saves it whole and puts it back whole when the body is done, instead of saving and restoring
/// mode flags one by one.
struct BodyContext {
    /// The result type of the function or closure whose body is being checked (nil: unknown).
    var returnType: CType?
    /// The error type of the function (`throws(E)`) or `do throws(E)` body being checked: the type a `throw`'s value
    /// converts to (nil: `any Error`, or no error may leave).
    var thrownType: CType?
    /// How `return` statements find their contextual type (a closure's first `return` may decide it).
    var returnTyping = ReturnTyping.given
    /// Whether the `return`s being checked are a declared function's or method's (a closure's result type is the
    /// generator's to infer: their mismatches are not reported).
    var reportsReturnMismatches = false
    /// The type whose member bodies are being checked.
    var selfType: UserType?
    /// Whether `self` is a constant of a value type: the body is a non-`mutating` method of a struct or an
    /// enumeration (or a closure or function inside one).
    var immutableSelf = false
    /// Whether `self` is a constant of a value type, in a generic type's or a generic method's body too (the body is a
    /// non-`mutating` method of a struct or an enumeration, or a closure or function inside one): `immutablePart(of:)`.
    var constantSelf = false
    /// The `some P` result of the function whose body is being checked and the type of its first `return` (nil
    /// outside such bodies, and in closures and nested functions inside them).
    var opaqueReturns: TypeChecker.OpaqueReturns?
    /// Whether the body is an initializer of `selfType` (which may set its own `let` properties, not inherited ones).
    var initializesSelf = false
    /// The name of the type declaration whose bodies are being checked (`Outer.Inner` for a nested one): the
    /// generator finds bare type names in it first (`Compiler.typeNamePrefixes`); nil outside type declarations.
    var typeNamePrefix: String?
    /// The type arguments of the specialization whose body is being checked (nil: not in such a body); see
    /// `TypeChecker+Generics.swift`.
    var specialization: [String: CType]?
    /// The generic type whose members are being checked under `specialization` (`TypeChecker+GenericTypes.swift`).
    var genericSelf: TypeChecker.GenericSelf?
    /// The conforming type whose copy of a body is being checked (`TypeChecker+ProtocolExtensions.swift`).
    var conformingSelf: TypeChecker.ConformingSelf?
    /// Whether the body is a closure's (where the generator words some mistakes differently, `Compiler.inClosureBody`);
    /// nil where the checker cannot tell (accessors, which the generator may compile as closures).
    var inClosureBody: Bool? = false
    /// Whether the body is a generic function's checked under the generator's placeholders for its type parameters,
    /// whose mistakes (worded against the type parameters, `T`) the checker reports (`TypeChecker+PlaceholderDiagnostics`).
    var reportsPlaceholderMistakes = false
    /// Whether the bodies are a generic type's members checked under the generator's placeholders (whose mistakes
    /// the checker leaves to the generator, but for those worded without the type parameters' bindings:
    /// `TypeChecker.missingMember` on an array of any element).
    var checksPlaceholderTypeMembers = false
}

/// The body context's parts, read and set by name.
extension TypeChecker {
    var returnType: CType? {
        get { bodyContext.returnType }
        set { bodyContext.returnType = newValue }
    }
    var returnTyping: ReturnTyping {
        get { bodyContext.returnTyping }
        set { bodyContext.returnTyping = newValue }
    }
    var reportsReturnMismatches: Bool {
        get { bodyContext.reportsReturnMismatches }
        set { bodyContext.reportsReturnMismatches = newValue }
    }
    var selfType: UserType? {
        get { bodyContext.selfType }
        set { bodyContext.selfType = newValue }
    }
    var specialization: [String: CType]? {
        get { bodyContext.specialization }
        set { bodyContext.specialization = newValue }
    }
    var genericSelf: GenericSelf? {
        get { bodyContext.genericSelf }
        set { bodyContext.genericSelf = newValue }
    }
    var conformingSelf: ConformingSelf? {
        get { bodyContext.conformingSelf }
        set { bodyContext.conformingSelf = newValue }
    }
}
